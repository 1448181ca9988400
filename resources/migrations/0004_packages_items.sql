-- RenoZone schema 4 (issue 3): work packages (片区/工程包) as a features layer, their members, the project's
-- renovation-item catalog (改造内容) and each compound's item lines. Columns mirror shared/model/tables.ts and
-- electron/backend/store/columns.ts (a unit test compares all three). The catalog is filled by the backend
-- (from shared/standards) in the same transaction, since its rows come from code.

CREATE TABLE packages (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  sub_district TEXT NOT NULL,
  status TEXT NOT NULL,
  plan_year INTEGER,
  start_year INTEGER,
  completion_year INTEGER,
  locked BOOLEAN NOT NULL,
  funding TEXT,
  notes TEXT NOT NULL,
  geometry MULTIPOLYGON
);

-- A compound is in at most one package.
CREATE TABLE package_members (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  package_id TEXT NOT NULL,
  compound_id TEXT NOT NULL UNIQUE
);

CREATE INDEX package_members_package_id ON package_members (package_id);

-- id is the item code (e.g. 'B01').
CREATE TABLE renovation_items (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  class TEXT NOT NULL,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  unit_cost_yuan REAL NOT NULL,
  quantity_rule TEXT NOT NULL,
  source TEXT NOT NULL,
  sort INTEGER NOT NULL
);

CREATE TABLE compound_items (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  compound_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  deficient BOOLEAN NOT NULL,
  planned BOOLEAN NOT NULL,
  quantity REAL,
  note TEXT NOT NULL,
  UNIQUE (compound_id, item_id)
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES ('packages', 'features', 'packages', '片区（工程包） / work packages', 4326);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES
  ('package_members', 'attributes', 'package_members', '片区成员 / package members'),
  ('renovation_items', 'attributes', 'renovation_items', '改造内容清单 / renovation items'),
  ('compound_items', 'attributes', 'compound_items', '小区改造内容 / compound renovation items');

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
VALUES ('packages', 'geometry', 'MULTIPOLYGON', 4326, 0, 0);

CREATE VIRTUAL TABLE rtree_packages_geometry USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_packages_geometry_insert AFTER INSERT ON packages
  WHEN (new.geometry NOT NULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_packages_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_packages_geometry_update1 AFTER UPDATE OF geometry ON packages
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_packages_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_packages_geometry_update2 AFTER UPDATE OF geometry ON packages
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_packages_geometry WHERE id = OLD.fid;
END;

CREATE TRIGGER rtree_packages_geometry_update3 AFTER UPDATE OF geometry ON packages
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_packages_geometry WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_packages_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_packages_geometry_update4 AFTER UPDATE ON packages
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_packages_geometry WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER rtree_packages_geometry_delete AFTER DELETE ON packages
  WHEN old.geometry NOT NULL
BEGIN
  DELETE FROM rtree_packages_geometry WHERE id = OLD.fid;
END;

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('packages', 'geometry', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
