// Strings of the indicator card (指标卡, issue 4 §4).
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const indicatorMessages: Catalog = {
  'indicators.title': { zh: '指标卡', en: 'Indicators' },
  'indicators.col.name': { zh: '指标', en: 'Indicator' },
  'indicators.col.before': { zh: '现状', en: 'Before' },
  'indicators.col.after': { zh: '布置后', en: 'After' },
  'indicators.col.change': { zh: '变化', en: 'Change' },
  'indicators.pairs': { zh: '{n} 对', en: '{n} pairs' },
  'indicators.site': { zh: '用地 {area} m² · 新增设施 {n} 处', en: 'Site {area} m² · {n} proposed facilities' },
  'indicators.source': { zh: '依据：{source}', en: 'Source: {source}' },
  'indicators.none': { zh: '—', en: '—' },
  'indicators.worse': { zh: '变差', en: 'worse' },
  'indicators.better': { zh: '改善', en: 'better' },
};

let registered = false;
export function registerIndicatorMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(indicatorMessages);
}
registerIndicatorMessages();
