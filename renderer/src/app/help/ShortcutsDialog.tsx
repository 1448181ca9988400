// 快捷键一览: every shortcut and mouse gesture the app reads, grouped as the designer meets them (F1 or ?).
// Built from the command table and the tools' own key tables (shortcutSheet.ts), so it lists what really works.
import { Modal } from 'antd';
import { Fragment, useMemo } from 'react';
import { t } from '../../../../shared/i18n';
import { useLang } from '../../i18n';
import { useCommands } from '../commandsContext';
import { closeShortcutSheet, useHelpUi } from './helpState';
import { keyCaps, type SheetGroup, shortcutSheet } from './shortcutSheet';
import './help.css';

function Keys({ tokens }: { tokens: readonly string[] }) {
  return (
    <span className="rz-help-keys">
      {tokens.map((token, i) => (
        <Fragment key={token}>
          {i > 0 ? <span className="rz-help-or">{t('help.or')}</span> : null}
          {keyCaps(token, (k) => t(k)).map((cap, j) => (
            <Fragment key={`${cap}-${j.toString()}`}>
              {j > 0 ? '+' : null}
              <kbd>{cap}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
}

function Group({ group }: { group: SheetGroup }) {
  return (
    <section className="rz-help-group" data-testid={`help-group-${group.id}`}>
      <h4>{t(group.titleKey)}</h4>
      <table>
        <tbody>
          {group.rows.map((row) => (
            <tr key={row.labelKey}>
              <td>{t(row.labelKey)}</td>
              <td>
                <Keys tokens={row.keys} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ShortcutsDialog() {
  useLang((s) => s.lang);
  const open = useHelpUi((s) => s.open);
  const commands = useCommands();
  const groups = useMemo(() => shortcutSheet(commands.values()), [commands]);
  return (
    <Modal open={open} title={t('help.title')} onCancel={closeShortcutSheet} footer={null} width={920} destroyOnHidden>
      <p className="rz-help-hint">{t('help.hint')}</p>
      <div className="rz-help-columns" data-testid="shortcuts-sheet">
        {groups.map((g) => (
          <Group key={g.id} group={g} />
        ))}
      </div>
    </Modal>
  );
}
