import pkg from '../../package.json';
import type { AppliedResult, EventMap, EventName, Handlers, ProjectInfo } from '../../shared/api';
import { AppError } from '../../shared/model/errors';
import { bundleOpenProject } from './bundle';
import { writeDemoFile } from './demo';
import { exportOpenProject } from './exchange/export';
import { importIntoOpenProject, inspectSource } from './exchange/import';
import { listDir } from './fs-list';
import { Jobs } from './jobs';
import { computeOpenProjectLeftover, writeOpenProjectLeftover } from './leftover';
import { bundledWorkerScript, LeftoverPool } from './leftover-pool';
import { checkOpenProject } from './pipelines-check';
import { buildDossiers, printMinutes } from './report/dossier';
import type { PdfPrinter } from './report/printer';
import { Session } from './session';
import { knownSchemaVersion } from './store/migrations';

// The Node-only backend every host (Electron IPC, the web host, the CLI) wraps. It never imports 'electron'.
// Handlers receive inputs already parsed by the call's schema (shared/api.ts) and throw AppError for anything
// the user should hear about; hosts turn those into wire errors.

export { bundleProjectFile } from './bundle';
export { checkProjectFile } from './pipelines-check';
export { type LayerSummary, type ProjectSummary, readProjectSummary } from './summary';

export interface BackendOptions {
  homeDir: string;
  /** Prints report pages to PDF (Electron printToPDF, or Chromium driven by the backend); see report/printer.ts. */
  printer?: PdfPrinter;
  emit: <E extends EventName>(event: E, payload: EventMap[E]) => void;
  /** The leftover pool's worker script (default: the one beside the running bundle); null: compute on one thread. */
  leftoverWorker?: string | null;
}

export interface Backend {
  handlers: Handlers;
  /** Open the last recent project that still exists, else a fresh demo copy. */
  startup(): Promise<ProjectInfo>;
  dispose(): void;
}

export function createBackend(opts: BackendOptions): Backend {
  const session = new Session(opts.homeDir, opts.emit);
  const jobs = new Jobs((payload) => opts.emit('job.progress', payload));
  const leftoverPool = new LeftoverPool({
    script: opts.leftoverWorker === undefined ? bundledWorkerScript() : opts.leftoverWorker,
  });
  const emitApplied = (applied: AppliedResult | null) => {
    if (applied) opts.emit('change.applied', { change: applied.change, origin: 'apply', history: applied.history });
    return applied;
  };

  const handlers: Handlers = {
    'app.info': async () => ({ version: pkg.version, schemaVersion: knownSchemaVersion(), homeDir: opts.homeDir }),
    'project.current': async () => session.currentInfo(),
    'project.create': async ({ path, name }) => session.create(path, name),
    'project.open': async ({ path }) => session.open(path),
    'project.openDemo': async () => session.openDemo(),
    'project.saveAs': async ({ path, overwrite }) => session.saveAs(path, overwrite),
    'project.close': async () => {
      session.close();
      return null;
    },
    'project.recent': async () => session.recent.list(),
    'fs.list': async ({ dir, extensions }) => listDir(dir ?? opts.homeDir, extensions),
    'features.load': async () => session.project().load(),
    'change.apply': async ({ change }) => {
      const result = session.project().apply(change);
      opts.emit('change.applied', { change: result.change, origin: 'apply', history: result.history });
      return result;
    },
    'history.undo': async () => {
      const result = session.project().undo();
      if (result) opts.emit('change.applied', { change: result.change, origin: 'undo', history: result.history });
      return result;
    },
    'history.redo': async () => {
      const result = session.project().redo();
      if (result) opts.emit('change.applied', { change: result.change, origin: 'redo', history: result.history });
      return result;
    },
    'packages.bundle': async ({ options, dryRun }) => {
      const result = bundleOpenProject(session.project(), options, dryRun);
      if (result.applied)
        opts.emit('change.applied', {
          change: result.applied.change,
          origin: 'apply',
          history: result.applied.history,
        });
      return result;
    },
    'pipelines.check': async () => {
      const project = session.project();
      const jobId = `pipelines.check:${Date.now()}`;
      opts.emit('job.progress', { jobId, done: 0, total: 1, message: 'pipelines.check' });
      const result = checkOpenProject(project);
      opts.emit('job.progress', { jobId, done: 1, total: 1, message: 'pipelines.check' });
      return result;
    },
    'journal.list': async ({ limit }) => session.project().journal(limit),
    'leftover.compute': async (input) =>
      jobs.run(input.jobId, (job) => computeOpenProjectLeftover(session.project(), input, leftoverPool, job)),
    'leftover.write': async (input) =>
      jobs.run(input.jobId, async (job) =>
        emitApplied((await writeOpenProjectLeftover(session.project(), input, leftoverPool, job)).applied),
      ),
    'exchange.inspect': async (input) => inspectSource(input),
    'exchange.import': async (input) =>
      jobs.run(input.jobId, async (job) => {
        const { report, applied } = await importIntoOpenProject(session.project(), input, job);
        emitApplied(applied);
        return report;
      }),
    'exchange.export': async (input) =>
      jobs.run(input.jobId, async (job) => exportOpenProject(session.project(), input, job)),
    'job.cancel': async ({ jobId }) => jobs.cancel(jobId),
    'dossier.build': async (input) =>
      jobs.run(input.jobId, async (job) => buildDossiers(session.project(), input, job, opts.printer)),
    'review.minutes': async (input) => printMinutes(session.project(), input, opts.printer),
  };

  const startup = async (): Promise<ProjectInfo> => {
    const current = session.currentInfo();
    if (current) return current;
    for (const recent of session.recent.list()) {
      try {
        return session.open(recent.path);
      } catch (e) {
        if (!(e instanceof AppError)) throw e; // a bad or locked recent file: try the next, then the demo
      }
    }
    return session.openDemo();
  };

  const dispose = () => {
    leftoverPool.dispose();
    session.dispose();
  };
  return { handlers, startup, dispose };
}

/** Writes the demo district to `path` (for `renozone demo <file>`); refuses to overwrite (file.exists). */
export async function writeDemoProject(path: string): Promise<void> {
  writeDemoFile(path);
}
