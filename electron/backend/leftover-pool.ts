import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { computeLeftover, type LeftoverRunOptions, siteOrigin } from '../../shared/analysis/leftover';
import type { SiteInput } from '../../shared/analysis/leftover/input';
import { siteSlicer } from '../../shared/analysis/leftover/near';
import type { CompoundLeftover } from '../../shared/model/leftover';
import { unpackLeftover } from '../leftover-pack';
import type { LeftoverReply, LeftoverTask } from '../leftover-worker';

// Leftover land of many compounds, off the backend's thread and on every core. In Electron the backend runs in the
// main process: a district of 5,000 compounds takes ~9 s of engine time, which on one thread would hold up every
// other call (job.cancel among them) for as long. So the compounds are cut into chunks in project order; each chunk
// goes, with only the features near it (siteSlicer) and the whole site's frame origin (so a chunk's results are
// exactly what computing everything at once gives), to the next free worker thread; progress is reported per chunk,
// and a cancel drops the chunks not yet started. Runs of up to a few hundred compounds (IN_THREAD_MAX: an edit's few
// compounds, a typical project) and hosts without the worker script compute here, chunk by chunk with a yield
// between chunks, so progress and cancel work the same.

export interface LeftoverPoolOptions {
  /** The built worker (dist/electron/leftover-worker.cjs); null: compute on this thread. */
  script: string | null;
  /** Worker threads at most (default: the machine's cores, up to 8). */
  size?: number;
  /** Runs of up to this many compounds stay on the calling thread (default IN_THREAD_MAX; the tests set 0). */
  inThreadMax?: number;
  /**
   * Compounds per chunk at most (default 50: ~0.1–0.2 s of work, the latency of a cancel). Smaller runs are cut
   * finer, into about four chunks per worker (at least MIN_CHUNK compounds each).
   */
  chunk?: number;
}

/**
 * The built worker beside the running bundle: dist/electron/leftover-worker.cjs from the hosts and the CLI
 * (dist/electron), and from the bench (dist/test); outside the asar archive in a packaged app (electron-builder.yml
 * unpacks it). null when running from sources (unit tests, tsx): the pool then computes on the calling thread.
 */
export function bundledWorkerScript(): string | null {
  if (typeof __dirname === 'undefined') return null; // an ES module: running from sources (tsx), not a bundle
  for (const p of [join(__dirname, 'leftover-worker.cjs'), join(__dirname, '..', 'electron', 'leftover-worker.cjs')]) {
    const unpacked = p.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
    if (existsSync(unpacked)) return unpacked;
  }
  return null;
}

/** Called after each chunk; throwing (job.cancelled) stops the run. */
export type LeftoverProgress = (done: number, total: number) => void;

/**
 * Runs of at most this many compounds are computed on the calling thread, still chunk by chunk. Measured on the
 * demo's 80 compounds (2 cores): one thread ~0.33 s warm, ~0.6 s cold; two workers ~0.25–0.4 s warm but ~0.7–1.4 s
 * on their first run (each thread compiles the engine afresh, and two allocating threads share the cores' caches
 * and the collector's helpers), so below a few hundred compounds the workers would only make the first display
 * slower. Above it the run is long enough to be worth taking off the thread and spreading over the cores.
 */
const IN_THREAD_MAX = 200;
/** The smallest chunk a run is cut into (a message per few milliseconds of work at most). */
const MIN_CHUNK = 8;

interface Pending {
  /** Builds the chunk's message when a worker takes it (so the first worker starts after one chunk is cut). */
  make(id: number): LeftoverTask;
  id: number;
  owner: symbol;
  resolve(result: CompoundLeftover[]): void;
  reject(error: Error): void;
}

export class LeftoverPool {
  private readonly script: string | null;
  /** Worker threads at most. */
  readonly size: number;
  private readonly chunk: number;
  private readonly inThreadMax: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private queue: Pending[] = [];
  private nextId = 1;
  private disposed = false;

  constructor(opts: LeftoverPoolOptions) {
    this.script = opts.script;
    this.size = Math.max(1, opts.size ?? Math.min(8, availableParallelism()));
    this.chunk = Math.max(1, opts.chunk ?? 50);
    this.inThreadMax = opts.inThreadMax ?? IN_THREAD_MAX;
  }

