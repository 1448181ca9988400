import { z } from 'zod';
import { type BundledPackage, bundleOptionsSchema, type DissolvedPackage } from './model/bundle';
import { type Change, changeSchema, type HistoryState } from './model/change';
import type { AppErrorData } from './model/errors';
import {
  type ExportResult,
  exportRunSchema,
  type ImportPreview,
  type ImportReport,
  importRunSchema,
  importSourceSchema,
} from './model/exchange';
import { type LeftoverReport, leftoverOptionsSchema } from './model/leftover';
import type { PipeCheckResult } from './model/pipelines';
import { type DossierResult, dossierRunSchema, type MinutesResult, minutesRunSchema } from './model/report';
import type { ProjectSettings } from './model/settings';
import type { RowOf, RowTableName } from './model/tables';

// The one contract between the UI and the backend (DESIGN.md "Shape"). Every call is named here with a zod
// schema for its input (checked at each host boundary: IPC and HTTP carry untrusted data) and the type of its
// result; every event the backend pushes is named here too. Channel names exist only in this file.

export interface ProjectInfo {
  path: string;
  settings: ProjectSettings;
  /** RenoZone schema version of the file (the migrations applied). */
  schemaVersion: number;
  counts: { compounds: number; buildings: number };
  history: HistoryState;
}

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string; // ISO time
}

export interface DirListing {
  dir: string;
  parent: string | null;
  entries: { name: string; path: string; isDir: boolean; size: number }[];
}

/** Every row table (all but settings), as features.load returns it. */
export type FeatureSet = { [T in RowTableName]: RowOf<T>[] };

export interface BundleResult {
  /** Every package after bundling (locked ones included), as `renozone bundle --json` prints them. */
  packages: BundledPackage[];
  /** The unlocked packages this bundling dissolves, with the rows that name them (deleted or let go with them). */
  dissolved: DissolvedPackage[];
  /** The applied change (one undo step), or null for a dry run or when nothing changed. */
  applied: AppliedResult | null;
}

export interface JournalEntry {
  seq: number;
  at: string; // ISO time
  origin: 'apply' | 'undo' | 'redo';
  summary: string;
  ops: number;
}

export interface AppliedResult {
  /** The change as applied (for undo/redo: the inverse or the re-applied change). */
  change: Change;
  history: HistoryState;
}

/** Declares a result type without a runtime value. */
const result = <T>() => null as unknown as T;
const none = z.object({}).strict();
const path = z.string().min(1).max(4096);

export const calls = {
  'app.info': { input: none, result: result<{ version: string; schemaVersion: number; homeDir: string }>() },
  'project.current': { input: none, result: result<ProjectInfo | null>() },
  'project.create': {
    input: z.object({ path, name: z.string().max(200).optional() }).strict(),
    result: result<ProjectInfo>(),
  },
  'project.open': { input: z.object({ path }).strict(), result: result<ProjectInfo>() },
  /** Writes a fresh copy of the demo district into the user's folder and opens it. */
  'project.openDemo': { input: none, result: result<ProjectInfo>() },
  'project.saveAs': {
    input: z.object({ path, overwrite: z.boolean().optional() }).strict(),
    result: result<ProjectInfo>(),
  },
  'project.close': { input: none, result: result<null>() },
  'project.recent': { input: none, result: result<RecentFile[]>() },
  /** Folders and files of a folder; files are .gpkg projects unless `extensions` names others (import sources). */
  'fs.list': {
    input: z
      .object({
        dir: path.optional(),
        extensions: z
          .array(z.string().regex(/^\.[a-z0-9]{1,8}$/))
          .max(20)
          .optional(),
      })
      .strict(),
    result: result<DirListing>(),
  },
  'features.load': { input: none, result: result<FeatureSet>() },
  'change.apply': { input: z.object({ change: changeSchema }).strict(), result: result<AppliedResult>() },
  'history.undo': { input: none, result: result<AppliedResult | null>() },
  'history.redo': { input: none, result: result<AppliedResult | null>() },
  /** Re-bundles the project's unlocked packages (issue 3 §2); dryRun computes without writing. */
  'packages.bundle': {
    input: z.object({ options: bundleOptionsSchema, dryRun: z.boolean() }).strict(),
    result: result<BundleResult>(),
  },
  /** Checks every pipeline against GB 50289 clearances (issue 5); reviews are joined in. */
  'pipelines.check': { input: none, result: result<PipeCheckResult>() },
  /** Leftover land per compound (issue 4 §2); options default to the project settings. */
  'leftover.compute': { input: leftoverOptionsSchema, result: result<LeftoverReport>() },
  /** Computes leftover land and writes it as the leftover_pieces layer (replacing the compounds' old pieces). */
  'leftover.write': { input: leftoverOptionsSchema, result: result<AppliedResult | null>() },
  /** Reads a source file for the import dialog: counts, fields with samples, CRS, a suggested mapping (issue 6). */
  'exchange.inspect': { input: importSourceSchema, result: result<ImportPreview>() },
  /** Imports a source into a layer as one change (all or nothing); progress as job.progress with the jobId. */
  'exchange.import': { input: importRunSchema, result: result<ImportReport>() },
  /** Exports the project or some packages to a file (issue 6 §2). */
  'exchange.export': { input: exportRunSchema, result: result<ExportResult>() },
  /** Asks a running job to stop; it ends with the error job.cancelled and changes nothing. */
  'job.cancel': { input: z.object({ jobId: z.string().min(1).max(100) }).strict(), result: result<boolean>() },
  /** Produces the approval dossier of one or more packages (issue 7 §2); progress as job.progress. */
  'dossier.build': { input: dossierRunSchema, result: result<DossierResult>() },
  /** Prints the minutes (会议纪要) of a review meeting to PDF (issue 7 §1). */
  'review.minutes': { input: minutesRunSchema, result: result<MinutesResult>() },
  'journal.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: result<JournalEntry[]>(),
  },
} as const;

export type CallName = keyof typeof calls;
export type CallInput<K extends CallName> = z.input<(typeof calls)[K]['input']>;
export type CallResult<K extends CallName> = (typeof calls)[K]['result'];
export const CALL_NAMES = Object.keys(calls) as CallName[];

/** What the backend pushes to every connected UI. */
export interface EventMap {
  'change.applied': { change: Change; origin: 'apply' | 'undo' | 'redo'; history: HistoryState };
  'project.changed': { project: ProjectInfo | null };
  'job.progress': { jobId: string; done: number; total: number; message: string };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = ['change.applied', 'project.changed', 'job.progress'];

/** The client every host exposes to the renderer: one function per call, plus event subscription. */
export type Client = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<K>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
};

/** Backend handlers, as registered by a host. Inputs arrive already parsed by the call's schema. */
export type Handlers = {
  [K in CallName]: (input: z.output<(typeof calls)[K]['input']>) => Promise<CallResult<K>> | CallResult<K>;
};

/** How an error crosses a host boundary. */
export type WireResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

// Transport names: the only place channel and route names are spelled.
export const ipcChannel = (name: CallName): string => `rz:call:${name}`;
export const IPC_EVENT_CHANNEL = 'rz:event';
export const httpCallPath = (name: CallName): string => `/api/call/${name}`;
export const HTTP_EVENTS_PATH = '/api/events';
/** Header carrying the per-run token of the web host. */
export const HTTP_TOKEN_HEADER = 'x-renozone-token';
