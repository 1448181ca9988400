import type Database from 'better-sqlite3';
import { EXPORT_LAYERS } from '../../../../shared/exchange/field-names';
import { type Categorized, LAYER_CATEGORIES, LAYER_SYMBOLS, type SymbolStyle } from './layer-symbols';
import { escapeXml } from './xml';

// QGIS layer styles in the GeoPackage (the `layer_styles` table QGIS itself creates when a style is saved to a
// GeoPackage; QGIS applies the row with useAsDefault when the layer is loaded), and a minimal SLD of the same. The
// symbols are layer-symbols.ts: one per layer, or a categorized renderer (pipe type, road kind, site-area kind).

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

const qgisRenderer = (attrs: string, body: string): string =>
  `${QML_HEAD}<qgis version="3.28.0" styleCategories="Symbology"><renderer-v2 ${attrs} symbollevels="0" enableorderby="0" forceraster="0">${body}</renderer-v2></qgis>`;

/** QML of one layer's renderer: categorized (pipelines, roads, site areas) or a single symbol. */
export function layerQml(table: string): string {
  const categorized = LAYER_CATEGORIES[table];
  if (categorized) {
    const { attr, categories: list } = categorized;
    const categories = list
      .map((c, i) => `<category render="true" symbol="${i}" value="${c.value}" label="${escapeXml(c.label)}"/>`)
      .join('');
    const symbols = list.map((c, i) => symbolXml(String(i), c.symbol)).join('');
    return qgisRenderer(
      `type="categorizedSymbol" attr="${attr}"`,
      `<categories>${categories}</categories><symbols>${symbols}</symbols>`,
    );
  }
  return qgisRenderer('type="singleSymbol"', `<symbols>${symbolXml('0', layerSymbol(table))}</symbols>`);
}

function layerSymbol(table: string): SymbolStyle {
  const symbol = LAYER_SYMBOLS[table];
  if (!symbol) throw new RangeError(`no style for ${table}`);
  return symbol;
}

const stroke = (color: string, width: number): string =>
  `<se:Stroke><se:SvgParameter name="stroke">${color}</se:SvgParameter><se:SvgParameter name="stroke-width">${width}</se:SvgParameter></se:Stroke>`;

function sldSymbolizer(s: SymbolStyle): string {
  if (s.kind === 'fill')
    return `<se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">${s.fill}</se:SvgParameter><se:SvgParameter name="fill-opacity">${s.alpha}</se:SvgParameter></se:Fill>${stroke(s.outline, 1)}</se:PolygonSymbolizer>`;
  if (s.kind === 'line') return `<se:LineSymbolizer>${stroke(s.color, 3)}</se:LineSymbolizer>`;
  return `<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName><se:Fill><se:SvgParameter name="fill">${s.fill}</se:SvgParameter></se:Fill>${stroke(s.outline, 1)}</se:Mark><se:Size>7</se:Size></se:Graphic></se:PointSymbolizer>`;
}

const sldFilter = ({ attr }: Categorized, value: string): string =>
  `<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>${attr}</ogc:PropertyName><ogc:Literal>${escapeXml(value)}</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>`;

/** A minimal SLD of the same symbols (for tools that read styleSLD): one rule, or one rule per category. */
export function layerSld(table: string): string {
  const categorized = LAYER_CATEGORIES[table];
  const rules = categorized
    ? categorized.categories
        .map(
          (c) =>
            `<se:Rule><se:Name>${escapeXml(c.label)}</se:Name>${sldFilter(categorized, c.value)}${sldSymbolizer(c.symbol)}</se:Rule>`,
        )
        .join('')
    : `<se:Rule>${sldSymbolizer(layerSymbol(table))}</se:Rule>`;
  return `<?xml version="1.0" encoding="UTF-8"?><StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc"><NamedLayer><se:Name>${table}</se:Name><UserStyle><se:Name>${table}</se:Name><se:FeatureTypeStyle>${rules}</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>`;
}

/** Creates `layer_styles` (as QGIS does, registered in gpkg_contents as attributes) with one default style per layer. */
export function writeLayerStyles(db: Database.Database): void {
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
  for (const { table } of EXPORT_LAYERS) {
    insert.run(table, table, layerQml(table), layerSld(table), 'RenoZone');
  }
}
