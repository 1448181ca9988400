// The audience window (演示窗口, opened by the presenter with the #review-audience hash): the same app showing only
// the presentation, following the presenter over a BroadcastChannel. It reads the open project from the same
// backend and follows its changes, so opinions and marks saved by the presenter appear here as well.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { t } from '../../../shared/i18n';
import { call } from '../api';
import { registerUiMessages, useLang } from '../i18n';
import { followLeftoverUpdates } from '../leftover/leftoverStore';
import { runPipelineCheck } from '../pipelines/conflictStore';
import { followBackend, loadProject, useStore } from '../state/store';
import { Presentation } from './Presentation';
import { useReview } from './reviewState';
import { followPresenter } from './sync';
import './review.css';

registerUiMessages();

function Audience() {
  const phase = useReview((s) => s.phase);
  const project = useStore((s) => s.project);
  useEffect(() => {
    followBackend();
    void call('project.current', {})
      .then(loadProject)
      .then(() => runPipelineCheck())
      .catch(() => undefined);
    const stopLeftover = followLeftoverUpdates();
    const stopSync = followPresenter(() => useReview.setState({ phase: 'off' }));
    useReview.setState({ role: 'audience' });
    document.title = t('review.audienceWindow');
    return () => {
      stopSync();
      stopLeftover();
    };
  }, []);
  if (phase !== 'presenting' || !project) return <div className="rz-rv-waiting">{t('review.audienceWaiting')}</div>;
  return <Presentation onExit={() => window.close()} />;
}

export function AudienceApp() {
  const lang = useLang((s) => s.lang);
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <AntApp>
        <Audience />
      </AntApp>
    </ConfigProvider>
  );
}
