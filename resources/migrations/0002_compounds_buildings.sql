-- RenoZone schema 2: the feature tables compounds (小区) and buildings (楼栋), with GeoPackage R-tree indexes.
-- Columns mirror shared/model/tables.ts and electron/backend/store/columns.ts (a unit test compares all three).
-- fid is the GeoPackage integer key GDAL needs (rtree keyed by it); id is the stable UUID every row is known by.
-- The rtree triggers are the GeoPackage 1.3 set (extension_rtree: insert, update1–4, delete), as GDAL 3.6 and its
-- validate_gpkg.py expect for user_version 10300 (GeoPackage 1.4 replaced update1/update3 by update5–7).

CREATE TABLE compounds (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  sub_district TEXT NOT NULL,
  community TEXT NOT NULL,
  build_year INTEGER,
  households INTEGER,
  building_count INTEGER,
  floor_area_m2 REAL,
  property_type TEXT,
  management_mode TEXT,
  consent_ratio REAL,
  excluded BOOLEAN NOT NULL,
  excluded_reason TEXT NOT NULL,
  condition_notes TEXT NOT NULL,
  geometry POLYGON
);

CREATE TABLE buildings (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  compound_id TEXT,
  name TEXT NOT NULL,
  floors INTEGER NOT NULL,
  height_m REAL,
  use TEXT NOT NULL,
  entrances INTEGER NOT NULL,
  households INTEGER,
  has_elevator BOOLEAN NOT NULL,
  build_year INTEGER,
  geometry POLYGON
);

CREATE INDEX buildings_compound_id ON buildings (compound_id);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES
  ('compounds', 'features', 'compounds', '小区 / residential compounds', 4326),
  ('buildings', 'features', 'buildings', '楼栋 / buildings', 4326);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
VALUES ('compounds', 'geometry', 'POLYGON', 4326, 0, 0), ('buildings', 'geometry', 'POLYGON', 4326, 0, 0);


CREATE VIRTUAL TABLE rtree_compounds_geometry USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_compounds_geometry_insert AFTER INSERT ON compounds
  WHEN (new.geometry NOT NULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_compounds_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_compounds_geometry_update1 AFTER UPDATE OF geometry ON compounds
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_compounds_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_compounds_geometry_update2 AFTER UPDATE OF geometry ON compounds
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_compounds_geometry WHERE id = OLD.fid;
END;

CREATE TRIGGER rtree_compounds_geometry_update3 AFTER UPDATE OF geometry ON compounds
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_compounds_geometry WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_compounds_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_compounds_geometry_update4 AFTER UPDATE ON compounds
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_compounds_geometry WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER rtree_compounds_geometry_delete AFTER DELETE ON compounds
  WHEN old.geometry NOT NULL
BEGIN
  DELETE FROM rtree_compounds_geometry WHERE id = OLD.fid;
END;

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('compounds', 'geometry', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');

CREATE VIRTUAL TABLE rtree_buildings_geometry USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_buildings_geometry_insert AFTER INSERT ON buildings
  WHEN (new.geometry NOT NULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_buildings_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_buildings_geometry_update1 AFTER UPDATE OF geometry ON buildings
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  INSERT OR REPLACE INTO rtree_buildings_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_buildings_geometry_update2 AFTER UPDATE OF geometry ON buildings
  WHEN OLD.fid = NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_buildings_geometry WHERE id = OLD.fid;
END;

CREATE TRIGGER rtree_buildings_geometry_update3 AFTER UPDATE OF geometry ON buildings
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry NOTNULL AND NOT ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_buildings_geometry WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_buildings_geometry VALUES (
    NEW.fid,
    ST_MinX(NEW.geometry), ST_MaxX(NEW.geometry),
    ST_MinY(NEW.geometry), ST_MaxY(NEW.geometry)
  );
END;

CREATE TRIGGER rtree_buildings_geometry_update4 AFTER UPDATE ON buildings
  WHEN OLD.fid != NEW.fid AND
       (NEW.geometry ISNULL OR ST_IsEmpty(NEW.geometry))
BEGIN
  DELETE FROM rtree_buildings_geometry WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER rtree_buildings_geometry_delete AFTER DELETE ON buildings
  WHEN old.geometry NOT NULL
BEGIN
  DELETE FROM rtree_buildings_geometry WHERE id = OLD.fid;
END;

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('buildings', 'geometry', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
