import { useEffect } from 'react';
import { editorStore } from '../store/editor.ts';

/** Whether a key press belongs to a text field, which has its own undo. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The undo/redo action of a key press: Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y (Cmd on a Mac). */
export function undoAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Ctrl+Z / Ctrl+Shift+Z anywhere in the editor except inside text fields. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoAction(event);
      if (!action || inTextField(event.target)) return;
      event.preventDefault();
      editorStore.getState()[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
