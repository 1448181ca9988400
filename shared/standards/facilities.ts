// The facility catalog (issue 4 §2 "what fits", §3 placing): typical footprints, floors and heights of the facilities a
// compound may build on its leftover land, each with its source and grade (see /work/shared/standards/README.md
// "Facilities"). Grade C values are editable defaults the UI marks as unverified.

export type FacilityKind = 'parking' | 'building' | 'ground' | 'elevator';

export interface FacilityType {
  key: string;
  name: { zh: string; en: string };
  kind: FacilityKind;
  /** Typical footprint: the shorter side (m) … */
  width_m: number;
  /** … and the longer side (m). A placed facility is this rectangle, rotated. */
  length_m: number;
  /** The standard's minimum floor area (m²) for the facility; for grounds and parking the minimum land area. */
  min_area_m2: number;
  floors: number;
  /** Height above ground (m), used for sunlight spacing; 0 for open ground. */
  height_m: number;
  /** true: a building for fire separation / sunlight (a kiosk, station); false: open ground (parking, fitness). */
  isBuilding: boolean;
  /** The renovation catalog item whose quantity it feeds (shared/standards/items), or null. */
  item_id: string | null;
  source: string;
  grade: 'A' | 'B' | 'C';
}

/** Surface parking geometry (JGJ 100-2015 stall 2.4 × 5.3 m; many cities 2.5 × 5.3: grade C). */
export const PARKING = { stall_width_m: 2.5, stall_depth_m: 5.3, aisle_m: 6 } as const;

const JGJ100 = 'JGJ 100-2015 车库建筑设计规范；各地停车配建标准';
const EMBEDDED = '城市社区嵌入式服务设施建设导则（试行）';
const COMPLETE = '完整居住社区建设标准（试行）';

export const FACILITY_TYPES: readonly FacilityType[] = [
  {
    key: 'parking',
    name: { zh: '地面停车场', en: 'Surface parking' },
    kind: 'parking',
    // Two rows of 8 stalls facing a 6 m aisle: 5.3 + 6 + 5.3 = 16.6 m deep, 8 × 2.5 = 20 m long.
    width_m: PARKING.stall_depth_m * 2 + PARKING.aisle_m,
    length_m: 8 * PARKING.stall_width_m,
    min_area_m2: PARKING.stall_width_m * (PARKING.stall_depth_m + PARKING.aisle_m),
    floors: 0,
    height_m: 0,
    isBuilding: false,
    item_id: 'I10',
    source: `${JGJ100}：车位 2.5 × 5.3 m，通道 6 m`,
    grade: 'C',
  },
  {
    key: 'ebike_shed',
    name: { zh: '电动自行车棚（含充电）', en: 'E-bike shed with charging' },
    kind: 'building',
    // 1.5–1.8 m² per bike; 6 × 12 m ≈ 40 bikes. A charging shed is a fire risk: treated as a building.
    width_m: 6,
    length_m: 12,
    min_area_m2: 30,
    floors: 1,
    height_m: 3,
    isBuilding: true,
    item_id: 'I08',
    source: '电动自行车停放 1.5–1.8 m²/辆（各地规定）',
    grade: 'C',
  },
  {
    key: 'waste_point',
    name: { zh: '垃圾分类收集点', en: 'Waste-sorting point' },
    kind: 'building',
    width_m: 3,
    length_m: 5,
    min_area_m2: 10,
    floors: 1,
    height_m: 3,
    isBuilding: true,
    item_id: 'B07',
    source: `${COMPLETE}：服务半径 ≤ 70 m，分类收集房 ≥ 10 m²`,
    grade: 'C',
  },
  {
    key: 'parcel_lockers',
    name: { zh: '智能快递柜', en: 'Parcel lockers' },
    kind: 'ground',
    // A bank of lockers with the 1 m standing strip in front of it.
    width_m: 1.6,
    length_m: 4,
    min_area_m2: 4,
    floors: 0,
    height_m: 2.2,
    isBuilding: false,
    item_id: 'I22',
    source: `${COMPLETE}：智能快递柜`,
    grade: 'C',
  },
  {
    key: 'service_station',
    name: { zh: '社区综合服务站', en: 'Community service station' },
    kind: 'building',
    width_m: 20,
    length_m: 20,
    min_area_m2: 600,
    floors: 2,
    height_m: 8,
    isBuilding: true,
    item_id: 'U01',
    source: `${EMBEDDED}：建筑面积 ≥ 600 m²，有条件的 ≥ 800 m²`,
    grade: 'B',
  },
  {
    key: 'elderly_daycare',
    name: { zh: '老年人日间照料中心', en: 'Elderly day-care centre' },
    kind: 'building',
    width_m: 15,
    length_m: 20,
    min_area_m2: 350,
    floors: 2,
    height_m: 8,
    isBuilding: true,
    item_id: 'U03',
    source: `${COMPLETE}：建筑面积 350–750 m²`,
    grade: 'C',
  },
  {
    key: 'health_station',
    name: { zh: '社区卫生服务站', en: 'Health station' },
    kind: 'building',
    width_m: 12,
    length_m: 15,
    min_area_m2: 120,
    floors: 1,
    height_m: 4.5,
    isBuilding: true,
    item_id: 'U02',
    source: `${COMPLETE}：建筑面积 120–270 m²`,
    grade: 'C',
  },
  {
    key: 'property_room',
    name: { zh: '物业管理用房', en: 'Property management room' },
    kind: 'building',
    width_m: 8,
    length_m: 12,
    min_area_m2: 50,
    floors: 1,
    height_m: 4,
    isBuilding: true,
    item_id: 'I23',
    source: '各省物业管理条例：约为总建筑面积的 2‰',
    grade: 'C',
  },
  {
    key: 'fitness_ground',
    name: { zh: '室外健身场地', en: 'Outdoor fitness ground' },
    kind: 'ground',
    width_m: 12.5,
    length_m: 20,
    min_area_m2: 150,
    floors: 0,
    height_m: 0,
    isBuilding: false,
    item_id: 'I19',
    source: `${COMPLETE}：公共活动场地 ≥ 150 m²（B）；健身场地 150–750 m²`,
    grade: 'C',
  },
  {
    key: 'elevator',
    name: { zh: '加装电梯', en: 'Elevator retrofit' },
    kind: 'elevator',
    // Shaft ~2.2–2.6 × 2.4–3.0 m plus its link to the landing: ~10 m². Part of its building, so not a separate
    // building for fire separation; its own effect on sunlight is flagged for a sunlight study instead.
    width_m: 2.5,
    length_m: 4,
    min_area_m2: 8,
    floors: 0,
    height_m: 20,
    isBuilding: false,
    item_id: 'I13',
    source: '既有住宅加装电梯（各地导则）：井道约 2.2–2.6 × 2.4–3.0 m，含连廊约 8–15 m²',
    grade: 'C',
  },
];

const BY_KEY = new Map(FACILITY_TYPES.map((t) => [t.key, t]));

/** The catalog entry for `key`, or undefined for an unknown type. */
export const facilityType = (key: string): FacilityType | undefined => BY_KEY.get(key);

/**
 * A placed facility's height (m): its own when the designer set one (the facility form edits it), else its type's.
 * The checks and the indicators both judge a facility by this.
 */
export const facilityHeight = (f: { height_m?: number | null }, type: Pick<FacilityType, 'height_m'>): number =>
  f.height_m && f.height_m > 0 ? f.height_m : type.height_m;
