// Review mode's view state (联合审查): the phase, the meeting and agenda, the presented package, the tool, the unsaved
// pen strokes and the pointer. Kept apart from the row mirror: the meeting and opinions themselves are rows.
import { create } from 'zustand';
import type { Position } from '../../../shared/model/geometry';
import { stepIndex } from './agenda';
import type { Stroke } from './strokes';

export type ReviewPhase = 'off' | 'setup' | 'presenting';
/** The presenter runs the meeting; the audience window (演示窗口) only shows what the presenter shows. */
export type ReviewRole = 'presenter' | 'audience';
export type ReviewTool = 'none' | 'pointer' | 'pen' | 'pin';
export type ReviewTheme = 'dark' | 'light';
export type ReviewLayer = 'buildings' | 'labels' | 'pipelines' | 'facilities' | 'annotations' | 'opinions';
export const REVIEW_LAYERS: readonly ReviewLayer[] = [
  'buildings',
  'labels',
  'pipelines',
  'facilities',
  'annotations',
  'opinions',
];

export interface ReviewState {
  phase: ReviewPhase;
  role: ReviewRole;
  meetingId: string | null;
  agenda: string[];
  index: number;
  tool: ReviewTool;
  theme: ReviewTheme;
  layers: Record<ReviewLayer, boolean>;
  /** Unsaved pen strokes of the presented package (dropped when the package changes). */
  strokes: Stroke[];
  /** The pointer (big red dot) in map coordinates, null when off the map. */
  pointer: Position | null;
  /** The place picked for the opinion being entered ("在地图上标注位置"). */
  pinDraft: Position | null;
}

const INITIAL: ReviewState = {
  phase: 'off',
  role: 'presenter',
  meetingId: null,
  agenda: [],
  index: 0,
  tool: 'none',
  theme: 'dark',
  layers: { buildings: true, labels: true, pipelines: false, facilities: true, annotations: true, opinions: true },
  strokes: [],
  pointer: null,
  pinDraft: null,
};

export const useReview = create<ReviewState>(() => INITIAL);

/** The presented package's id, or null. */
export const currentPackageId = (s: Pick<ReviewState, 'agenda' | 'index'>): string | null => s.agenda[s.index] ?? null;

export function openSetup(): void {
  useReview.setState({ phase: 'setup' });
}

export function startPresenting(meetingId: string, agenda: string[]): void {
  useReview.setState({
    phase: 'presenting',
    meetingId,
    agenda,
    index: 0,
    tool: 'none',
    strokes: [],
    pointer: null,
    pinDraft: null,
  });
}

export function leaveReview(): void {
  useReview.setState({ phase: 'off', tool: 'none', strokes: [], pointer: null, pinDraft: null });
}

/** Moves to an agenda item (held inside the agenda); another package drops the unsaved strokes and pending pin. */
export function goTo(index: number): void {
  useReview.setState((s) => {
    const next = stepIndex(index, 0, s.agenda.length);
    if (next === s.index) return s;
    return { index: next, strokes: [], pinDraft: null, tool: s.tool === 'pin' ? 'none' : s.tool };
  });
}

export const step = (delta: number): void => goTo(useReview.getState().index + delta);

/** Pointer and pen are exclusive; choosing the active one again turns it off. */
export function toggleTool(tool: ReviewTool): void {
  useReview.setState((s) => ({ tool: s.tool === tool ? 'none' : tool, pointer: null }));
}
