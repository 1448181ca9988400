// A small seeded PRNG (mulberry32) so the demo district is identical on every machine and every run.
// Math.random is never used in the generator: same seed → same JSON, ids included.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `weighted([['a', 3], ['b', 1]])` returns 'a' three times as often as 'b'. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** An RFC 4122 version-4-formatted UUID whose random bits come from this generator. */
  uuid(): string;
}

/** Two hex digits per byte value (the bench makes ~70,000 ids; toString(16) per word was its hot spot). */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4294967296;
  const hex = (n: number): string =>
    (BYTE_HEX[n >>> 24] as string) +
    (BYTE_HEX[(n >>> 16) & 0xff] as string) +
    (BYTE_HEX[(n >>> 8) & 0xff] as string) +
    (BYTE_HEX[n & 0xff] as string);
  const rng: Rng = {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new RangeError('weighted pick from an empty list');
      return last[0];
    },
    uuid: () => {
      const words = [nextUint32(), nextUint32(), nextUint32(), nextUint32()];
      // Version nibble 4 (bits 48–51) and variant 10xx (bits 64–65).
      const w1 = ((words[1] as number) & 0xffff0fff) | 0x00004000;
      const w2 = (((words[2] as number) & 0x3fffffff) | 0x80000000) >>> 0;
      const h = hex(words[0] as number) + hex(w1 >>> 0) + hex(w2) + hex(words[3] as number);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    },
  };
  return rng;
}
