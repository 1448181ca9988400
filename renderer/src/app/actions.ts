// The effects behind the command table, wired to the store, the backend and the shell's dialogs.
import { getLang, t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { call } from '../api';
import { switchLang } from '../i18n';
import { boundaryFor } from '../packages/boundary';
import { usePackagesUi } from '../packages/packagesUi';
import { commit, loadProject, redo, undo, useStore } from '../state/store';
import type { CommandActions } from './commands';
import { planDelete } from './deleteSelection';
import { attempt, type Feedback } from './feedback';
import { testId } from './testId';
import { useUi } from './ui';

export function deleteSummary(counts: { compounds: number; buildings: number }): string {
  return counts.compounds > 0
    ? t('change.deleteCompounds', { c: counts.compounds, b: counts.buildings })
    : t('change.deleteBuildings', { b: counts.buildings });
}

export function makeActions(feedback: Feedback): CommandActions {
  const deleteSelection = async () => {
    const s = useStore.getState();
    const plan = planDelete(s.selection, s.compounds, s.buildings, deleteSummary, {
      packages: s.packages,
      package_members: s.package_members,
      compound_items: s.compound_items,
      boundaryOf: boundaryFor(s.project?.settings ?? DEFAULT_SETTINGS),
    });
    if (!plan) return;
    if (plan.compoundCount > 0) {
      // Deleting compounds takes their buildings with them: say how many before doing it.
      const ok = await feedback.modal.confirm({
        title: t('delete.confirmTitle'),
        content: t('delete.confirmCascade', { c: plan.compoundCount, b: plan.buildingCount }),
        okText: t('delete.ok'),
        okButtonProps: { danger: true, ...testId('delete-confirm-ok') },
        cancelText: t('common.cancel'),
      });
      if (!ok) return;
    }
    await attempt(feedback, () => commit(plan.change));
  };
  return {
    setTool: (tool) => useStore.setState({ tool }),
    toggleSnapping: () => useStore.setState((s) => ({ snapping: !s.snapping })),
    deleteSelection,
    undo: () => void attempt(feedback, undo),
    redo: () => void attempt(feedback, redo),
    openFileDialog: (mode) => useUi.setState({ fileDialog: mode }),
    openDemo: () => void attempt(feedback, async () => loadProject(await call('project.openDemo', {}))),
    closeProject: () =>
      void attempt(feedback, async () => {
        await call('project.close', {});
        await loadProject(null);
      }),
    openSettings: () => useUi.setState({ settingsOpen: true }),
    toggleLang: () => switchLang(getLang() === 'zh' ? 'en' : 'zh'),
    openBundleDialog: () => usePackagesUi.setState({ bundleOpen: true }),
  };
}
