import type { Rng } from './prng';

// Fictional place names for the demo district. Any likeness to a real compound is chance; the kinds of names are
// the real ones: residential estates (…小区, …花园), work-unit quarters (…宿舍, …家属院, …生活区) and lane
// courtyards (…巷12号院).

const SUB_DISTRICTS = [
  '南明路街道',
  '河滨街道',
  '沙冲街道',
  '油榨街道',
  '兴关街道',
  '花果园街道',
  '太慈街道',
  '二戈街道',
];

const COMMUNITIES = [
  '箭道社区',
  '新华社区',
  '护国社区',
  '市府社区',
  '都司社区',
  '水口寺社区',
  '西湖社区',
  '红岩社区',
  '富水社区',
  '团坡社区',
  '遵义路社区',
  '嘉禾社区',
  '市西社区',
  '省府社区',
  '宝山社区',
  '中山社区',
  '延安社区',
  '枣山社区',
];

const ESTATE_WORDS = [
  '幸福',
  '阳光',
  '和平',
  '建设',
  '友谊',
  '团结',
  '新村',
  '金桥',
  '滨河',
  '南苑',
  '康乐',
  '丰收',
  '春晖',
  '安居',
  '翠竹',
  '明珠',
];
const ESTATE_SUFFIXES = ['里小区', '小区', '花园', '新村', '苑'];
const WORK_UNITS = [
  '纺织厂',
  '供电局',
  '邮电局',
  '机械厂',
  '卷烟厂',
  '水泥厂',
  '粮食局',
  '第二运输公司',
  '自来水公司',
  '轴承厂',
  '化肥厂',
  '百货公司',
  '铁路分局',
  '建筑公司',
  '橡胶厂',
  '印刷厂',
  '食品公司',
  '第一中学',
  '人民医院',
  '地质队',
];
const WORK_UNIT_SUFFIXES = ['宿舍', '家属院', '生活区', '职工宿舍'];
const LANES = ['建设巷', '公园巷', '箭道街', '新华巷', '护国巷', '市府巷', '河滨巷', '电台街', '光明巷', '文昌巷'];

export type NameKind = 'estate' | 'workUnit' | 'lane';

export const subDistrictName = (i: number): string =>
  SUB_DISTRICTS[i % SUB_DISTRICTS.length] +
  (i >= SUB_DISTRICTS.length ? `${Math.floor(i / SUB_DISTRICTS.length) + 1}` : '');

export const communityName = (i: number): string =>
  COMMUNITIES[i % COMMUNITIES.length] + (i >= COMMUNITIES.length ? `${Math.floor(i / COMMUNITIES.length) + 1}` : '');

/** Makes compound names unique within one district; a repeated name gets 二区, 三区… as compounds do. */
export function createCompoundNamer(rng: Rng): (kind: NameKind) => string {
  const used = new Map<string, number>();
  const ordinals = ['', '二区', '三区', '四区', '五区', '六区', '七区', '八区', '九区'];
  const base = (kind: NameKind): string => {
    if (kind === 'workUnit') return rng.pick(WORK_UNITS) + rng.pick(WORK_UNIT_SUFFIXES);
    if (kind === 'lane') return `${rng.pick(LANES)}${rng.int(1, 60)}号院`;
    return rng.pick(ESTATE_WORDS) + rng.pick(ESTATE_SUFFIXES);
  };
  return (kind) => {
    const name = base(kind);
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    return n === 0 ? name : `${name}${ordinals[n] ?? `（${n + 1}）`}`;
  };
}

const CONDITION_PHRASES = [
  '外墙面砖空鼓脱落',
  '屋面防水层老化，顶层渗漏',
  '雨污合流，雨季化粪池外溢',
  '供水管为镀锌管，锈蚀严重',
  '架空线杂乱，存在安全隐患',
  '无电梯，老年住户上下楼困难',
  '停车位严重不足，车辆占用消防通道',
  '楼道照明损坏',
  '燃气管道未入户',
  '路面破损积水',
  '无物业管理，垃圾清运不及时',
  '违章搭建较多',
  '绿化缺失，公共空间不足',
  '消防设施缺失或失效',
  '单元门禁损坏',
  '化粪池容量不足',
];

/** Two to four observations from a survey, as a designer would note them. */
export function conditionNotes(rng: Rng): string {
  const count = rng.int(2, 4);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(rng.pick(CONDITION_PHRASES));
  return `${[...chosen].join('；')}。`;
}

export const EXCLUSION_REASONS = [
  '已列入征收计划（棚户区改造）',
  '已纳入城市更新拆除重建范围',
  '属城中村改造范围',
  '自建房片区，不纳入老旧小区改造',
  '已列入国有土地上房屋征收计划',
] as const;
