// Open / new / save-as in the browser host: recent files, a simple browser over fs.list (folders and .gpkg
// files), a path input and, for new and save-as, a file-name input. A backend refusal (not a project, newer
// version, locked …) is shown translated and nothing else happens: the current project stays open.
import { FileOutlined, FolderOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { DirListing, ProjectInfo, RecentFile } from '../../../../shared/api';
import { t } from '../../../../shared/i18n';
import { call, errorData } from '../../api';
import { useLang } from '../../i18n';
import { loadProject } from '../../state/store';
import { attempt, showError } from '../feedback';
import { type FileMode, useUi } from '../ui';
import { fileName } from '../windowTitle';
import { isProjectFile, joinPath, projectFileName } from './paths';

const TITLES: Record<FileMode, string> = { open: 'file.openTitle', new: 'file.newTitle', saveAs: 'file.saveAsTitle' };

export function FileDialog() {
  useLang((s) => s.lang);
  const mode = useUi((s) => s.fileDialog);
  const feedback = App.useApp();
  const [listing, setListing] = useState<DirListing | null>(null);
  const [dirInput, setDirInput] = useState('');
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const close = () => useUi.setState({ fileDialog: null });

  const browse = useCallback(
    async (dir?: string) => {
      try {
        const l = await call('fs.list', dir ? { dir } : {});
        setListing(l);
        setDirInput(l.dir);
      } catch (e) {
        showError(feedback, e);
      }
    },
    [feedback],
  );

  useEffect(() => {
    if (!mode) return;
    setPath('');
    setName('');
    void browse();
    call('project.recent', {})
      .then(setRecent)
      .catch(() => setRecent([]));
  }, [mode, browse]);

  const finish = async (run: () => Promise<ProjectInfo>) => {
    setBusy(true);
    const ok = await attempt(feedback, async () => {
      const info = await run();
      await loadProject(info);
      feedback.message.success(t('file.opened', { name: fileName(info.path) }));
    });
    setBusy(false);
    if (ok) close();
  };

  const saveAs = async (target: string) => {
    try {
      return await call('project.saveAs', { path: target });
    } catch (e) {
      if (errorData(e).code !== 'file.exists') throw e;
      const overwrite = await feedback.modal.confirm({ title: t('file.overwrite'), content: target });
      if (!overwrite) throw e;
      return call('project.saveAs', { path: target, overwrite: true });
    }
  };

  const submit = () => {
    if (mode === 'open') {
      if (path.trim()) void finish(() => call('project.open', { path: path.trim() }));
      return;
    }
    const file = projectFileName(name);
    if (!file || !listing) {
      feedback.message.warning(t('file.needName'));
      return;
    }
    const target = joinPath(listing.dir, file);
    void finish(() => (mode === 'new' ? call('project.create', { path: target }) : saveAs(target)));
  };

  const entries = (listing?.entries ?? []).filter((e) => e.isDir || isProjectFile(e.name));
  return (
    <Modal
      open={mode !== null}
      title={mode ? t(TITLES[mode]) : ''}
      onCancel={close}
      width={720}
      footer={null}
      destroyOnHidden
    >
      <div className="rz-filedialog" data-testid="file-dialog">
        {mode === 'open' ? (
          <section className="rz-recent">
            <h4>
              <HistoryOutlined /> {t('file.recent')}
            </h4>
            {recent.length === 0 ? <div className="rz-muted">{t('file.noRecent')}</div> : null}
            {recent.map((r) => (
              <button
                type="button"
                key={r.path}
                className="rz-entry"
                title={r.path}
                onClick={() => void finish(() => call('project.open', { path: r.path }))}
              >
                <FileOutlined /> {r.name || fileName(r.path)}
              </button>
            ))}
          </section>
        ) : null}
        <section className="rz-browser">
          <Space.Compact style={{ width: '100%' }}>
            <Button onClick={() => listing?.parent && void browse(listing.parent)} disabled={!listing?.parent}>
              {t('file.up')}
            </Button>
            <Input
              value={dirInput}
              onChange={(e) => setDirInput(e.target.value)}
              onPressEnter={() => void browse(dirInput)}
              data-testid="file-dir"
            />
            <Button onClick={() => void browse(dirInput)}>{t('file.go')}</Button>
          </Space.Compact>
          <div className="rz-entries" data-testid="file-entries">
            {entries.length === 0 ? <div className="rz-muted">{t('file.empty')}</div> : null}
            {entries.map((e) => (
              <button
                type="button"
                key={e.path}
                className={`rz-entry${e.path === path ? ' rz-entry-selected' : ''}`}
                onClick={() => (e.isDir ? void browse(e.path) : mode === 'open' ? setPath(e.path) : setName(e.name))}
                onDoubleClick={() =>
                  !e.isDir && mode === 'open' && void finish(() => call('project.open', { path: e.path }))
                }
              >
                {e.isDir ? <FolderOutlined /> : <FileOutlined />} {e.name}
              </button>
            ))}
          </div>
        </section>
      </div>
      <div className="rz-filedialog-footer">
        {mode === 'open' ? (
          <Space.Compact style={{ flex: 1 }}>
            <Space.Addon>{t('file.path')}</Space.Addon>
            <Input
              value={path}
              onChange={(e) => setPath(e.target.value)}
              onPressEnter={submit}
              data-testid="file-path"
            />
          </Space.Compact>
        ) : (
          <Space.Compact style={{ flex: 1 }}>
            <Space.Addon>{t('file.fileName')}</Space.Addon>
            <Input
              value={name}
              onChange={(e) => setName(e.target.value)}
              onPressEnter={submit}
              suffix=".gpkg"
              data-testid="file-name"
            />
          </Space.Compact>
        )}
        <Button type="primary" loading={busy} onClick={submit} data-testid="file-submit">
          {mode === 'open' ? t('file.open') : mode === 'new' ? t('file.create') : t('file.save')}
        </Button>
        {mode === 'open' ? (
          <Button onClick={() => void finish(() => call('project.openDemo', {}))} data-testid="file-demo">
            {t('file.demo')}
          </Button>
        ) : null}
      </div>
    </Modal>
  );
}
