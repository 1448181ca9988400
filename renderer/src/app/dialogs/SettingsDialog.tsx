// 项目设置: saving commits one Change of `settings` puts (undoable like any edit).
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { gkZoneEpsg } from '../../../../shared/geo/crs';
import { t } from '../../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { useLang } from '../../i18n';
import { commit, useStore } from '../../state/store';
import { attempt } from '../feedback';
import { FundingDefaultsFields, PriorityWeightsFields, ReviewSettingsFields } from '../settings/SettingsExtras';
import { dataCentreLon, GK_ZONES, type SettingsForm, settingsChange, toSettingsForm } from '../settings/settingsForm';
import { testId } from '../testId';
import { useUi } from '../ui';
import { useFillOnOpen } from './useFillOnOpen';

function useAutoEpsg(): number {
  const compounds = useStore((s) => s.compounds);
  const fallback = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  return useMemo(() => {
    const lon = dataCentreLon(Object.values(compounds).flatMap((c) => c.geometry.coordinates.slice(0, 1)));
    return lon === null ? fallback : gkZoneEpsg(lon);
  }, [compounds, fallback]);
}

export function SettingsDialog() {
  useLang((s) => s.lang);
  const open = useUi((s) => s.settingsOpen);
  const settings = useStore((s) => s.project?.settings ?? null);
  const autoEpsg = useAutoEpsg();
  const [form] = Form.useForm<SettingsForm>();
  const feedback = App.useApp();
  const [fundingErrors, setFundingErrors] = useState<string[]>([]);
  const close = () => useUi.setState({ settingsOpen: false });

  useFillOnOpen(open, settings, (current) => {
    form.setFieldsValue(toSettingsForm(current));
    setFundingErrors([]);
  });

  const save = async () => {
    if (!settings) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = settingsChange(settings, form.getFieldsValue(true), autoEpsg, t('change.settings'), (p) =>
      t('funding.sumError', { cls: t(`items.class.${p.cls}`), sum: p.sum }),
    );
    setFundingErrors(
      result.kind === 'invalid' ? result.issues.filter((i) => i.field === 'funding').map((i) => i.message) : [],
    );
    if (result.kind === 'invalid') {
      form.setFields(
        result.issues.filter((i) => i.field !== 'funding').map((i) => ({ name: i.field, errors: [i.message] })),
      );
      return;
    }
    if (result.kind === 'change' && !(await attempt(feedback, () => commit(result.change)))) return;
    feedback.message.success(result.kind === 'change' ? t('settings.saved') : t('settings.unchanged'));
    close();
  };

  const crsOptions = [
    { value: 'auto' as const, label: t('settings.auto', { epsg: autoEpsg }) },
    ...GK_ZONES.map((z) => ({ value: z.epsg, label: t('settings.zone', { cm: z.centralMeridian, epsg: z.epsg }) })),
  ];
  return (
    <Modal
      open={open}
      title={t('settings.title')}
      onCancel={close}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={testId('settings-save')}
      forceRender
      width={720}
      styles={{ body: { maxHeight: '72vh', overflowY: 'auto' } }}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '12em' }} size="small" data-testid="settings-form">
        <Form.Item
          name="project_name"
          label={t('settings.project_name')}
          rules={[{ required: true, message: t('valid.required') }]}
        >
          <Input maxLength={200} data-testid="settings-project_name" />
        </Form.Item>
        <Form.Item
          name="cutoff_year"
          label={t('settings.cutoff_year')}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 1949,
              max: 2100,
              message: t('valid.range', { min: 1949, max: 2100 }),
            },
          ]}
        >
          <InputNumber<number> precision={0} style={{ width: '100%' }} data-testid="settings-cutoff_year" />
        </Form.Item>
        <Form.Item
          name="consent_percent"
          label={t('settings.consent_threshold')}
          rules={[
            { required: true, type: 'number', min: 0, max: 100, message: t('valid.range', { min: 0, max: 100 }) },
          ]}
        >
          <InputNumber<number> suffix="%" style={{ width: '100%' }} data-testid="settings-consent" />
        </Form.Item>
        <Form.Item
          name="storey_height_m"
          label={t('settings.storey_height_m')}
          rules={[{ required: true, type: 'number', min: 2, max: 10, message: t('valid.range', { min: 2, max: 10 }) }]}
        >
          <InputNumber<number> step={0.1} style={{ width: '100%' }} data-testid="settings-storey" />
        </Form.Item>
        <Form.Item name="crs" label={t('settings.metric_epsg')}>
          <Select options={crsOptions} data-testid="settings-crs" />
        </Form.Item>
        <PriorityWeightsFields />
        <FundingDefaultsFields errors={fundingErrors} />
        <ReviewSettingsFields />
      </Form>
    </Modal>
  );
}
