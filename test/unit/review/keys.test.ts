import { describe, expect, it } from 'vitest';
import type { KeyInput } from '../../../renderer/src/app/shortcuts';
import { reviewKeyAction } from '../../../renderer/src/review/keys';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('review keyboard', () => {
  it('steps forward on what clickers send: →, PageDown, Space (and ↓, Enter)', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'Enter']) expect(reviewKeyAction(key(k))).toBe('next');
  });

  it('steps back on ←, PageUp, Shift+Space (and ↑, Backspace)', () => {
    for (const k of ['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace']) expect(reviewKeyAction(key(k))).toBe('prev');
    expect(reviewKeyAction(key(' ', { shiftKey: true }))).toBe('prev');
  });

  it('leaves on Esc, jumps with Home/End, picks pointer (P), pen (D), theme (B or .)', () => {
    expect(reviewKeyAction(key('Escape'))).toBe('exit');
    expect(reviewKeyAction(key('Home'))).toBe('first');
    expect(reviewKeyAction(key('End'))).toBe('last');
    expect(reviewKeyAction(key('p'))).toBe('pointer');
    expect(reviewKeyAction(key('P'))).toBe('pointer');
    expect(reviewKeyAction(key('d'))).toBe('pen');
    expect(reviewKeyAction(key('b'))).toBe('theme');
    expect(reviewKeyAction(key('.'))).toBe('theme');
  });

  it('swallows F5 / Shift+F5 (a clicker restarting the show must not reload the page)', () => {
    expect(reviewKeyAction(key('F5'))).toBe('stay');
    expect(reviewKeyAction(key('F5', { shiftKey: true }))).toBe('stay');
  });

  it('leaves Ctrl/⌘/Alt combinations (undo, redo) and other keys to the app', () => {
    expect(reviewKeyAction(key('z', { ctrlKey: true }))).toBeNull();
    expect(reviewKeyAction(key('ArrowRight', { metaKey: true }))).toBeNull();
    expect(reviewKeyAction(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(reviewKeyAction(key('x'))).toBeNull();
    expect(reviewKeyAction(key('ArrowRight', { shiftKey: true }))).toBeNull();
  });
});
