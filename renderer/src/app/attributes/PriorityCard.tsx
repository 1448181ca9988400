// The compound's priority score explained term by term (issue 3 §1): for each term its normalised weight, the
// compound's value and the points they give, with the reason in words — why the compound ranks where it does.
import { Card } from 'antd';
import { useMemo } from 'react';
import { compoundPriority } from '../../../../shared/analysis/priority';
import { t } from '../../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import type { Compound, CompoundItem } from '../../../../shared/model/tables';
import { registerPackageMessages } from '../../packages/messages';
import { useStore } from '../../state/store';
import { formatNumber } from './useDerived';

registerPackageMessages();

export function PriorityCard({ compound }: { compound: Compound }) {
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  const catalog = useStore((s) => s.renovation_items);
  const items = useStore((s) => s.compound_items);
  const priority = useMemo(() => {
    const lines: CompoundItem[] = Object.values(items).filter((l) => l.compound_id === compound.id);
    return compoundPriority(compound, lines, catalog, settings);
  }, [compound, items, catalog, settings]);
  return (
    <Card
      size="small"
      className="rz-priority"
      title={t('priority.title')}
      extra={
        <strong data-testid="priority-score">{t('priority.score', { score: formatNumber(priority.score, 1) })}</strong>
      }
      data-testid="priority-card"
    >
      <ul className="rz-priority-terms">
        {priority.terms.map((term) => (
          <li key={term.key} data-testid={`priority-term-${term.key}`}>
            <span>{t(`priority.term.${term.key}`)}：</span>
            <span className="rz-priority-points">
              {t('priority.term', {
                weight: `${formatNumber(term.weight * 100)}%`,
                value: formatNumber(term.value, 2),
                points: formatNumber(term.points, 1),
              })}
            </span>
            <span className="rz-priority-explain">{t(term.explain.key, term.explain.params)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
