// The coordinate systems an import offers (issue 6 §1), as real survey data comes in China: WGS84, CGCS2000
// geographic, CGCS2000 3° Gauss–Krüger zones without (EPSG:4534–4554) and with (4513–4533) the zone number in
// the false easting, CGCS2000 6° zones with (4491–4501) and without (4502–4512) the zone number, and Web Mercator.
// The proj4 definitions are generated from the zone numbers; they match `gdalsrsinfo EPSG:n -o proj4` (checked
// for 4491, 4501, 4502, 4512, 4513, 4524, 4533, 4545) and /work/shared/standards "Coordinates".

export type CrsKind = 'geographic' | 'gk3' | 'gk3zone' | 'gk6zone' | 'gk6' | 'webmercator';

export interface CrsChoice {
  /** 'EPSG:4545' */
  code: string;
  epsg: number;
  kind: CrsKind;
  /** Chinese name as the EPSG registry's English one reads in Chinese practice. */
  label: string;
  proj4: string;
}

const tmerc = (cm: number, falseEasting: number): string =>
  `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

function buildChoices(): CrsChoice[] {
  const out: CrsChoice[] = [
    {
      code: 'EPSG:4326',
      epsg: 4326,
      kind: 'geographic',
      label: 'WGS84 经纬度',
      proj4: '+proj=longlat +datum=WGS84 +no_defs',
    },
    {
      code: 'EPSG:4490',
      epsg: 4490,
      kind: 'geographic',
      label: 'CGCS2000 经纬度',
      proj4: '+proj=longlat +ellps=GRS80 +no_defs',
    },
  ];
  for (let epsg = 4534; epsg <= 4554; epsg++) {
    const cm = 75 + 3 * (epsg - 4534);
    out.push({
      code: `EPSG:${epsg}`,
      epsg,
      kind: 'gk3',
      label: `CGCS2000 3度带 中央经线 ${cm}°E（无带号）`,
      proj4: tmerc(cm, 500000),
    });
  }
  for (let epsg = 4513; epsg <= 4533; epsg++) {
    const zone = 25 + (epsg - 4513);
    const cm = 3 * zone;
    out.push({
      code: `EPSG:${epsg}`,
      epsg,
      kind: 'gk3zone',
      label: `CGCS2000 3度带 第 ${zone} 带（${cm}°E，带号前缀）`,
      proj4: tmerc(cm, zone * 1e6 + 500000),
    });
  }
  for (let epsg = 4491; epsg <= 4501; epsg++) {
    const zone = 13 + (epsg - 4491);
    const cm = 6 * zone - 3;
    out.push({
      code: `EPSG:${epsg}`,
      epsg,
      kind: 'gk6zone',
      label: `CGCS2000 6度带 第 ${zone} 带（${cm}°E，带号前缀）`,
      proj4: tmerc(cm, zone * 1e6 + 500000),
    });
  }
  for (let epsg = 4502; epsg <= 4512; epsg++) {
    const cm = 75 + 6 * (epsg - 4502);
    out.push({
      code: `EPSG:${epsg}`,
      epsg,
      kind: 'gk6',
      label: `CGCS2000 6度带 中央经线 ${cm}°E（无带号）`,
      proj4: tmerc(cm, 500000),
    });
  }
  out.push({
    code: 'EPSG:3857',
    epsg: 3857,
    kind: 'webmercator',
    label: 'Web 墨卡托（瓦片地图）',
    proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
  });
  return out;
}

export const CRS_CHOICES: readonly CrsChoice[] = buildChoices();
const byCode = new Map(CRS_CHOICES.map((c) => [c.code, c]));

/** The choice for 'EPSG:n', or undefined when the code is not on the list. */
export const crsChoice = (code: string): CrsChoice | undefined => byCode.get(code.toUpperCase());

export const isGeographic = (code: string): boolean => crsChoice(code)?.kind === 'geographic';

/**
 * A CRS for coordinates that came without one, judged from their extent: lon/lat when they fit on the globe, a
 * 3° or 6° zone with prefix when the easting carries a zone number that matches a Chinese zone. Null otherwise.
 * @example guessCrsFromExtent([36512345, 3012345, 36513000, 3013000]) // → 'EPSG:4524' (zone 36, 108°E)
 */
export function guessCrsFromExtent(bbox: readonly [number, number, number, number]): string | null {
  const [minX, minY, maxX, maxY] = bbox;
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) return 'EPSG:4326';
  if (minX >= 15 && maxX <= 55 && minY >= 70 && maxY <= 140) return 'EPSG:4326'; // lat/lon as x/y: swap offered
  const zone = Math.floor(minX / 1e6);
  if (zone !== Math.floor(maxX / 1e6) || minY < 0 || maxY > 1e7) return null;
  if (zone >= 25 && zone <= 45) return `EPSG:${4513 + zone - 25}`; // 3° zones 25–45 (75°E–135°E)
  if (zone >= 13 && zone <= 23) return `EPSG:${4491 + zone - 13}`; // 6° zones 13–23
  return null;
}
