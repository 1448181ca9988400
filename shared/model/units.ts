// Branded coordinate types: lon/lat degrees and metres in the project's metric CRS must never mix.
// A clearance of 0.5 m cannot be judged on degrees (see DESIGN.md "Coordinates").
declare const lngLatBrand: unique symbol;
declare const metricBrand: unique symbol;

/** [longitude, latitude] in degrees, EPSG:4326. */
export type LngLat = readonly [number, number] & { readonly [lngLatBrand]: true };
/** [easting, northing] in metres in the project's metric CRS (CGCS2000 3° Gauss–Krüger zone). */
export type Metric = readonly [number, number] & { readonly [metricBrand]: true };

export const lngLat = (lon: number, lat: number): LngLat => [lon, lat] as unknown as LngLat;
export const metric = (x: number, y: number): Metric => [x, y] as unknown as Metric;
