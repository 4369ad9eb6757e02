import type { EditorState } from './editor-state.ts';

/** What the save indicator shows. */
export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

/** The save status of the editor, derived from its state. */
export function saveStatus(state: EditorState): SaveStatus {
  if (state.conflict) return 'conflict';
  if (state.saving) return 'saving';
  if (state.saveError) return 'error';
  return state.map !== null && state.map !== state.base?.map ? 'dirty' : 'saved';
}
