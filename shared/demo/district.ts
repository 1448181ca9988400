import { type CompoundProfile, pickProfile } from './attributes';
import { type Footprint, layoutBuildings } from './buildings';
import { type Block, layoutStreetGrid, type StreetGrid } from './grid';
import type { Rng } from './prng';
import { type Parcel, subdivideBlock } from './subdivide';

// The demo district in local metres: a street grid, compounds cut from its blocks, buildings inside them, and
// each compound's 街道 / 社区 (contiguous regions of the grid, as real administrative areas are). Pure layout;
// index.ts turns it into rows.

export interface PlannedCompound {
  parcel: Parcel;
  profile: CompoundProfile;
  footprints: Footprint[];
  subDistrict: number;
  community: number;
}

export interface DistrictLayout {
  /** Only the rows of blocks that hold compounds. */
  grid: StreetGrid;
  compounds: PlannedCompound[];
}

/** About 2.5 compounds per block on average (see subdivideBlock's patterns). */
const COMPOUNDS_PER_BLOCK = 2.5;

export function layoutDistrict(rng: Rng, count: number): DistrictLayout {
  const cols = Math.max(4, Math.ceil(Math.sqrt((count / COMPOUNDS_PER_BLOCK) * 1.1)));
  // Plan enough rows for the worst case (one compound per block); unused rows are dropped below.
  const planned = layoutStreetGrid(rng, cols, Math.ceil(count / cols) + 1);
  const compounds: Omit<PlannedCompound, 'subDistrict' | 'community'>[] = [];
  for (const block of planned.blocks) {
    if (compounds.length >= count) break;
    for (const parcel of subdivideBlock(rng, block, count - compounds.length)) {
      const profile = pickProfile(rng, parcel.small);
      const footprints = layoutBuildings(rng, parcel.rect, { kind: profile.layout, slabFloors: profile.slabFloors });
      compounds.push({ parcel, profile, footprints });
    }
  }
  const usedRows = Math.max(...compounds.map((c) => c.parcel.block.row)) + 1;
  const region = regionOf(cols, usedRows);
  return {
    grid: {
      columns: planned.columns,
      rows: planned.rows.slice(0, usedRows),
      blocks: planned.blocks.filter((b) => b.row < usedRows),
    },
    compounds: compounds.map((c) => ({ ...c, ...region(c.parcel.block) })),
  };
}

/**
 * 街道 are bands of columns (two for the default district), 社区 bands of rows within each 街道 (three each),
 * so a community is a contiguous patch of blocks.
 */
function regionOf(cols: number, rows: number): (b: Block) => { subDistrict: number; community: number } {
  const subDistricts = Math.max(2, Math.round(cols / 4));
  const communitiesPerSub = Math.max(3, Math.round(rows / 2));
  return (b) => {
    const subDistrict = Math.min(subDistricts - 1, Math.floor((b.col * subDistricts) / cols));
    const band = Math.min(communitiesPerSub - 1, Math.floor((b.row * communitiesPerSub) / rows));
    return { subDistrict, community: subDistrict * communitiesPerSub + band };
  };
}
