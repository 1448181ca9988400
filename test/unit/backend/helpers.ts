import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { EventMap, EventName } from '../../../shared/api';

// Shared fixtures for backend tests: temp folders, small valid rows, and fingerprints of files on disk.

export { building, compound, pipeline, square, tree } from './helpers-rows';

const created: string[] = [];

/** A fresh folder under the OS temp dir, removed after the test file ran. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rz-backend-'));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export const listing = (dir: string): string[] => fs.readdirSync(dir).sort();

export interface RecordedEvent {
  event: EventName;
  payload: EventMap[EventName];
}

export function recorder(): { events: RecordedEvent[]; emit: <E extends EventName>(e: E, p: EventMap[E]) => void } {
  const events: RecordedEvent[] = [];
  return { events, emit: (event, payload) => void events.push({ event, payload }) };
}

/** The error a handler call rejects with (handlers may return a value or a promise). */
export const caught = (result: unknown): Promise<unknown> =>
  Promise.resolve(result).then(
    () => undefined,
    (e: unknown) => e,
  );
