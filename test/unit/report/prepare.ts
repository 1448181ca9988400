import { randomUUID } from 'node:crypto';
import type { CallInput, CallName, CallResult } from '../../../shared/api';
import { DEFAULT_BUNDLE_OPTIONS } from '../../../shared/model/bundle';
import type { Package, ReviewMeeting, ReviewOpinion } from '../../../shared/model/tables';
import { facility, ringCentre, squareAround } from '../app/fixtures';

// Prepares the demo district for a realistic dossier (shared by the e2e test and the bench): packages bundled,
// renovation items planned with quantities on the chosen package's compounds (so the estimate is not zero), two
// proposed facilities (one meeting its checks, one failing them), leftover land written, and a review meeting with
// opinions of three departments.

export type Call = <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallResult<K>>;

export interface PreparedDossier {
  pkg: Package;
  /** The building the failing facility stands on. */
  buildingName: string;
  compoundNames: string[];
  meeting: ReviewMeeting;
  opinions: ReviewOpinion[];
}

/** `pick` chooses the package among the bundled ones (default: the one with most compounds). */
export async function prepareDossierDemo(
  call: Call,
  pick: (packages: { id: string; compounds: number }[]) => string | undefined = (ps) =>
    [...ps].sort((a, b) => b.compounds - a.compounds)[0]?.id,
): Promise<PreparedDossier> {
  const bundled = await call('packages.bundle', { options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
  const chosen = pick(bundled.packages);
  let rows = await call('features.load', {});
  const pkg = rows.packages.find((p) => p.id === chosen);
  if (!pkg) throw new Error('no package to print');
  const members = new Set(rows.package_members.filter((m) => m.package_id === pkg.id).map((m) => m.compound_id));
  // Plan the first three survey lines of every member, with an entered quantity.
  const planned = new Map<string, number>();
  const lines = rows.compound_items.filter((l) => {
    if (!members.has(l.compound_id)) return false;
    const n = planned.get(l.compound_id) ?? 0;
    planned.set(l.compound_id, n + 1);
    return n < 3;
  });
  await call('change.apply', {
    change: {
      summary: 'plan items for the dossier',
      ops: lines.map((l, i) => ({
        op: 'put' as const,
        table: 'compound_items' as const,
        row: { ...l, planned: true, quantity: 40 + i },
      })),
    },
  });
  // Two proposed facilities in a member compound: a parking lot on the best rectangle of its largest leftover piece
  // (it meets its checks) and a waste point on one of its buildings (it fails them): the dossier lists both verdicts.
  const leftover = await call('leftover.compute', { compoundIds: [...members] });
  const host = leftover.compounds.find(
    (c) => c.pieces.length > 0 && rows.buildings.some((b) => b.compound_id === c.id),
  );
  const piece = host?.pieces[0];
  const building = rows.buildings.find((b) => b.compound_id === host?.id);
  if (!host || !piece || !building) throw new Error('no member compound with leftover land and buildings');
  const facilities = [
    { ...facility(randomUUID(), host.id, piece.rect.polygon, '新增停车场'), type: 'parking', floors: 0, height_m: 0 },
    {
      ...facility(randomUUID(), host.id, squareAround(ringCentre(building.geometry), 1.5e-5), '压楼收集点'),
      type: 'waste_point',
    },
  ];
  await call('change.apply', {
    change: {
      summary: 'proposed facilities',
      ops: facilities.map((row) => ({ op: 'put' as const, table: 'facilities' as const, row })),
    },
  });
  await call('leftover.write', { compoundIds: [...members] });
  const meeting: ReviewMeeting = {
    id: randomUUID(),
    title: '片区改造方案联合审查会',
    held_on: '2026-11-20',
    location: '区住建局三楼会议室',
    attendees: [
      { department: '住建', name: '张工' },
      { department: '消防', name: '' },
      { department: '燃气', name: '李工' },
    ],
    agenda: [pkg.id],
    notes: '请设计单位按意见修改后报批。',
  };
  const opinion = (department: string, verdict: ReviewOpinion['verdict'], conditions: string): ReviewOpinion => ({
    id: randomUUID(),
    meeting_id: meeting.id,
    package_id: pkg.id,
    department,
    verdict,
    text: `${department}部门审查意见：原则同意改造方案。`,
    conditions,
    pin_lon: null,
    pin_lat: null,
    recorded_at: '2026-11-20T09:30:00Z',
  });
  const opinions = [
    opinion('住建', 'pass', ''),
    opinion('消防', 'conditional', '消防车道净宽不小于4米'),
    opinion('燃气', 'reject', ''),
  ];
  await call('change.apply', {
    change: {
      summary: 'review meeting',
      ops: [
        { op: 'put', table: 'review_meetings', row: meeting },
        ...opinions.map((row) => ({ op: 'put' as const, table: 'review_opinions' as const, row })),
      ],
    },
  });
  rows = await call('features.load', {});
  const compoundNames = rows.compounds.filter((c) => members.has(c.id)).map((c) => c.name);
  return { pkg, buildingName: building.name, compoundNames, meeting, opinions };
}
