// An eligibility state as the map draws it: the compound fill's colour swatch and the state's label. The attribute
// panel and the compound table both show it, so a state has one colour wherever the designer sees it.
import type { ReactNode } from 'react';
import type { EligibilityState } from '../../../shared/analysis/eligibility';
import { ELIGIBILITY_COLORS } from '../map/palette';

export function EligibilityBadge({
  state,
  children,
  testId,
}: {
  state: EligibilityState;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <span className="rz-eligibility" data-testid={testId} data-state={state}>
      <span className="rz-swatch" style={{ background: ELIGIBILITY_COLORS[state] }} />
      {children}
    </span>
  );
}
