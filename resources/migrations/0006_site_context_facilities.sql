-- RenoZone schema 6 (issue 4): the site context a designer needs to find leftover land (存量土地) — roads and fire
-- lanes as centre lines with a width, context areas (fire lanes drawn as areas, fire-engine operating areas, green,
-- illegal structures), the proposed facilities, and leftover pieces written as a layer. Columns mirror
-- shared/model/tables.ts and electron/backend/store/columns.ts (a unit test compares all three).
-- Compounds gain a code (小区编码) so ledgers and imports can join by it.
-- `-- @spatial-layer` lines expand to the GeoPackage registration, R-tree and triggers (store/spatial-layer-sql.ts).

ALTER TABLE compounds ADD COLUMN code TEXT NOT NULL DEFAULT '';

CREATE TABLE roads (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  width_m REAL NOT NULL,
  compound_id TEXT,
  geometry LINESTRING
);

CREATE INDEX roads_compound_id ON roads (compound_id);

CREATE TABLE site_areas (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  keep BOOLEAN NOT NULL,
  demolish BOOLEAN NOT NULL,
  compound_id TEXT,
  note TEXT NOT NULL,
  geometry POLYGON
);

CREATE INDEX site_areas_compound_id ON site_areas (compound_id);

CREATE TABLE facilities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  compound_id TEXT,
  building_id TEXT,
  floors INTEGER NOT NULL,
  height_m REAL NOT NULL,
  rotation_deg REAL NOT NULL,
  note TEXT NOT NULL,
  geometry POLYGON
);

CREATE INDEX facilities_compound_id ON facilities (compound_id);

-- fits is JSON: [{"type", "count"}].
CREATE TABLE leftover_pieces (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  compound_id TEXT NOT NULL,
  area_m2 REAL NOT NULL,
  min_width_m REAL NOT NULL,
  fits TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  geometry POLYGON
);

CREATE INDEX leftover_pieces_compound_id ON leftover_pieces (compound_id);

-- @spatial-layer roads LINESTRING 道路与消防车道 / roads and fire lanes
-- @spatial-layer site_areas POLYGON 场地要素（消防车道、登高场地、绿地、违建） / site areas
-- @spatial-layer facilities POLYGON 拟建设施 / proposed facilities
-- @spatial-layer leftover_pieces POLYGON 存量土地 / leftover land
