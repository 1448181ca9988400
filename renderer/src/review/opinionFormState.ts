// The opinion form's draft, shared by the form and the opinion list (click an opinion to edit it).
import { create } from 'zustand';
import type { ReviewVerdict } from '../../../shared/model/tables';
import { useStore } from '../state/store';
import { draftOf, emptyDraft, findOpinion, type OpinionDraft } from './opinionRows';
import { currentPackageId, useReview } from './reviewState';

interface OpinionFormState {
  draft: OpinionDraft;
  /** Loads the department's recorded opinion on the presented package, or an empty draft. */
  edit(department: string): void;
  patch(p: Partial<OpinionDraft>): void;
  setVerdict(v: ReviewVerdict): void;
}

export const useOpinionForm = create<OpinionFormState>((set) => ({
  draft: emptyDraft(''),
  edit(department) {
    const r = useReview.getState();
    const pkg = currentPackageId(r);
    const existing = pkg ? findOpinion(useStore.getState().review_opinions, pkg, department, r.meetingId) : undefined;
    const draft = existing ? draftOf(existing) : emptyDraft(department);
    useReview.setState({ pinDraft: draft.pin, tool: r.tool === 'pin' ? 'none' : r.tool });
    set({ draft });
  },
  patch(p) {
    set((s) => ({ draft: { ...s.draft, ...p } }));
  },
  setVerdict(verdict) {
    set((s) => ({ draft: { ...s.draft, verdict } }));
  },
}));
