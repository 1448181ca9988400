import type Database from 'better-sqlite3';
import { zhLabel } from '../../../../shared/i18n/exchange-export';
import { PIPE_TYPES, type PipeType } from '../../../../shared/model/pipelines';
import { PIPE_COLORS } from '../../../../shared/standards/pipe-colors';
import { escapeXml } from './xml';

// QGIS layer styles in the GeoPackage (the `layer_styles` table QGIS itself creates when a style is saved to a
// GeoPackage; QGIS applies the row with useAsDefault when the layer is loaded). Simple fills and lines in the app's
// colours: the layer fills are copies of renderer/src/map/palette.ts (the backend does not import renderer code);
// pipelines get a categorized renderer by type in the map's own colours (shared/standards/pipe-colors.ts).

interface FillStyle {
  kind: 'fill';
  fill: string;
  alpha: number;
  outline: string;
  width: number;
}
interface LineStyle {
  kind: 'line';
  color: string;
  width: number;
}
interface MarkerStyle {
  kind: 'marker';
  fill: string;
  outline: string;
  size: number;
}
type SymbolStyle = FillStyle | LineStyle | MarkerStyle;

/** One symbol per layer (palette.ts: eligible fill and compound outline, floor class 4–6, tree colours…). */
export const LAYER_SYMBOLS: Record<string, SymbolStyle> = {
  compounds: { kind: 'fill', fill: '#6fbf73', alpha: 0.45, outline: '#5b6b5d', width: 0.5 },
  buildings: { kind: 'fill', fill: '#facba6', alpha: 0.9, outline: '#7a4a3a', width: 0.3 },
  packages: { kind: 'fill', fill: '#377eb8', alpha: 0.12, outline: '#377eb8', width: 0.8 },
  trees: { kind: 'marker', fill: '#52a447', outline: '#2e6b28', size: 2.4 },
  roads: { kind: 'line', color: '#8c8c8c', width: 1.2 },
  site_areas: { kind: 'fill', fill: '#95de64', alpha: 0.4, outline: '#389e0d', width: 0.3 },
  facilities: { kind: 'fill', fill: '#ffd666', alpha: 0.7, outline: '#d48806', width: 0.4 },
  leftover_pieces: { kind: 'fill', fill: '#ffadd2', alpha: 0.5, outline: '#c41d7f', width: 0.3 },
};

const rgba = (hex: string, alpha = 1): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${Math.round(alpha * 255)}`;
};

// QGIS 3 reads the <Option> map; older 3.x releases read <prop>. Both are written, as QGIS 3.22–3.28 do.
function props(entries: Record<string, string>): string {
  const options = Object.entries(entries)
    .map(([k, v]) => `<Option name="${k}" type="QString" value="${escapeXml(v)}"/>`)
    .join('');
  const legacy = Object.entries(entries)
    .map(([k, v]) => `<prop k="${k}" v="${escapeXml(v)}"/>`)
    .join('');
  return `<Option type="Map">${options}</Option>${legacy}`;
}

function symbolXml(name: string, s: SymbolStyle): string {
  if (s.kind === 'fill') {
    const p = props({
      color: rgba(s.fill, s.alpha),
      outline_color: rgba(s.outline),
      outline_style: 'solid',
      outline_width: String(s.width),
      outline_width_unit: 'MM',
      style: 'solid',
    });
    return `<symbol type="fill" name="${name}" alpha="1" clip_to_extent="1" force_rhr="0"><layer class="SimpleFill" enabled="1" locked="0" pass="0">${p}</layer></symbol>`;
  }
  if (s.kind === 'line') {
    const p = props({
      line_color: rgba(s.color),
      line_style: 'solid',
      line_width: String(s.width),
      line_width_unit: 'MM',
    });
    return `<symbol type="line" name="${name}" alpha="1" clip_to_extent="1" force_rhr="0"><layer class="SimpleLine" enabled="1" locked="0" pass="0">${p}</layer></symbol>`;
  }
  const p = props({
    color: rgba(s.fill),
    outline_color: rgba(s.outline),
    outline_width: '0.2',
    name: 'circle',
    size: String(s.size),
    size_unit: 'MM',
  });
  return `<symbol type="marker" name="${name}" alpha="1" clip_to_extent="1" force_rhr="0"><layer class="SimpleMarker" enabled="1" locked="0" pass="0">${p}</layer></symbol>`;
}

const QML_HEAD = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>";

/** QML of one layer's renderer (single symbol, or categorized by pipe type for pipelines). */
export function layerQml(table: string, pipeLabels: Record<PipeType, string>): string {
  if (table === 'pipelines') {
    const categories = PIPE_TYPES.map(
      (t, i) => `<category render="true" symbol="${i}" value="${t}" label="${escapeXml(pipeLabels[t])}"/>`,
    ).join('');
    const symbols = PIPE_TYPES.map((t, i) =>
      symbolXml(String(i), { kind: 'line', color: PIPE_COLORS[t], width: 0.8 }),
    ).join('');
    return `${QML_HEAD}<qgis version="3.28.0" styleCategories="Symbology"><renderer-v2 type="categorizedSymbol" attr="type" symbollevels="0" enableorderby="0" forceraster="0"><categories>${categories}</categories><symbols>${symbols}</symbols></renderer-v2></qgis>`;
  }
  const symbol = LAYER_SYMBOLS[table];
  if (!symbol) throw new RangeError(`no style for ${table}`);
  return `${QML_HEAD}<qgis version="3.28.0" styleCategories="Symbology"><renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0"><symbols>${symbolXml('0', symbol)}</symbols></renderer-v2></qgis>`;
}

