// "接受（采取安全措施）": the designer states the safety measure; the review is saved as one Change and the
// conflict stays listed as 已接受 with that note.
import { App, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import { attempt } from '../app/feedback';
import { commit } from '../state/store';
import type { ConflictRow } from './conflictRows';
import { acceptConflictChange } from './reviewChange';
import './messages';

export function AcceptDialog({ conflict, onClose }: { conflict: ConflictRow | null; onClose(): void }) {
  const feedback = App.useApp();
  const [note, setNote] = useState('');
  useEffect(() => setNote(conflict?.review?.note ?? ''), [conflict]);
  const save = async () => {
    if (!conflict) return;
    if (note.trim() === '') {
      feedback.message.warning(t('pipes.accept.needNote'));
      return;
    }
    const summary = t('pipes.accept.summary', { rule: t(`pipes.rule.${conflict.rule}`) });
    if (await attempt(feedback, () => commit(acceptConflictChange(conflict, note, new Date(), summary)))) onClose();
  };
  return (
    <Modal
      open={conflict !== null}
      title={t('pipes.accept.title')}
      onOk={() => void save()}
      onCancel={onClose}
      okText={t('pipes.accept')}
      okButtonProps={{ 'data-testid': 'pipes-accept-ok' }}
      destroyOnHidden
    >
      <Input.TextArea
        rows={3}
        maxLength={2000}
        value={note}
        placeholder={t('pipes.accept.placeholder')}
        onChange={(e) => setNote(e.target.value)}
        data-testid="pipes-accept-note"
      />
    </Modal>
  );
}
