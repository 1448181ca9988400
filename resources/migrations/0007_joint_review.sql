-- RenoZone schema 7 (issue 7): the joint review (方案联合审查) — meetings with attendees and agenda, each
-- department's opinion per package (optionally pinned to a place), and pen strokes kept as annotations.
-- Columns mirror shared/model/tables.ts and electron/backend/store/columns.ts (a unit test compares all three).

CREATE TABLE review_meetings (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  location TEXT NOT NULL,
  attendees TEXT NOT NULL,
  agenda TEXT NOT NULL,
  notes TEXT NOT NULL
);

CREATE TABLE review_opinions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  meeting_id TEXT,
  package_id TEXT NOT NULL,
  department TEXT NOT NULL,
  verdict TEXT NOT NULL,
  text TEXT NOT NULL,
  conditions TEXT NOT NULL,
  pin_lon REAL,
  pin_lat REAL,
  recorded_at TEXT NOT NULL
);

CREATE INDEX review_opinions_package_id ON review_opinions (package_id);

CREATE TABLE annotations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  package_id TEXT NOT NULL,
  meeting_id TEXT,
  color TEXT NOT NULL,
  width_px REAL NOT NULL,
  note TEXT NOT NULL,
  created_at TEXT NOT NULL,
  geometry LINESTRING
);

CREATE INDEX annotations_package_id ON annotations (package_id);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES
  ('review_meetings', 'attributes', 'review_meetings', '联合审查会议 / review meetings'),
  ('review_opinions', 'attributes', 'review_opinions', '部门审查意见 / review opinions');

-- @spatial-layer annotations LINESTRING 审查标注 / review annotations
