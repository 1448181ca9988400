// Package-edit mode (issue 3 §2): with an active package, a click on a compound adds it to the package (moving
// it out of its old one) or removes it when it is a member — one Change per click. A click on a package
// boundary outside any compound makes that package the active one; so does a first click on a compound of a
// package when none is active. Refusals (locked package, no active package) show as messages.
import { t } from '../../../../shared/i18n';
import { packageAt } from '../../packages/hit';
import { refusalKey, toggleMember } from '../../packages/membership';
import { memberOf } from '../../packages/rows';
import { featuresAt } from '../geo/hitTest';
import type { Tool, ToolHost, ToolPointer } from './types';

export function createEditPackageTool(host: ToolHost): Tool {
  let busy = false; // one click at a time: the next click must see the previous one's confirmed rows
  return {
    click(e: ToolPointer) {
      const packages = host.packages;
      if (!packages || busy || e.button !== 0) return;
      const rows = packages.rows();
      const compound = featuresAt(host.hitIndex(), e.lngLat).find((f) => f.table === 'compounds');
      if (!compound) {
        const pkg = packageAt(rows.packages, e.lngLat);
        if (pkg) packages.setActive(pkg.id);
        return;
      }
      const activeId = packages.activeId();
      if (!activeId || !rows.packages[activeId]) {
        const current = memberOf(rows, compound.id);
        if (current) packages.setActive(current.package_id);
        else host.error(t('pkg.hint.choose'));
        return;
      }
      const result = toggleMember(rows, activeId, compound.id, packages.boundaryOf(), host.newId);
      if (!result.ok) {
        host.error(t(refusalKey(result.reason), result.params));
        return;
      }
      busy = true;
      void host.commit(result.change).finally(() => {
        busy = false;
      });
    },
    refresh() {
      host.map.setCursor('pointer');
    },
    deactivate() {
      host.map.setCursor('');
    },
  };
}
