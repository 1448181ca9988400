import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../../../shared/model/errors';

// One RenoZone instance per project file: `<path>.lock` holds {pid, hostname, at}. A lock whose process is dead on
// this host is stale and taken over (a crash must not lock the user out); a lock from another host is respected.
// Locks held by this process are removed on release and, as a last resort, when the process exits.

export interface LockInfo {
  pid: number;
  hostname: string;
  at: string;
}

export const lockPathOf = (projectPath: string): string => `${projectPath}.lock`;

const held = new Set<string>();
let exitHookInstalled = false;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): LockInfo | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return null;
    return { pid: parsed.pid, hostname: parsed.hostname, at: String(parsed.at ?? '') };
  } catch {
    return null; // missing or unreadable: nobody holds it
  }
}

/** Throws file.locked when another live instance holds the project. Writes nothing. */
export function assertNotLocked(projectPath: string): void {
  const lock = readLock(lockPathOf(projectPath));
  if (!lock) return;
  const stale = lock.hostname === os.hostname() && !pidAlive(lock.pid);
  if (!stale) throw new AppError('file.locked', { path: projectPath, pid: lock.pid, host: lock.hostname });
}

/** Takes the lock (after assertNotLocked passed); returns its release function. */
export function acquireLock(projectPath: string): () => void {
  assertNotLocked(projectPath);
  const lockPath = lockPathOf(projectPath);
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), at: new Date().toISOString() };
  fs.writeFileSync(lockPath, JSON.stringify(info));
  held.add(lockPath);
  installExitHook();
  return () => releaseLockFile(lockPath);
}

function releaseLockFile(lockPath: string): void {
  if (!held.delete(lockPath)) return;
  const current = readLock(lockPath);
  if (current && current.pid !== process.pid) return; // someone took it over; not ours to remove
  try {
    fs.unlinkSync(lockPath);
  } catch {
    // already gone
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lockPath of [...held]) releaseLockFile(lockPath);
  });
}
