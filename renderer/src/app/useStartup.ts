// Start-up: follow backend events, then show the project the backend already has open (the demo copy on first
// launch). The window title follows the open project.
import { App } from 'antd';
import { useEffect } from 'react';
import { t } from '../../../shared/i18n';
import { call } from '../api';
import { useLang } from '../i18n';
import { followBackend, loadProject, useStore } from '../state/store';
import { attempt } from './feedback';
import { windowTitle } from './windowTitle';

export function useStartup(): void {
  const feedback = App.useApp();
  useEffect(() => {
    followBackend();
    void attempt(feedback, async () => loadProject(await call('project.current', {})));
  }, [feedback]);

  const lang = useLang((s) => s.lang);
  const project = useStore((s) => s.project);
  useEffect(() => {
    void lang;
    document.title = windowTitle(project, t('app.name'));
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [project, lang]);
}