  /** Leftover land of the compounds `opts` asks for (all by default), in project order. */
  async compute(site: SiteInput, opts: LeftoverRunOptions, progress?: LeftoverProgress): Promise<CompoundLeftover[]> {
    const wanted = opts.compoundIds ? new Set(opts.compoundIds) : null;
    const compounds = wanted ? site.compounds.filter((c) => wanted.has(c.id)) : site.compounds;
    const run: LeftoverRunOptions = { ...opts, compoundIds: undefined, origin: opts.origin ?? siteOrigin(site) };
    const here = this.script === null || this.disposed || compounds.length <= this.inThreadMax;
    // About four chunks per worker (at least MIN_CHUNK compounds each): workers finish together, and on this thread
    // a run yields often enough for other calls, progress events and a cancel to get through.
    const size = Math.min(this.chunk, Math.max(MIN_CHUNK, Math.ceil(compounds.length / (4 * this.size))));
    const chunks: SiteInput['compounds'][] = [];
    for (let i = 0; i < compounds.length; i += size) chunks.push(compounds.slice(i, i + size));
    progress?.(0, compounds.length);
    return here ? this.computeHere(site, chunks, run, progress) : this.computeInWorkers(site, chunks, run, progress);
  }

  /** Terminates the workers (the backend's dispose). */
  dispose(): void {
    this.disposed = true;
    for (const p of [...this.queue, ...this.busy.values()]) p.reject(new Error('leftover pool disposed'));
    this.queue = [];
    for (const w of [...this.idle, ...this.busy.keys()]) void w.terminate();
    this.idle.length = 0;
    this.busy.clear();
  }

  private async computeHere(
    site: SiteInput,
    chunks: SiteInput['compounds'][],
    run: LeftoverRunOptions,
    progress?: LeftoverProgress,
  ): Promise<CompoundLeftover[]> {
    const out: CompoundLeftover[] = [];
    const total = chunks.reduce((s, c) => s + c.length, 0);
    const slice = siteSlicer(site);
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      for (const c of computeLeftover(slice(chunk), run)) out.push(c);
      progress?.(out.length, total);
    }
    return out;
  }

  private computeInWorkers(
    site: SiteInput,
    chunks: SiteInput['compounds'][],
    run: LeftoverRunOptions,
    progress?: LeftoverProgress,
  ): Promise<CompoundLeftover[]> {
    const owner = Symbol('leftover run');
    const total = chunks.reduce((s, c) => s + c.length, 0);
    const results: CompoundLeftover[][] = new Array(chunks.length);
    let done = 0;
    let left = chunks.length;
    const slice = siteSlicer(site);
    return new Promise((resolve, reject) => {
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        this.queue = this.queue.filter((p) => p.owner !== owner); // chunks not started are dropped
        reject(e);
      };
      for (const [i, chunk] of chunks.entries()) {
        this.queue.push({
          // Each chunk's message carries only the features near it.
          make: (id) => ({ id, site: slice(chunk), opts: run }),
          id: 0,
          owner,
          resolve: (result) => {
            if (failed) return;
            results[i] = result;
            done += chunk.length;
            try {
              progress?.(done, total);
            } catch (e) {
              fail(e as Error);
              return;
            }
            if (--left === 0) resolve(results.flat());
          },
          reject: fail,
        });
      }
      this.dispatch();
    });
  }

  /** Hands queued chunks to idle workers, starting workers up to `size`. */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.disposed) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : null);
      if (!worker) return;
      const pending = this.queue.shift() as Pending;
      this.busy.set(worker, pending);
      worker.ref(); // a chunk in flight keeps the process alive (the CLI awaits it); an idle worker does not
      pending.id = this.nextId++;
      worker.postMessage(pending.make(pending.id));
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script as string);
    worker.on('message', (reply: LeftoverReply) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (pending && reply.id === pending.id) {
        if ('error' in reply) pending.reject(new Error(reply.error));
        else pending.resolve(unpackLeftover(reply.result));
      }
      this.dispatch();
    });
    // A worker that dies (out of memory, a bug) fails its chunk's run and is replaced on the next dispatch.
    const lost = (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      pending?.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker)) lost(new Error(`leftover worker exited (${code})`));
    });
    return worker;
  }
}
