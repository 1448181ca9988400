import { extname } from 'node:path';
import { kmlWithFolders } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { AppError } from '../../../../shared/model/errors';
import { MAX_TEXT_BYTES, readChecked } from './limits';
import { decodeAuto } from './text';
import { collectFields, type RawFeature, type RawGeometry, type ReadOptions, type SourceData } from './types';
import { readZipEntries } from './zip';

// KML (always WGS84 lon/lat) and KMZ (a zip whose main document is the first .kml, usually doc.kml). Style
// properties togeojson adds (styleUrl, fill, stroke …) are drawing hints, not survey attributes: dropped.

type Node = ReturnType<typeof kmlWithFolders>['children'][number];
type FolderNode = Extract<Node, { type: 'folder' }>;

const STYLE_KEYS =
  /^(styleUrl|styleHash|styleMap|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|visibility|timespan|timestamp)$/;

export function readKml(path: string, options: ReadOptions = {}): SourceData {
  const isKmz = extname(path).toLowerCase() === '.kmz';
  let bytes: Uint8Array;
  if (isKmz) {
    const entries = readZipEntries(path, (n) => /\.kml$/i.test(n));
    const main = entries.get('doc.kml') ?? [...entries.values()][0];
    if (!main) throw new AppError('import.unreadable', { path, detail: 'KMZ 中没有 .kml 文档' });
    bytes = main;
  } else bytes = readChecked(path, MAX_TEXT_BYTES);
  const { text } = decodeAuto(bytes);
  if (text.trim() === '') throw new AppError('import.empty', { path });
  const errors: string[] = [];
  let dom: ReturnType<DOMParser['parseFromString']> | null = null;
  try {
    dom = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') errors.push(msg);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    errors.push((e as Error).message);
  }
  if (errors.length > 0 || !dom?.documentElement)
    throw new AppError('import.unreadable', { path, detail: `XML 格式错误（${(errors[0] ?? '').slice(0, 120)}）` });
  if (dom.documentElement.localName !== 'kml')
    throw new AppError('import.unreadable', { path, detail: '根元素不是 <kml>' });
  // Folders are layers (RenoZone's KML export writes one per layer): the first level with several of them.
  let level: Node[] = kmlWithFolders(dom as unknown as Document).children;
  while (level.length === 1 && level[0]?.type === 'folder') level = level[0].children;
  const folders = level.filter((n): n is FolderNode => n.type === 'folder');
  const layers = folders.map((f, i) => String(f.meta.name ?? `图层${i + 1}`));
  const wanted = options.sourceLayer;
  const chosen = wanted === undefined ? level : folders.filter((_, i) => layers[i] === wanted);
  if (wanted !== undefined && chosen.length === 0)
    throw new AppError('import.layerNotFound', { path, layer: wanted, available: layers.join('、') || '—' });
  const features: RawFeature[] = [];
  const visit = (n: Node): void => {
    if (n.type === 'folder') {
      n.children.forEach(visit);
      return;
    }
    const properties: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n.properties ?? {})) if (!STYLE_KEYS.test(k)) properties[k] = v;
    features.push({ geometry: (n.geometry as RawGeometry | null) ?? null, properties });
  };
  chosen.forEach(visit);
  return {
    format: isKmz ? 'kmz' : 'kml',
    sourceLayers: layers,
    features,
    fields: collectFields(features),
    encoding: 'utf-8',
    crs: 'EPSG:4326',
    notices: [],
  };
}