/** A minimal SLD of the same symbol (for tools that read styleSLD); pipelines get one rule per type. */
export function layerSld(table: string): string {
  const stroke = (color: string, width: number) =>
    `<se:Stroke><se:SvgParameter name="stroke">${color}</se:SvgParameter><se:SvgParameter name="stroke-width">${width}</se:SvgParameter></se:Stroke>`;
  const rule = (body: string, filter = '') => `<se:Rule>${filter}${body}</se:Rule>`;
  let rules: string;
  if (table === 'pipelines') {
    rules = PIPE_TYPES.map((t) =>
      rule(
        `<se:LineSymbolizer>${stroke(PIPE_COLORS[t], 2)}</se:LineSymbolizer>`,
        `<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>type</ogc:PropertyName><ogc:Literal>${t}</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>`,
      ),
    ).join('');
  } else {
    const s = LAYER_SYMBOLS[table];
    if (!s) throw new RangeError(`no style for ${table}`);
    if (s.kind === 'fill')
      rules = rule(
        `<se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">${s.fill}</se:SvgParameter><se:SvgParameter name="fill-opacity">${s.alpha}</se:SvgParameter></se:Fill>${stroke(s.outline, 1)}</se:PolygonSymbolizer>`,
      );
    else if (s.kind === 'line') rules = rule(`<se:LineSymbolizer>${stroke(s.color, 3)}</se:LineSymbolizer>`);
    else
      rules = rule(
        `<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName><se:Fill><se:SvgParameter name="fill">${s.fill}</se:SvgParameter></se:Fill>${stroke(s.outline, 1)}</se:Mark><se:Size>7</se:Size></se:Graphic></se:PointSymbolizer>`,
      );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc"><NamedLayer><se:Name>${table}</se:Name><UserStyle><se:Name>${table}</se:Name><se:FeatureTypeStyle>${rules}</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>`;
}

const STYLED_TABLES = [
  'compounds',
  'buildings',
  'packages',
  'pipelines',
  'trees',
  'roads',
  'site_areas',
  'facilities',
  'leftover_pieces',
];

/** Creates `layer_styles` (as QGIS does, registered in gpkg_contents as attributes) with one default style per layer. */
export function writeLayerStyles(db: Database.Database): void {
  const pipeLabels = Object.fromEntries(PIPE_TYPES.map((t) => [t, zhLabel('pipe', t)])) as Record<PipeType, string>;
  // A project that was itself exported keeps its table (and any styles a QGIS user saved); ours are replaced.
  db.exec(`CREATE TABLE IF NOT EXISTS layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, f_table_catalog TEXT(256), f_table_schema TEXT(256),
    f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
    useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))`);
  db.prepare(
    "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
  ).run();
  db.prepare("DELETE FROM layer_styles WHERE description = 'RenoZone'").run();
  const insert = db.prepare(
    `INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML,
       styleSLD, useAsDefault, description, owner, ui) VALUES ('', '', ?, 'geometry', ?, ?, ?, 1, ?, '', NULL)`,
  );
  for (const table of STYLED_TABLES) {
    insert.run(table, table, layerQml(table, pipeLabels), layerSld(table), 'RenoZone');
  }
}
