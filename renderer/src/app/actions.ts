// The effects behind the command table, wired to the store, the backend and the shell's dialogs.

import { dissolvedList, RECORD_KINDS, referenceParts } from '../../../shared/analysis/bundle/index';
import { getLang, t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { call } from '../api';
import { switchLang } from '../i18n';
import { zoomToProject, zoomToSelection } from '../map/zoomTo';
import { boundaryFor } from '../packages/boundary';
import { usePackagesUi } from '../packages/packagesUi';
import { commit, loadProject, redo, undo, useStore } from '../state/store';
import type { CommandActions } from './commands';
import { carriedText, deleteSummary, planDelete } from './deleteSelection';
import { attempt, type Feedback } from './feedback';
import { testId } from './testId';
import { useUi } from './ui';
import { fileName } from './windowTitle';

export function makeActions(feedback: Feedback): CommandActions {
  const deleteSelection = async () => {
    const s = useStore.getState();
    // Every selectable kind is deleted the same way (one change, one undo step); the store holds all their rows.
    const plan = planDelete(s.selection, s.compounds, s.buildings, deleteSummary, {
      ...s,
      boundaryOf: boundaryFor(s.project?.settings ?? DEFAULT_SETTINGS),
    });
    if (!plan) return;
    if (plan.compoundCount > 0) {
      // Deleting compounds takes what lies on them with them: say how many before doing it.
      const carried = carriedText(plan.carried);
      const counts = { c: plan.compoundCount, b: plan.buildingCount };
      const withRecords = plan.emptiedPackages.filter((d) => referenceParts(d, t, RECORD_KINDS) !== '');
      const records =
        withRecords.length > 0 ? t('dissolve.emptied', { list: dissolvedList(withRecords, t, RECORD_KINDS) }) : '';
      const ok = await feedback.modal.confirm({
        title: t('delete.confirmTitle'),
        content: `${
          carried ? t('delete.confirmCarried', { ...counts, rest: carried }) : t('delete.confirmCascade', counts)
        }${records}`,
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
    confirmSaved: () => {
      const path = useStore.getState().project?.path;
      if (path)
        // One toast however often it is pressed (the key replaces the last one).
        void feedback.message.success({ content: t('file.autoSaved', { name: fileName(path) }), key: 'saved' });
    },
    openSettings: () => useUi.setState({ settingsOpen: true }),
    toggleLang: () => switchLang(getLang() === 'zh' ? 'en' : 'zh'),
    openBundleDialog: () => usePackagesUi.setState({ bundleOpen: true }),
    zoomToProject,
    zoomToSelection,
  };
}
