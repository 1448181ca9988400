// Runs the pipeline check when the 检查管线 command asks (usePipelineUi.checkRequest), with a busy indicator
// and the result (or the backend's error) as a message; it also opens the 管线冲突 tab. Mounted once, in the toolbar.
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { errorText, t } from '../../../shared/i18n';
import { BackendError } from '../api';
import { useStore } from '../state/store';
import { showBottomTab } from '../tables/panelState';
import { openCount } from './conflictRows';
import { runPipelineCheck } from './conflictStore';
import { usePipelineUi } from './uiState';
import './messages';

export async function runCheckWithFeedback(message: ReturnType<typeof App.useApp>['message']): Promise<void> {
  const close = message.loading({ content: t('pipes.running'), key: 'pipes-check', duration: 0 });
  try {
    const result = await runPipelineCheck();
    const open = openCount(result.conflicts, useStore.getState().conflict_reviews);
    message.success({ content: t('pipes.checked', { open, total: result.conflicts.length }), key: 'pipes-check' });
  } catch (err) {
    close();
    message.error(err instanceof BackendError ? errorText(err.data) : String(err));
  }
}

export function CheckRunner() {
  const { message } = App.useApp();
  const request = usePipelineUi((s) => s.checkRequest);
  const seen = useRef(request);
  useEffect(() => {
    if (request === seen.current) return;
    seen.current = request;
    showBottomTab('pipes');
    void runCheckWithFeedback(message);
  }, [request, message]);
  return null;
}
