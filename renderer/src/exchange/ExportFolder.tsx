// A folder picker for the export dialog over the backend's fs.list: go up, open a folder, "use this folder".
// The file name stays what the dialog has; only the folder part of the output path changes.
import { FolderOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { DirListing } from '../../../shared/api';
import { t } from '../../../shared/i18n';
import { call } from '../api';
import { showError } from '../app/feedback';

export function ExportFolder({ start, onPick }: { start: string; onPick: (dir: string) => void }) {
  const feedback = App.useApp();
  const [listing, setListing] = useState<DirListing | null>(null);
  const browse = useCallback(
    async (dir?: string) => {
      try {
        setListing(await call('fs.list', dir ? { dir } : {}));
      } catch (e) {
        showError(feedback, e);
      }
    },
    [feedback],
  );
  useEffect(() => {
    void browse(start || undefined);
  }, [browse, start]);
  const folders = (listing?.entries ?? []).filter((e) => e.isDir);
  return (
    <div className="rz-export-folder" data-testid="export-folder">
      <Space.Compact style={{ width: '100%' }}>
        <Button onClick={() => listing?.parent && void browse(listing.parent)} disabled={!listing?.parent}>
          {t('file.up')}
        </Button>
        <Button style={{ flex: 1, textAlign: 'left', overflow: 'hidden' }} disabled>
          {listing?.dir ?? ''}
        </Button>
        <Button type="primary" onClick={() => listing && onPick(listing.dir)} data-testid="export-folder-use">
          {t('export.dialog.useFolder')}
        </Button>
      </Space.Compact>
      <div className="rz-entries" style={{ maxHeight: 180, overflow: 'auto' }}>
        {folders.length === 0 ? <div className="rz-muted">{t('file.empty')}</div> : null}
        {folders.map((e) => (
          <button type="button" key={e.path} className="rz-entry" onClick={() => void browse(e.path)}>
            <FolderOutlined /> {e.name}
          </button>
        ))}
      </div>
    </div>
  );
}
