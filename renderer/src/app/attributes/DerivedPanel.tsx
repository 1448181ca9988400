// The derived section under the form: computed values and, for a compound, its eligibility with reasons.
import { Descriptions } from 'antd';
import { t } from '../../../../shared/i18n';
import { EligibilityBadge } from '../EligibilityBadge';
import type { DerivedView } from './useDerived';

export function DerivedPanel({ derived }: { derived: DerivedView }) {
  const e = derived.eligibility;
  return (
    <div className="rz-derived" data-testid="derived">
      <Descriptions
        size="small"
        column={1}
        bordered
        title={t('derived.title')}
        items={[
          ...(e
            ? [
                {
                  key: 'eligibility',
                  label: t('derived.eligibility'),
                  children: (
                    <div data-testid="derived-eligibility" data-state={e.state}>
                      <EligibilityBadge state={e.state}>{e.label}</EligibilityBadge>
                      {e.reasons.length > 0 ? (
                        <ul className="rz-reasons">
                          {e.reasons.map((r) => (
                            <li key={r}>{r}</li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  ),
                },
              ]
            : []),
          ...derived.rows.map((r) => ({
            key: r.testid,
            label: r.label,
            children: <span data-testid={r.testid}>{r.value}</span>,
          })),
        ]}
      />
    </div>
  );
}
