import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/model/errors';
import type { MinutesResult, MinutesRun } from '../../../shared/model/report';
import type { OpenProject } from '../project';
import { type PdfPrinter, reportRoute } from './printer';

// The minutes (会议纪要) of a joint-review meeting (issue 7 §1), printed from the report page `#report/minutes`.
// Written to a temp file beside the target and renamed, so a failed print leaves no partial PDF.

export async function printMinutes(
  project: OpenProject,
  run: MinutesRun,
  printer: PdfPrinter | undefined,
): Promise<MinutesResult> {
  if (!printer) throw new AppError('report.printerUnavailable', { path: '-' });
  const meetings = project.load().review_meetings;
  if (!meetings.some((m) => m.id === run.meetingId)) throw new AppError('report.unknownMeeting', { id: run.meetingId });
  const out = resolve(/\.pdf$/i.test(run.out) ? run.out : `${run.out}.pdf`);
  if (existsSync(out) && run.overwrite !== true) throw new AppError('file.exists', { path: out });
  await mkdir(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp.pdf`;
  try {
    const { pages } = await printer.print(reportRoute('minutes', { meeting: run.meetingId, paper: run.paper }), tmp, {
      paper: run.paper,
    });
    await rename(tmp, out);
    return { path: out, pages };
  } finally {
    await rm(tmp, { force: true });
  }
}
