// A catalog item's name in the UI language. Names are project data (editable, stored in Chinese); a name still
// equal to the default catalog's is shown in English from the default catalog's messages when the UI is English.
import { getLang } from '../../../shared/i18n';
import type { RenovationItem } from '../../../shared/model/tables';
import { renovationItemMessages } from '../../../shared/standards/renovation-items';

export function itemName(item: Pick<RenovationItem, 'id' | 'name'>): string {
  if (getLang() !== 'en') return item.name;
  const entry = renovationItemMessages[`renovationItem.${item.id}`];
  return entry && entry.zh === item.name ? entry.en : item.name;
}
