import type { Rng } from './prng';

// The street grid of the demo district, in local metres (x east, y north, origin at the south-west corner).
// Blocks are the land between streets; compounds are cut from blocks. Later issues derive roads (the gaps
// between columns and rows, with their widths), green and pipelines from this same grid.

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A band of the grid (a column or a row of blocks) and the street that follows it (east or north of it). */
export interface Band {
  start: number;
  end: number;
  /** Width of the street after this band; main roads (主干路) are wider than branch roads (支路). */
  streetWidth: number;
  mainStreet: boolean;
}

export interface Block {
  col: number;
  row: number;
  rect: Rect;
}

export interface StreetGrid {
  columns: Band[];
  rows: Band[];
  blocks: Block[];
}

/** Every 4th street is a main road; old districts have a coarse main grid and dense branch roads. */
const MAIN_EVERY = 4;

function layoutBands(rng: Rng, count: number, minSize: number, maxSize: number): Band[] {
  const bands: Band[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.round(rng.range(minSize, maxSize));
    const mainStreet = (i + 1) % MAIN_EVERY === 0;
    const streetWidth = mainStreet ? rng.int(24, 32) : rng.int(10, 16);
    bands.push({ start: pos, end: pos + size, streetWidth, mainStreet });
    pos += size + streetWidth;
  }
  return bands;
}

/**
 * Lays out `cols` × `rows` blocks, row by row from the south-west. Blocks are 240–360 m east–west and
 * 200–300 m north–south, typical of Chinese districts built between the 1970s and 2000s.
 */
export function layoutStreetGrid(rng: Rng, cols: number, rows: number): StreetGrid {
  const columns = layoutBands(rng, cols, 240, 360);
  const rowBands = layoutBands(rng, rows, 200, 300);
  const blocks: Block[] = [];
  rowBands.forEach((r, row) => {
    columns.forEach((c, col) => {
      blocks.push({ col, row, rect: { x0: c.start, y0: r.start, x1: c.end, y1: r.end } });
    });
  });
  return { columns, rows: rowBands, blocks };
}
