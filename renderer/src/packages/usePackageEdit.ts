// Commits a package edit (a Change or a builder's refusal) and reports refusals and backend errors to the user.
import { App } from 'antd';
import { useCallback } from 'react';
import { t } from '../../../shared/i18n';
import type { Change } from '../../../shared/model/change';
import { showError } from '../app/feedback';
import { commit } from '../state/store';
import { type EditResult, refusalKey } from './membership';

export function usePackageEdit(): (edit: EditResult | Change) => Promise<boolean> {
  const feedback = App.useApp();
  return useCallback(
    async (edit) => {
      if ('ok' in edit && !edit.ok) {
        void feedback.message.warning(t(refusalKey(edit.reason), edit.params));
        return false;
      }
      const change = 'ok' in edit ? edit.change : edit;
      try {
        await commit(change);
        return true;
      } catch (e) {
        showError(feedback, e);
        return false;
      }
    },
    [feedback],
  );
}
