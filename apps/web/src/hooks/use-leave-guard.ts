import { useEffect } from 'react';
import { editorStore } from '../store/editor.ts';

/** Asks before the page is closed or reloaded while edits are not saved yet. */
export function useLeaveGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { map, base } = editorStore.getState();
      if (map && map !== base?.map) {
        void editorStore.getState().saveNow();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
