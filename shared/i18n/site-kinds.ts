import { type Catalog, registerMessages } from './index';

// Names of the road kinds and site-area kinds: the map, its forms and legend show them, and exported files label
// their layer styles with them (in Chinese).
export const siteKindMessages: Catalog = {
  'context.roadKind.road': { zh: '道路', en: 'Road' },
  'context.roadKind.fire_lane': { zh: '消防车道', en: 'Fire lane' },
  'context.areaKind.fire_lane': { zh: '消防车道（面）', en: 'Fire lane (area)' },
  'context.areaKind.operating_area': { zh: '登高操作场地', en: 'Fire-engine operating area' },
  'context.areaKind.green': { zh: '绿地', en: 'Green' },
  'context.areaKind.illegal_structure': { zh: '违法建设', en: 'Illegal structure' },
};
registerMessages(siteKindMessages);
