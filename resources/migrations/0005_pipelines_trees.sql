-- RenoZone schema 5 (issue 5): pipelines (管线) as a LineString layer, trees as a Point layer, the project's
-- clearance table (GB 50289-2016 defaults, editable) and the designer's reviews of conflicts. `-- @spatial-layer`
-- lines expand to the GeoPackage registration, R-tree and triggers (store/spatial-layer-sql.ts). Columns mirror
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

INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES
  ('clearance_rules', 'attributes', 'clearance_rules', '管线净距表 / clearance rules'),
  ('conflict_reviews', 'attributes', 'conflict_reviews', '管线冲突审查 / conflict reviews');

-- @spatial-layer pipelines LINESTRING 管线 / pipelines
-- @spatial-layer trees POINT 树木 / trees
