import fs from 'node:fs';
import { AppError } from '../../../../shared/model/errors';
import { tempPathBeside } from '../../store/project-file';

// Every export file appears whole or not at all: the writer fills a temp file beside the target, which is renamed
// over the target only when the writer finished. A failure or a cancel (job.cancelled thrown at a checkpoint)
// removes the temp file, so the folder is left exactly as it was.

/** Runs `write(tmp)` and renames tmp to `target`; refuses an existing target unless `overwrite`. */
export async function writeAtomically(
  target: string,
  overwrite: boolean,
  write: (tmp: string) => Promise<void> | void,
): Promise<void> {
  if (!overwrite && fs.existsSync(target)) throw new AppError('file.exists', { path: target });
  const tmp = tempPathBeside(target);
  try {
    await write(tmp);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    for (const side of ['-journal', '-wal', '-shm']) fs.rmSync(`${tmp}${side}`, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('export.failed', { path: target, detail: (e as Error).message });
  }
}
