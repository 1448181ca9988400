// 自动打包 (issue 3 §2): bundling options initialised from the project's last-used settings (bundle_*),
// "预览" runs the backend's bundling as a dry run and lists the packages; "执行" writes them as one undo step and
// mirrors the returned change. Locked packages and their compounds are kept, and the dialog says so. Packages the
// bundling would delete are listed with what goes with them (references.ts); when that includes review opinions or
// annotations, 执行 asks first.
import { Alert, App, Button, Checkbox, Form, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { dissolvedList, losesReviewRecords } from '../../../shared/analysis/bundle/index';
import type { BundleResult } from '../../../shared/api';
import { t } from '../../../shared/i18n';
import {
  BUNDLE_BOUNDARIES,
  type BundledPackage,
  type BundleOptions,
  type DissolvedPackage,
} from '../../../shared/model/bundle';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../shared/model/settings';
import { call } from '../api';
import { useFillOnOpen } from '../app/dialogs/useFillOnOpen';
import { showError } from '../app/feedback';
import { testId } from '../app/testId';
import { useLang } from '../i18n';
import { mirrorChange, useStore } from '../state/store';
import { registerPackageMessages } from './messages';
import { usePackagesUi } from './packagesUi';

registerPackageMessages();

export const optionsFromSettings = (s: ProjectSettings): BundleOptions => ({
  distance_m: s.bundle_distance_m,
  same: s.bundle_same,
  only_eligible: s.bundle_only_eligible,
  max_compounds: s.bundle_max_compounds,
  max_households: s.bundle_max_households,
});

const close = () => usePackagesUi.setState({ bundleOpen: false });

export function BundleDialog() {
  useLang((s) => s.lang);
  const open = usePackagesUi((s) => s.bundleOpen);
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  const lockedCount = useStore((s) => Object.values(s.packages).filter((p) => p.locked).length);
  const feedback = App.useApp();
  const [form] = Form.useForm<BundleOptions>();
  const [running, setRunning] = useState<'preview' | 'apply' | null>(null);
  const [preview, setPreview] = useState<BundledPackage[] | null>(null);
  const [dissolved, setDissolved] = useState<DissolvedPackage[]>([]);

  useFillOnOpen(open, settings, (current) => {
    form.setFieldsValue(optionsFromSettings(current));
    setPreview(null);
    setDissolved([]);
  });

  /** Whether the user agrees to delete the review records `list` takes along (asked only when there are some). */
  const confirmDissolve = async (list: DissolvedPackage[]): Promise<boolean> =>
    !losesReviewRecords(list) ||
    (await feedback.modal.confirm({
      title: t('dissolve.confirmTitle'),
      content: t('dissolve.will', { n: list.length, list: dissolvedList(list, t) }),
      okText: t('dissolve.confirmOk'),
      okButtonProps: { danger: true, ...testId('bundle-dissolve-ok') },
      cancelText: t('common.cancel'),
    }));

  const run = async (dryRun: boolean) => {
    const options = await form.validateFields().catch(() => null);
    if (!options) return;
    setRunning(dryRun ? 'preview' : 'apply');
    try {
      // 执行 runs the same bundling dry first to learn what it deletes (options may have changed since 预览).
      const dry: BundleResult = await call('packages.bundle', { options, dryRun: true });
      setDissolved(dry.dissolved);
      if (dryRun) setPreview(dry.packages);
      else if (await confirmDissolve(dry.dissolved)) {
        const result: BundleResult = await call('packages.bundle', { options, dryRun: false });
        if (result.applied) mirrorChange(result.applied.change, result.applied.history);
        void feedback.message.success(
          result.applied ? t('bundle.applied', { n: result.packages.length }) : t('bundle.unchanged'),
        );
        close();
      }
    } catch (e) {
      showError(feedback, e);
    } finally {
      setRunning(null);
    }
  };

  const covered = preview?.reduce((n, p) => n + p.compounds, 0) ?? 0;
  return (
    <Modal
      open={open}
      title={t('bundle.title')}
      onCancel={close}
      width={620}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close} disabled={running !== null}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void run(true)}
            loading={running === 'preview'}
            disabled={running === 'apply'}
            data-testid="bundle-preview"
          >
            {t('bundle.preview')}
          </Button>
          <Button
            type="primary"
            onClick={() => void run(false)}
            loading={running === 'apply'}
            disabled={running === 'preview'}
            data-testid="bundle-apply"
          >
            {t('bundle.apply')}
          </Button>
        </Space>
      }
    >
      <Form form={form} size="small" layout="horizontal" labelCol={{ flex: '11em' }} data-testid="bundle-form">
        <Form.Item name="distance_m" label={t('bundle.distance')} rules={[{ required: true }]}>
          <InputNumber<number> min={0} max={5000} step={10} style={{ width: 160 }} data-testid="bundle-distance" />
        </Form.Item>
        <Form.Item name="same" label={t('bundle.same')}>
          <Select
            style={{ width: 200 }}
            options={BUNDLE_BOUNDARIES.map((b) => ({ value: b, label: t(`bundle.same.${b}`) }))}
            data-testid="bundle-same"
          />
        </Form.Item>
        <Form.Item name="only_eligible" label={t('bundle.onlyEligible')} valuePropName="checked">
          <Checkbox data-testid="bundle-only-eligible" />
        </Form.Item>
        <Form.Item name="max_compounds" label={t('bundle.maxCompounds')}>
          <InputNumber<number>
            min={1}
            precision={0}
            placeholder={t('bundle.unlimited')}
            style={{ width: 160 }}
            data-testid="bundle-max-compounds"
          />
        </Form.Item>
        <Form.Item name="max_households" label={t('bundle.maxHouseholds')}>
          <InputNumber<number> min={1} precision={0} placeholder={t('bundle.unlimited')} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {lockedCount > 0 ? (
        <Alert type="info" showIcon title={t('bundle.lockedKept', { n: lockedCount })} style={{ marginBottom: 8 }} />
      ) : null}
      {dissolved.length > 0 ? (
        <Alert
          type={losesReviewRecords(dissolved) ? 'warning' : 'info'}
          showIcon
          title={t('dissolve.will', { n: dissolved.length, list: dissolvedList(dissolved, t) })}
          style={{ marginBottom: 8 }}
          data-testid="bundle-dissolved"
        />
      ) : null}
      {preview ? (
        <div data-testid="bundle-preview-result" data-count={preview.length}>
          <p>{t('bundle.result', { n: preview.length, c: covered })}</p>
          <Table<BundledPackage>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={preview}
            columns={[
              { key: 'name', dataIndex: 'name', title: t('bundle.col.name') },
              { key: 'compounds', dataIndex: 'compounds', title: t('bundle.col.compounds'), align: 'right' },
              { key: 'households', dataIndex: 'households', title: t('bundle.col.households'), align: 'right' },
              {
                key: 'locked',
                dataIndex: 'locked',
                title: t('bundle.col.locked'),
                render: (v: boolean) => (v ? '✓' : ''),
              },
            ]}
          />
        </div>
      ) : null}
    </Modal>
  );
}
