import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Backend, createBackend } from '../../../electron/backend/index';
import type { PdfPrinter } from '../../../electron/backend/report/printer';
import type { EventMap } from '../../../shared/api';
import { DEFAULT_BUNDLE_OPTIONS } from '../../../shared/model/bundle';
import type { ReviewMeeting, ReviewOpinion } from '../../../shared/model/tables';

// A demo project with packages, opinions and a meeting, behind a real backend whose printer is a stand-in that
// writes a small valid-looking PDF (the real Chromium print is covered by test/e2e/report-dossier.e2e.ts).

export function fakePdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objs = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R >> endobj`);
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [${kids}] /Count ${pages} >> endobj\n${objs.join('\n')}\n%%EOF\n`,
  );
}

export interface FakePrinter extends PdfPrinter {
  routes: string[];
  /** Runs before writing each PDF (throw to make that print fail). */
  before?: (route: string) => Promise<void> | void;
}

export function fakePrinter(pages = 5): FakePrinter {
  const printer: FakePrinter = {
    routes: [],
    async print(route, out) {
      printer.routes.push(route);
      await printer.before?.(route);
      writeFileSync(out, fakePdf(pages));
      return { pages };
    },
  };
  return printer;
}

export interface Fixture {
  backend: Backend;
  home: string;
  printer: FakePrinter;
  progress: EventMap['job.progress'][];
  remove(): void;
}

export async function demoWithPackages(): Promise<Fixture> {
  const home = mkdtempSync(join(tmpdir(), 'rz-report-'));
  const printer = fakePrinter();
  const progress: EventMap['job.progress'][] = [];
  const backend = createBackend({
    homeDir: home,
    printer,
    emit: (event, payload) => {
      if (event === 'job.progress') progress.push(payload as EventMap['job.progress']);
    },
  });
  await backend.startup();
  await backend.handlers['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
  return {
    backend,
    home,
    printer,
    progress,
    remove: () => {
      backend.dispose();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Adds a meeting on the first two packages with opinions of three departments; returns the meeting. */
export async function addMeeting(backend: Backend): Promise<{ meeting: ReviewMeeting; opinions: ReviewOpinion[] }> {
  const rows = await backend.handlers['features.load']({});
  const [p1, p2] = [...rows.packages].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  if (!p1 || !p2) throw new Error('the demo needs two packages');
  const meeting: ReviewMeeting = {
    id: randomUUID(),
    title: '第一次方案联合审查会',
    held_on: '2026-11-20',
    location: '区住建局三楼会议室',
    attendees: [
      { department: '住建', name: '张工' },
      { department: '消防', name: '' },
      { department: '燃气', name: '李工' },
    ],
    agenda: [p2.id, p1.id],
    notes: '',
  };
  const opinion = (
    pkg: string,
    department: string,
    verdict: ReviewOpinion['verdict'],
    conditions = '',
  ): ReviewOpinion => ({
    id: randomUUID(),
    meeting_id: meeting.id,
    package_id: pkg,
    department,
    verdict,
    text: `${department}意见：方案可行。`,
    conditions,
    pin_lon: null,
    pin_lat: null,
    recorded_at: '2026-11-20T09:30:00Z',
  });
  const opinions = [
    opinion(p1.id, '住建', 'pass'),
    opinion(p1.id, '消防', 'conditional', '消防车道净宽不小于4米'),
    opinion(p2.id, '燃气', 'reject'),
  ];
  await backend.handlers['change.apply']({
    change: {
      summary: 'meeting',
      ops: [
        { op: 'put', table: 'review_meetings', row: meeting },
        ...opinions.map((row) => ({ op: 'put' as const, table: 'review_opinions' as const, row })),
      ],
    },
  });
  return { meeting, opinions };
}
