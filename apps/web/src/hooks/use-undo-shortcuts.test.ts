import { describe, expect, it } from 'vitest';
import { undoAction } from './use-undo-shortcuts.ts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('undoAction', () => {
  it('maps Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and Cmd+Z', () => {
    expect(undoAction(key('z', { ctrl: true }))).toBe('undo');
    expect(undoAction(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoAction(key('y', { ctrl: true }))).toBe('redo');
    expect(undoAction(key('z', { meta: true }))).toBe('undo');
  });

  it('ignores other keys', () => {
    expect(undoAction(key('z'))).toBeNull();
    expect(undoAction(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoAction(key('s', { ctrl: true }))).toBeNull();
  });
});
