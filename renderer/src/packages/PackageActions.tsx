// Whole-package edits from the panel: split off the compounds selected on the map, merge another package into
// this one (this one keeps its name and takes over the other's review records), delete (members freed, review
// records deleted with it, after a confirmation that names them). Each is one undo step.
import { App, Button, Select, Space } from 'antd';
import { useMemo } from 'react';
import { RECORD_KINDS, referenceCounts, referenceParts } from '../../../shared/analysis/bundle/index';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Package } from '../../../shared/model/tables';
import { testId } from '../app/testId';
import { useStore } from '../state/store';
import { boundaryFor } from './boundary';
import { deletePackage, mergePackages, splitPackage } from './membership';
import { referencesOf } from './rows';
import { usePackageEdit } from './usePackageEdit';

export function PackageActions({ pkg, memberCount }: { pkg: Package; memberCount: number }) {
  const run = usePackageEdit();
  const { modal } = App.useApp();
  const packages = useStore((s) => s.packages);
  const others = useMemo(
    () =>
      Object.values(packages)
        .filter((p) => p.id !== pkg.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    [packages, pkg.id],
  );
  const boundary = () => boundaryFor(useStore.getState().project?.settings ?? DEFAULT_SETTINGS);

  const split = () => {
    const s = useStore.getState();
    const chosen = s.selection.filter((r) => r.table === 'compounds').map((r) => r.id);
    void run(splitPackage(s, pkg.id, chosen, boundary(), () => crypto.randomUUID()));
  };
  const merge = (otherId: string) => void run(mergePackages(useStore.getState(), pkg.id, otherId, boundary()));
  const remove = async () => {
    const records = referenceParts(referenceCounts(pkg, referencesOf(useStore.getState())), t, RECORD_KINDS);
    const ok = await modal.confirm({
      title: t('delete.confirmTitle'),
      content: `${t('pkg.deleteConfirm', { name: pkg.name, n: memberCount })}${
        records ? t('dissolve.ownRecords', { parts: records }) : ''
      }`,
      okText: t('delete.ok'),
      okButtonProps: { danger: true, ...testId('pkg-delete-ok') },
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    if (await run(deletePackage(useStore.getState(), pkg.id))) useStore.setState({ activePackageId: null });
  };

  return (
    <Space wrap size={4} className="rz-pkg-actions">
      <Button size="small" onClick={split} disabled={pkg.locked} data-testid="pkg-split">
        {t('pkg.actions.split')}
      </Button>
      <Select
        size="small"
        style={{ width: 170 }}
        value={null}
        placeholder={t('pkg.actions.mergeWith')}
        disabled={pkg.locked || others.length === 0}
        onChange={(id: string | null) => id && merge(id)}
        options={others.map((p) => ({ value: p.id, label: p.name, disabled: p.locked }))}
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="pkg-merge"
      />
      <Button size="small" danger onClick={() => void remove()} disabled={pkg.locked} data-testid="pkg-delete">
        {t('pkg.actions.delete')}
      </Button>
    </Space>
  );
}
