import { type Change, type HistoryState, UNDO_LIMIT } from '../../../shared/model/change';

// Undo/redo stacks of one open project (in memory: history does not survive closing; the journal does).
// Each entry holds both directions: `forward` re-does the step, `backward` undoes it. A new change clears redo;
// the undo stack keeps the newest UNDO_LIMIT steps.

export interface HistoryEntry {
  forward: Change;
  backward: Change;
}

export class History {
  private readonly undoStack: HistoryEntry[] = [];
  private readonly redoStack: HistoryEntry[] = [];

  recordNew(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.splice(0, this.undoStack.length - UNDO_LIMIT);
    this.redoStack.length = 0;
  }

  peekUndo(): HistoryEntry | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }
  peekRedo(): HistoryEntry | undefined {
    return this.redoStack[this.redoStack.length - 1];
  }

  /** After the top undo entry's `backward` was applied; `forward` is what re-does it now. */
  movedToRedo(forward: Change): void {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push({ forward, backward: entry.backward });
  }

  /** After the top redo entry's `forward` was applied; `backward` is what undoes it now. */
  movedToUndo(backward: Change): void {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push({ forward: entry.forward, backward });
  }

  state(): HistoryState {
    const undo = this.peekUndo();
    const redo = this.peekRedo();
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoSummary: undo?.forward.summary ?? null,
      redoSummary: redo?.forward.summary ?? null,
      depth: this.undoStack.length,
    };
  }
}
