// The parts every job dialog shares (useJob.ts): the footer — cancel while the job runs, close otherwise, then the
// dialog's own buttons and its primary run button — the progress bar with the job's current step, and the modal
// around them (Esc or × cancels a running job instead of closing).
import { Button, Modal, Progress } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import type { Job } from './useJob';

interface FooterProps {
  job: Job;
  /** Test-id prefix of the buttons: `<testId>-cancel`, `-close`, `-run`. */
  testId: string;
  /** Message-key prefix of their labels: `<labels>.cancel`, `.close`, `.run`. */
  labels: string;
  onClose(): void;
  onRun(): void;
  /** The run button stays enabled (it shows the job's spinner) unless this says otherwise. */
  runDisabled?: boolean;
  /** Buttons between close and run (the import's 检查). */
  extra?: ReactNode;
}

export function JobFooter({ job, testId, labels, onClose, onRun, runDisabled, extra }: FooterProps) {
  return (
    <>
      {job.busy ? (
        <Button onClick={job.cancel} data-testid={`${testId}-cancel`}>
          {t(`${labels}.cancel`)}
        </Button>
      ) : (
        <Button onClick={onClose} data-testid={`${testId}-close`}>
          {t(`${labels}.close`)}
        </Button>
      )}
      {extra}
      <Button type="primary" disabled={runDisabled} loading={job.busy} onClick={onRun} data-testid={`${testId}-run`}>
        {t(`${labels}.run`)}
      </Button>
    </>
  );
}

/** The running job's progress bar and step (nothing when no job runs); `step` words the step's message. */
export function JobProgress({ job, testId, step }: { job: Job; testId: string; step(message: string): string }) {
  if (!job.progress) return null;
  return (
    <div data-testid={`${testId}-progress`}>
      <Progress percent={job.percent} size="small" />
      <div className="rz-muted">{step(job.progress.message)}</div>
    </div>
  );
}

interface ModalProps extends FooterProps {
  open: boolean;
  width: number;
  /** The dialog's fields; its title is `<labels>.title`. */
  children: ReactNode;
}

export function JobModal({ open, width, children, ...footer }: ModalProps) {
  const { job, labels, onClose } = footer;
  return (
    <Modal
      open={open}
      title={t(`${labels}.title`)}
      onCancel={job.busy ? job.cancel : onClose}
      width={width}
      destroyOnHidden
      footer={<JobFooter {...footer} />}
    >
      {children}
    </Modal>
  );
}
