// The list's own 重新检查 button: the same request as the 检查管线 command, spinning while a check runs.
import { Button } from 'antd';
import { t } from '../../../shared/i18n';
import { useConflicts } from './conflictStore';
import { requestPipelineCheck } from './uiState';
import './messages';

export function CheckButton() {
  const running = useConflicts((s) => s.running);
  return (
    <Button size="small" type="primary" loading={running} onClick={requestPipelineCheck} data-testid="pipes-check">
      {t('pipes.rerun')}
    </Button>
  );
}
