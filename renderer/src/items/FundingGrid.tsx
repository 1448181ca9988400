// The funding-shares grid: one row per source, one column per item class, a percent input in each cell. Shared by
// the package's funding editor and the settings dialog's defaults, which differ only in how a cell is bound.
import { InputNumber, type InputNumberProps } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import { FUNDING_SOURCES, type FundingSource, ITEM_CLASSES, type ItemClass } from '../../../shared/model/funding';
import './messages';

interface Props {
  /** The control of one class's share from one source. */
  cell(cls: ItemClass, source: FundingSource): ReactNode;
  /** Rows after the sources' (the editor's sums). */
  children?: ReactNode;
  'data-testid'?: string;
}

export function FundingGrid({ cell, children, 'data-testid': testid }: Props) {
  return (
    <table className="rz-grid" data-testid={testid}>
      <thead>
        <tr>
          <th>{t('funding.source')}</th>
          {ITEM_CLASSES.map((c) => (
            <th key={c}>{t(`items.class.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {FUNDING_SOURCES.map((s) => (
          <tr key={s}>
            <td>{t(`funding.src.${s}`)}</td>
            {ITEM_CLASSES.map((c) => (
              <td key={c}>{cell(c, s)}</td>
            ))}
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}

/** A share in percent, 0–100 (value and onChange come from the caller or its Form.Item). */
export function SharePercentInput(props: InputNumberProps<number>) {
  return <InputNumber<number> size="small" min={0} max={100} suffix="%" {...props} />;
}
