import { afterEach, describe, expect, it } from 'vitest';
import { formatArea, formatLength, lineLengthM, polygonAreaM2 } from '../../../shared/geo/measure';
import { setLang } from '../../../shared/i18n';
import type { Position } from '../../../shared/model/geometry';
import { deepFreeze, frame, ORIGIN, polygonFromMetres, rectFromMetres } from './helpers';

afterEach(() => setLang('zh'));

describe('lineLengthM / polygonAreaM2', () => {
  it('measures in the metric frame', () => {
    const line = deepFreeze(
      frame.ringToLngLat([ORIGIN, [ORIGIN[0] + 300, ORIGIN[1]], [ORIGIN[0] + 300, ORIGIN[1] + 400]]),
    );
    expect(lineLengthM(line, frame)).toBeCloseTo(700, 6);
    expect(polygonAreaM2(deepFreeze(rectFromMetres(0, 0, 100, 50)), frame)).toBeCloseTo(5000, 4);
  });

  it('subtracts holes', () => {
    const square: Position[] = [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ];
    const hole: Position[] = [
      [10, 10],
      [10, 30],
      [30, 30],
      [30, 10],
    ];
    expect(polygonAreaM2(deepFreeze(polygonFromMetres(square, [hole])), frame)).toBeCloseTo(9600, 4);
  });

  it('agrees with the geodesic length within the GK scale error', () => {
    // 0.01° of longitude at 27.4°N on GRS80: 989.2 m (geodesic); GK scale at 1.2° from the CM adds ~0.02 %.
    const d = lineLengthM(
      [
        [106.2, 27.4],
        [106.21, 27.4],
      ],
      frame,
    );
    expect(Math.abs(d / 989.2 - 1)).toBeLessThan(0.0005);
  });
});

describe('formatLength / formatArea', () => {
  it('formats in Chinese by default', () => {
    expect(formatLength(12.345)).toBe('12.35 米');
    expect(formatLength(1250)).toBe('1,250.0 米');
    expect(formatLength(12_345)).toBe('12.35 千米');
    expect(formatArea(850.54)).toBe('850.5 m²');
    expect(formatArea(12_500)).toBe('12,500 m²（1.25 公顷）');
  });
  it('formats in English', () => {
    setLang('en');
    expect(formatLength(85.3)).toBe('85.30 m');
    expect(formatArea(25_000)).toBe('25,000 m² (2.50 ha)');
  });
});
