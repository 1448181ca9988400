import fs from 'node:fs';
import type { Geometry, Position } from '../../../../shared/model/geometry';
import type { ProjectSettings } from '../../../../shared/model/settings';
import { polygonsOf } from './geometry-parts';
import { LAYER_CATEGORIES, LAYER_SYMBOLS, type SymbolStyle } from './layer-symbols';
import { type ExportLayer, flatValues } from './layers';
import { type ExportJob, RowTicker } from './progress';
import { escapeXml } from './xml';

// KML 2.2 export: one Folder per layer named in Chinese (小区, 楼栋 …), one Placemark per row with its name and every
// column as typed ExtendedData (a Schema per layer), and a shared style per layer in the app's colours. KML is lon/lat WGS 84 by definition.

const coords = (line: readonly Position[]): string => line.map((p) => `${p[0]},${p[1]}`).join(' ');

function geometryKml(g: Geometry): string {
  if (g.type === 'Point') return `<Point><coordinates>${g.coordinates[0]},${g.coordinates[1]}</coordinates></Point>`;
  if (g.type === 'LineString') return `<LineString><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
  const polygons = polygonsOf(g).map((rings) => {
    const [outer, ...holes] = rings;
    const inner = holes
      .map((h) => `<innerBoundaryIs><LinearRing><coordinates>${coords(h)}</coordinates></LinearRing></innerBoundaryIs>`)
      .join('');
    return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords(outer ?? [])}</coordinates></LinearRing></outerBoundaryIs>${inner}</Polygon>`;
  });
  return polygons.length === 1 ? (polygons[0] as string) : `<MultiGeometry>${polygons.join('')}</MultiGeometry>`;
}

/** KML colour aabbggrr from #rrggbb. */
const kmlColor = (hex: string, alpha = 1): string => {
  const a = Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0');
  return `${a}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`;
};

function styleKml(id: string, s: SymbolStyle): string {
  const line = s.kind === 'line' ? s.color : s.outline;
  const fill = s.kind === 'fill' ? kmlColor(s.fill, s.alpha) : '00ffffff';
  return `<Style id="${id}"><LineStyle><color>${kmlColor(line)}</color><width>2</width></LineStyle><PolyStyle><color>${fill}</color></PolyStyle></Style>`;
}

/** The layer's shared styles: one per category (`table-value`) for a categorized layer, else one (`table`). */
function layerStylesKml(table: string): string {
  const categorized = LAYER_CATEGORIES[table];
  if (categorized) return categorized.categories.map((c) => styleKml(`${table}-${c.value}`, c.symbol)).join('');
  const symbol = LAYER_SYMBOLS[table];
  return symbol ? styleKml(table, symbol) : '';
}

/** The style a row's Placemark uses: its category's (the column's values are the categories), else the layer's. */
function styleUrl(table: string, row: Record<string, unknown>): string {
  const categorized = LAYER_CATEGORIES[table];
  return categorized ? `#${table}-${String(row[categorized.attr])}` : `#${table}`;
}

const KML_TYPE = { text: 'string', integer: 'int', real: 'double' } as const;

/** The layer's Schema: every column with its type, so GIS tools read numbers as numbers. */
const schemaKml = (layer: ExportLayer): string =>
  `<Schema name="${layer.table}" id="${layer.table}">${layer.columns
    .map((c) => `<SimpleField name="${c.name}" type="${KML_TYPE[c.kind]}"/>`)
    .join('')}</Schema>`;

/** The Placemark's name: the row's name, else its code or species, else empty. */
const placemarkName = (row: Record<string, unknown>): string =>
  String(row.name || row.code || row.species || row.type || '');

export async function writeKml(
  file: string,
  layers: readonly ExportLayer[],
  settings: ProjectSettings,
  job: ExportJob,
): Promise<void> {
  const ticker = new RowTicker(
    job,
    layers.reduce((n, l) => n + l.rows.length, 0),
  );
  const out = fs.openSync(file, 'w');
  try {
    const write = (s: string) => fs.writeSync(out, s);
    write('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>');
    write(`<name>${escapeXml(settings.project_name)}</name>\n`);
    for (const layer of layers) write(layerStylesKml(layer.table) + schemaKml(layer));
    for (const layer of layers) {
      write(`\n<Folder><name>${escapeXml(layer.zh)}</name>\n`);
      const chunk: string[] = [];
      for (const row of layer.rows) {
        const values = flatValues(layer.table, row);
        // Typed through the layer's Schema; a null value is simply absent.
        const data = layer.columns
          .map((c, i) =>
            values[i] === null ? '' : `<SimpleData name="${c.name}">${escapeXml(String(values[i]))}</SimpleData>`,
          )
          .join('');
        chunk.push(
          `<Placemark><name>${escapeXml(placemarkName(row))}</name><styleUrl>${styleUrl(layer.table, row)}</styleUrl><ExtendedData><SchemaData schemaUrl="#${layer.table}">${data}</SchemaData></ExtendedData>${geometryKml(row.geometry)}</Placemark>\n`,
        );
        if (ticker.due()) {
          write(chunk.splice(0).join(''));
          await ticker.pause(layer.table);
        }
      }
      write(chunk.join(''));
      write('</Folder>');
      await ticker.pause(layer.table);
    }
    write('\n</Document></kml>\n');
  } finally {
    fs.closeSync(out);
  }
}
