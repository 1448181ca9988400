-- RenoZone schema 3: project settings (one row per key, JSON value) and the change journal, as GeoPackage
-- attributes tables so GIS users see them beside the layers.

CREATE TABLE settings (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL
);

-- One row per applied change (origin apply/undo/redo); change and inverse are the JSON of the Change objects.
CREATE TABLE journal (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  origin TEXT NOT NULL,
  summary TEXT NOT NULL,
  ops INTEGER NOT NULL,
  change TEXT NOT NULL,
  inverse TEXT NOT NULL
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES
  ('settings', 'attributes', 'settings', '项目设置 / project settings'),
  ('journal', 'attributes', 'journal', '修改记录 / change journal');
