-- RenoZone schema 5 (issue 5): pipelines (管线) as a LineString layer, trees as a Point layer, the project's
-- clearance table (GB 50289-2016 defaults, editable) and the designer's reviews of conflicts. Columns mirror
-- shared/model/tables.ts and electron/backend/store/columns.ts (a unit test compares all three). clearance_rules is
-- filled by the backend (from shared/standards/gb50289) in the same transaction, since its rows come from code.

CREATE TABLE pipelines (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  type TEXT NOT NULL,
  gas_pressure TEXT,
  laying TEXT,
  diameter_mm REAL NOT NULL,
  depth_start_m REAL NOT NULL,
  depth_end_m REAL NOT NULL,
  material TEXT NOT NULL,
  status TEXT NOT NULL,
  owner TEXT NOT NULL,
  municipal BOOLEAN NOT NULL,
  compound_id TEXT,
  package_id TEXT,
  geometry LINESTRING
);

CREATE INDEX pipelines_compound_id ON pipelines (compound_id);

CREATE TABLE trees (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  species TEXT NOT NULL,
  crown_radius_m REAL NOT NULL,
  compound_id TEXT,
  geometry POINT
);

-- id is `${kind}:${a}|${b}`.
CREATE TABLE clearance_rules (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  metres REAL NOT NULL,
  confidence TEXT NOT NULL,
  source TEXT NOT NULL
);

-- id is the conflict key the check reports.
CREATE TABLE conflict_reviews (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL,
  accepted BOOLEAN NOT NULL,
  note TEXT NOT NULL,
  reviewed_at TEXT NOT NULL
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES
  ('pipelines', 'features', 'pipelines', '管线 / pipelines', 4326),
  ('trees', 'features', 'trees', '树木 / trees', 4326);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES
  ('clearance_rules', 'attributes', 'clearance_rules', '管线净距表 / clearance rules'),
  ('conflict_reviews', 'attributes', 'conflict_reviews', '管线冲突审查 / conflict reviews');

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
VALUES
  ('pipelines', 'geometry', 'LINESTRING', 4326, 0, 0),
  ('trees', 'geometry', 'POINT', 4326, 0, 0);

CREATE VIRTUAL TABLE rtree_pipelines_geometry USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_pipelines_geometry_insert AFTER INSERT ON pipelines
  WHEN (new.geometry NOT NULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_pipelines_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_pipelines_geometry_update1 AFTER UPDATE OF geometry ON pipelines
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_pipelines_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_pipelines_geometry_update2 AFTER UPDATE OF geometry ON pipelines
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_pipelines_geometry WHERE id = OLD.fid;
END;

CREATE TRIGGER rtree_pipelines_geometry_update3 AFTER UPDATE OF geometry ON pipelines
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_pipelines_geometry WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_pipelines_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_pipelines_geometry_update4 AFTER UPDATE ON pipelines
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_pipelines_geometry WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER rtree_pipelines_geometry_delete AFTER DELETE ON pipelines
  WHEN old.geometry NOT NULL
BEGIN
  DELETE FROM rtree_pipelines_geometry WHERE id = OLD.fid;
END;

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('pipelines', 'geometry', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');

CREATE VIRTUAL TABLE rtree_trees_geometry USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_trees_geometry_insert AFTER INSERT ON trees
  WHEN (new.geometry NOT NULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_trees_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_trees_geometry_update1 AFTER UPDATE OF geometry ON trees
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_trees_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_trees_geometry_update2 AFTER UPDATE OF geometry ON trees
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_trees_geometry WHERE id = OLD.fid;
END;

CREATE TRIGGER rtree_trees_geometry_update3 AFTER UPDATE OF geometry ON trees
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_trees_geometry WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_trees_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_trees_geometry_update4 AFTER UPDATE ON trees
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_trees_geometry WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER rtree_trees_geometry_delete AFTER DELETE ON trees
  WHEN old.geometry NOT NULL
BEGIN
  DELETE FROM rtree_trees_geometry WHERE id = OLD.fid;
END;

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('trees', 'geometry', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
