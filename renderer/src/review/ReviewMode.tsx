// Review mode's root in the designer's window: the meeting set-up dialog, then the presentation over the whole
// window (full screen where allowed). Broadcasts the view to an audience window while presenting, runs the pipeline
// check once if none has run (the card shows its counts), and leaves on Esc, the leave button, or when the browser
// leaves full screen (its own Esc never reaches the page).
import { useCallback, useEffect } from 'react';
import { runPipelineCheck, useConflicts } from '../pipelines/conflictStore';
import { useStore } from '../state/store';
import { exitFullscreen } from './fullscreen';
import { MeetingSetup } from './MeetingSetup';
import { Presentation } from './Presentation';
import { leaveReview, useReview } from './reviewState';
import { broadcastView } from './sync';
import { useReviewKeys } from './useReviewKeys';
import './review.css';

function Presenting() {
  const exit = useCallback(() => {
    exitFullscreen();
    leaveReview();
  }, []);
  useReviewKeys(exit);
  useEffect(() => broadcastView(), []);
  useEffect(() => {
    const c = useConflicts.getState();
    // The card's conflict counts need a check result; a failed check leaves the section saying so.
    if (!c.result && !c.running && useStore.getState().project) void runPipelineCheck().catch(() => undefined);
  }, []);
  useEffect(() => {
    let wasFull = document.fullscreenElement !== null;
    const onChange = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full) leaveReview();
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  // Closing the project ends the meeting view.
  const project = useStore((s) => s.project);
  useEffect(() => {
    if (!project) exit();
  }, [project, exit]);
  return <Presentation onExit={exit} />;
}

export function ReviewMode() {
  const phase = useReview((s) => s.phase);
  if (phase === 'off') return null;
  if (phase === 'setup') return <MeetingSetup />;
  return <Presenting />;
}
