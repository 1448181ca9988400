// How the shell tells the user about failures: backend errors are translated from their code (errorText), never
// shown as raw developer detail. The antd `App` instances arrive from the component tree (App.useApp()).
import type { App } from 'antd';
import { errorText, t } from '../../../shared/i18n';
import { errorData } from '../api';

export type Feedback = Pick<ReturnType<typeof App.useApp>, 'message' | 'modal'>;

export function showError(feedback: Feedback, e: unknown): void {
  feedback.modal.error({ title: t('common.error'), content: errorText(errorData(e)), okText: t('common.ok') });
}

/** Runs an async user action and reports its failure; resolves to false when it failed. */
export async function attempt(feedback: Feedback, action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (e) {
    showError(feedback, e);
    return false;
  }
}
