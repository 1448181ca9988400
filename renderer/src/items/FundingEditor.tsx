// Editing a package's funding shares: percent per source (rows) and item class (columns). Saving puts the package
// row with its own `funding` (one Change); a class whose shares do not add up to 100 % is refused with a message.
import { Alert, App, Button, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import { type FundingByClass, ITEM_CLASSES } from '../../../shared/model/funding';
import type { Package } from '../../../shared/model/tables';
import { attempt } from '../app/feedback';
import { commit } from '../state/store';
import { FundingGrid, SharePercentInput } from './FundingGrid';
import { classPercentSum, type FundingPercents, fromFundingPercents, toFundingPercents } from './fundingForm';
import './messages';

interface Props {
  pkg: Package;
  /** The shares in force (the package's own or the project's defaults). */
  funding: FundingByClass;
  open: boolean;
  onClose: () => void;
}

export function FundingEditor({ pkg, funding, open, onClose }: Props) {
  const feedback = App.useApp();
  const [percents, setPercents] = useState<FundingPercents>(() => toFundingPercents(funding));
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    if (open) {
      setPercents(toFundingPercents(funding));
      setErrors([]);
    }
  }, [open, funding]);

  const save = async () => {
    const parsed = fromFundingPercents(percents);
    if (parsed.kind === 'invalid') {
      setErrors(parsed.problems.map((p) => t('funding.sumError', { cls: t(`items.class.${p.cls}`), sum: p.sum })));
      return;
    }
    const change = {
      ops: [{ op: 'put' as const, table: 'packages' as const, row: { ...pkg, funding: parsed.funding } }],
      summary: t('funding.summary', { name: pkg.name }),
    };
    if (await attempt(feedback, () => commit(change))) onClose();
  };

  return (
    <Modal
      open={open}
      title={`${t('funding.title')} · ${pkg.name}`}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'funding-save' } as Record<string, string>}
      width={640}
    >
      <FundingGrid
        data-testid="funding-form"
        cell={(c, s) => (
          <SharePercentInput
            value={percents[c][s]}
            onChange={(v) => setPercents((p) => ({ ...p, [c]: { ...p[c], [s]: v } }))}
            data-testid={`funding-${c}-${s}`}
            style={{ width: 100 }}
          />
        )}
      >
        <tr>
          <td>Σ</td>
          {ITEM_CLASSES.map((c) => (
            <td key={c} data-testid={`funding-sum-${c}`}>
              {Math.round(classPercentSum(percents, c) * 100) / 100}%
            </td>
          ))}
        </tr>
      </FundingGrid>
      <Space direction="vertical" style={{ marginTop: 8, width: '100%' }}>
        {errors.map((e) => (
          <Alert key={e} type="error" showIcon message={e} data-testid="funding-error" />
        ))}
        <span className="rz-muted">{t('funding.gradeC')}</span>
      </Space>
    </Modal>
  );
}

/** "恢复默认": the package's funding back to null (the project's defaults), one Change. */
export function ResetFundingButton({ pkg }: { pkg: Package }) {
  const feedback = App.useApp();
  const reset = () =>
    attempt(feedback, () =>
      commit({
        ops: [{ op: 'put', table: 'packages', row: { ...pkg, funding: null } }],
        summary: t('funding.summary.reset', { name: pkg.name }),
      }),
    );
  return (
    <Button size="small" disabled={pkg.funding === null} onClick={() => void reset()} data-testid="funding-reset">
      {t('funding.reset')}
    </Button>
  );
}
