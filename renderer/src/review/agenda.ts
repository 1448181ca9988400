// The meeting's agenda and where the presentation stands in it (pure: no store, no DOM). The agenda is a list of
// package ids in the order the designer presents them; packages deleted since the meeting was set up drop out.
import type { Package, ReviewMeeting } from '../../../shared/model/tables';

/** The agenda without ids of packages that no longer exist, and without repeats (first occurrence kept). */
export function cleanAgenda(agenda: readonly string[], packages: Readonly<Record<string, Package>>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of agenda) {
    if (seen.has(id) || !packages[id]) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/** A first agenda for a new meeting: every package, by name (Chinese collation, so 片区1 < 片区2 < 片区10). */
export function defaultAgenda(packages: Readonly<Record<string, Package>>): string[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return Object.values(packages)
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

/** `list` with the item at `from` moved to `to` (a new array; out-of-range indexes return a copy unchanged). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** The index after stepping by `delta`, held inside the agenda (a clicker pressed once too often stays put). */
export function stepIndex(index: number, delta: number, length: number): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, index + delta));
}

/** "3 / 8": the presented package's place in the agenda, 1-based. */
export const progressText = (index: number, length: number): string =>
  length === 0 ? '0 / 0' : `${Math.min(index, length - 1) + 1} / ${length}`;

/** The meeting to continue: the latest held (then the last in the table), or null when there is none. */
export function latestMeeting(meetings: Readonly<Record<string, ReviewMeeting>>): ReviewMeeting | null {
  let best: ReviewMeeting | null = null;
  for (const m of Object.values(meetings)) if (!best || m.held_on >= best.held_on) best = m;
  return best;
}
