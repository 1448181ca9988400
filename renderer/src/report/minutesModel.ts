import type { FeatureSet } from '../../../shared/api';
import type { ProjectSettings } from '../../../shared/model/settings';
import type { ReviewVerdict } from '../../../shared/model/tables';

// The minutes (会议纪要) of one joint-review meeting as data: the meeting, then per package in agenda order every
// department's verdict, opinion and conditions (in the settings' department order), and the verdicts counted.

export type Counts = Record<ReviewVerdict, number>;
const zero = (): Counts => ({ pass: 0, conditional: 0, reject: 0 });

export interface MinutesModel {
  title: string;
  heldOn: string;
  location: string;
  attendees: { department: string; name: string }[];
  notes: string;
  designUnit: string;
  projectName: string;
  packages: {
    id: string;
    name: string;
    opinions: { id: string; department: string; verdict: ReviewVerdict; text: string; conditions: string }[];
    counts: Counts;
  }[];
  counts: Counts;
}

/** The minutes of meeting `meetingId`, or null when there is no such meeting. Packages follow the agenda. */
export function minutesModel(rows: FeatureSet, settings: ProjectSettings, meetingId: string): MinutesModel | null {
  const meeting = rows.review_meetings.find((m) => m.id === meetingId);
  if (!meeting) return null;
  const opinions = rows.review_opinions.filter((o) => o.meeting_id === meetingId);
  const packages = new Map(rows.packages.map((p) => [p.id, p]));
  // Agenda order first, then any package with opinions the agenda missed.
  const order = [...meeting.agenda, ...opinions.map((o) => o.package_id)].filter((id, i, a) => a.indexOf(id) === i);
  const deptOrder = (d: string) => {
    const i = settings.review_departments.indexOf(d);
    return i < 0 ? 1000 : i;
  };
  const counts = zero();
  const list = order
    .filter((id) => packages.has(id))
    .map((id) => {
      const own = opinions
        .filter((o) => o.package_id === id)
        .sort(
          (a, b) => deptOrder(a.department) - deptOrder(b.department) || a.recorded_at.localeCompare(b.recorded_at),
        );
      const c = zero();
      for (const o of own) {
        c[o.verdict]++;
        counts[o.verdict]++;
      }
      return { id, name: packages.get(id)?.name ?? id, opinions: own, counts: c };
    });
  return {
    title: meeting.title,
    heldOn: meeting.held_on,
    location: meeting.location,
    attendees: meeting.attendees,
    notes: meeting.notes,
    designUnit: settings.design_unit,
    projectName: settings.project_name,
    packages: list,
    counts,
  };
}
