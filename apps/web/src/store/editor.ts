import { useStore } from 'zustand';
import { getMap, saveMap } from '../api/maps.ts';
import { sessionStore } from '../auth/session.ts';
import type { EditorState } from './editor-state.ts';
import { createEditorStore } from './editor-store.ts';

/** The app's one map editor store, saving through the HTTP API. */
export const editorStore = createEditorStore({ save: saveMap, fetch: getMap });

// A save refused because the session ended is retried when the same member signs in again.
sessionStore.subscribe((state, before) => {
  if (state.status === 'signed-in' && before.status === 'signed-out' && before.expired)
    void editorStore.getState().saveNow();
});

/** Reads from the editor store; the component re-renders only when the selected value changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}

/** Applies operations to the edited map (see {@link EditorState.apply}). */
export const applyEdit: EditorState['apply'] = (ops) => editorStore.getState().apply(ops);

/** Whether the open map is shown without edit controls (the member may not write). */
export function useReadOnly(): boolean {
  return useStore(editorStore, (state) => state.readOnly);
}
