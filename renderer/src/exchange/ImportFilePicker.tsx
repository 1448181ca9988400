// The import dialog's file browser: folders and importable files from the backend's fs.list (the browser host
// cannot open a native dialog). Clicking a folder enters it; clicking a file picks it.
import { FileOutlined, FolderOutlined } from '@ant-design/icons';
import { App, Button, List } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { DirListing } from '../../../shared/api';
import { t } from '../../../shared/i18n';
import { call } from '../api';
import { showError } from '../app/feedback';
import { IMPORT_EXTENSIONS } from './importState';

export function ImportFilePicker({ start, onPick }: { start: string; onPick: (path: string) => void }) {
  const feedback = App.useApp();
  const [listing, setListing] = useState<DirListing | null>(null);
  const browse = useCallback(
    async (dir?: string) => {
      try {
        setListing(await call('fs.list', { ...(dir ? { dir } : {}), extensions: IMPORT_EXTENSIONS }));
      } catch (e) {
        showError(feedback, e);
      }
    },
    [feedback],
  );
  useEffect(() => {
    void browse(start || undefined);
  }, [browse, start]);
  if (!listing) return null;
  return (
    <div className="rz-import-picker" data-testid="import-picker">
      <div className="rz-muted" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Button size="small" disabled={!listing.parent} onClick={() => void browse(listing.parent ?? undefined)}>
          {t('import.dialog.up')}
        </Button>
        <span style={{ wordBreak: 'break-all' }}>{listing.dir}</span>
      </div>
      <List
        size="small"
        style={{ maxHeight: 180, overflow: 'auto' }}
        locale={{ emptyText: t('import.dialog.emptyFolder') }}
        dataSource={listing.entries}
        renderItem={(e) => (
          <List.Item
            style={{ cursor: 'pointer' }}
            onClick={() => (e.isDir ? void browse(e.path) : onPick(e.path))}
            data-testid={`import-entry-${e.name}`}
          >
            {e.isDir ? <FolderOutlined /> : <FileOutlined />} {e.name}
          </List.Item>
        )}
      />
    </div>
  );
}
