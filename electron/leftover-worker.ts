import { parentPort } from 'node:worker_threads';
import { computeLeftover, type LeftoverRunOptions } from '../shared/analysis/leftover';
import type { SiteInput } from '../shared/analysis/leftover/input';
import { type PackedLeftover, packLeftover } from './leftover-pack';

// A worker thread of the leftover pool (backend/leftover-pool.ts), bundled as dist/electron/leftover-worker.cjs:
// computes one chunk of compounds per message and answers with the result (packed: leftover-pack.ts) or the error's
// message.

export interface LeftoverTask {
  id: number;
  site: SiteInput;
  opts: LeftoverRunOptions;
}

export type LeftoverReply = { id: number; result: PackedLeftover } | { id: number; error: string };

parentPort?.on('message', (task: LeftoverTask) => {
  let reply: LeftoverReply;
  try {
    reply = { id: task.id, result: packLeftover(computeLeftover(task.site, task.opts)) };
  } catch (e) {
    reply = { id: task.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply, 'result' in reply ? [reply.result.coords.buffer as ArrayBuffer] : []);
});
