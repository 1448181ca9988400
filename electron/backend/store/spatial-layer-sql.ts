// The SQL that registers a GeoPackage features table: gpkg_contents, gpkg_geometry_columns, its R-tree and the
// six standard triggers (GeoPackage 1.3 §F.3), and the extension row. Migrations write one directive line
//   -- @spatial-layer <table> <GEOMETRY_TYPE> <description>
// instead of repeating ~90 lines of trigger SQL per table; loadMigrations expands it (migrations.ts).

const DIRECTIVE = /^-- @spatial-layer (\w+) (POINT|LINESTRING|POLYGON|MULTIPOLYGON) (.+)$/gm;

const sqlText = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function spatialLayerSql(table: string, geometryType: string, description: string): string {
  const rtree = `rtree_${table}_geometry`;
  const insertBounds = `INSERT OR REPLACE INTO ${rtree} VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );`;
  return `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES (${sqlText(table)}, 'features', ${sqlText(table)}, ${sqlText(description)}, 4326);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
VALUES (${sqlText(table)}, 'geometry', ${sqlText(geometryType)}, 4326, 0, 0);

CREATE VIRTUAL TABLE ${rtree} USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER ${rtree}_insert AFTER INSERT ON ${table}
  WHEN (new.geometry NOT NULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  ${insertBounds}
END;

CREATE TRIGGER ${rtree}_update1 AFTER UPDATE OF geometry ON ${table}
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  ${insertBounds}
END;

CREATE TRIGGER ${rtree}_update2 AFTER UPDATE OF geometry ON ${table}
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM ${rtree} WHERE id = OLD.fid;
END;

CREATE TRIGGER ${rtree}_update3 AFTER UPDATE OF geometry ON ${table}
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM ${rtree} WHERE id = OLD.fid;
  ${insertBounds}
END;

CREATE TRIGGER ${rtree}_update4 AFTER UPDATE ON ${table}
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM ${rtree} WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER ${rtree}_delete AFTER DELETE ON ${table}
  WHEN old.geometry NOT NULL
BEGIN
  DELETE FROM ${rtree} WHERE id = OLD.fid;
END;

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES (${sqlText(table)}, 'geometry', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
`;
}

/** Replaces every `-- @spatial-layer` directive line of a migration with its SQL. */
export const expandSpatialLayers = (sql: string): string =>
  sql.replace(DIRECTIVE, (_line, table: string, type: string, description: string) =>
    spatialLayerSql(table, type, description.trim()),
  );
