import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentPackageId,
  goTo,
  leaveReview,
  openSetup,
  startPresenting,
  step,
  toggleTool,
  useReview,
} from '../../../renderer/src/review/reviewState';
import { viewChanged } from '../../../renderer/src/review/syncView';

const stroke = { coords: [[1, 1] as [number, number], [2, 2] as [number, number]], color: '#f00', width: 5 };

describe('review navigation', () => {
  beforeEach(() => leaveReview());

  it('goes set-up → presenting (first package) → off', () => {
    openSetup();
    expect(useReview.getState().phase).toBe('setup');
    startPresenting('m1', ['a', 'b', 'c']);
    expect(useReview.getState()).toMatchObject({ phase: 'presenting', meetingId: 'm1', index: 0 });
    expect(currentPackageId(useReview.getState())).toBe('a');
    leaveReview();
    expect(useReview.getState().phase).toBe('off');
  });

  it('steps within the agenda and drops unsaved strokes and the pending pin on another package', () => {
    startPresenting('m1', ['a', 'b', 'c']);
    useReview.setState({ strokes: [stroke], pinDraft: [1, 1], tool: 'pin' });
    step(-1);
    expect(useReview.getState().strokes).toHaveLength(1); // still on the first package: nothing dropped
    step(1);
    expect(useReview.getState()).toMatchObject({ index: 1, strokes: [], pinDraft: null, tool: 'none' });
    step(5);
    expect(currentPackageId(useReview.getState())).toBe('c');
    goTo(0);
    expect(useReview.getState().index).toBe(0);
  });

  it('keeps the pen on while stepping, and toggles pointer and pen exclusively', () => {
    startPresenting('m1', ['a', 'b']);
    toggleTool('pen');
    step(1);
    expect(useReview.getState().tool).toBe('pen');
    toggleTool('pointer');
    expect(useReview.getState().tool).toBe('pointer');
    toggleTool('pointer');
    expect(useReview.getState().tool).toBe('none');
  });

  it('syncs the audience only when what the room sees changes', () => {
    startPresenting('m1', ['a', 'b']);
    const before = useReview.getState();
    useReview.setState({ tool: 'pen' });
    expect(viewChanged(useReview.getState(), before)).toBe(false);
    step(1);
    expect(viewChanged(useReview.getState(), before)).toBe(true);
  });
});
