// The settings dialog's issue-3 sections: priority weights (relative) and the default funding shares per item
// class (percent; grade C: illustrative values). Both are fields of the one settings form, saved in one Change.
import { Alert, Form, InputNumber } from 'antd';
import { PRIORITY_TERMS } from '../../../../shared/analysis/priority';
import { t } from '../../../../shared/i18n';
import { FundingGrid, SharePercentInput } from '../../items/FundingGrid';
import '../../tables/messages';

// The joint review's section (issue 7): departments and design unit, saved by its own button.
export { ReviewSettings as ReviewSettingsFields } from '../../review/ReviewSettings';

export function PriorityWeightsFields() {
  return (
    <fieldset className="rz-fieldset" data-testid="settings-weights">
      <legend>{t('settings.section.priority')}</legend>
      <div className="rz-weights">
        {PRIORITY_TERMS.map((k) => (
          <Form.Item
            key={k}
            name={['priority_weights', k]}
            label={t(`settings.weight.${k}`)}
            rules={[{ required: true, type: 'number', min: 0, message: t('valid.min', { min: 0 }) }]}
            style={{ marginBottom: 4 }}
          >
            <InputNumber<number> min={0} step={0.05} style={{ width: 90 }} data-testid={`settings-weight-${k}`} />
          </Form.Item>
        ))}
      </div>
      <span className="rz-muted">{t('settings.weight.note')}</span>
    </fieldset>
  );
}

export function FundingDefaultsFields({ errors }: { errors: readonly string[] }) {
  return (
    <fieldset className="rz-fieldset" data-testid="settings-funding">
      <legend>{t('settings.section.funding')}</legend>
      <FundingGrid
        cell={(c, s) => (
          <Form.Item name={['funding', c, s]} noStyle>
            <SharePercentInput style={{ width: 96 }} data-testid={`settings-funding-${c}-${s}`} />
          </Form.Item>
        )}
      />
      {errors.map((e) => (
        <Alert
          key={e}
          type="error"
          showIcon
          message={e}
          style={{ marginTop: 6 }}
          data-testid="settings-funding-error"
        />
      ))}
      <div className="rz-muted" style={{ marginTop: 4 }}>
        {t('funding.gradeC')}
      </div>
    </fieldset>
  );
}
