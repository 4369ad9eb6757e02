import { applyOperations, diffMaps, type Operation, OperationError } from '@opencjm/core';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiError, isApiStatus } from '../api/errors.ts';
import { MapConflictBody, type MapEnvelope, type SavedVersion } from '../api/schemas.ts';
import { buildCellIndex } from './cell-index.ts';
import type { ConflictChoice, EditorError, EditorState } from './editor-state.ts';
import { EMPTY_HISTORY, recordEdit, redo, type Snapshot, undo } from './history.ts';
import { reapply } from './merge.ts';
import { pendingAfterSave } from './pending.ts';

/** What the editor store needs from the server. */
export interface EditorDeps {
  save: (map: MapEnvelope['map'], version: number) => Promise<SavedVersion>;
  /** Fetches the server's version when a 409 does not carry it. */
  fetch: (id: string) => Promise<MapEnvelope>;
  /** Debounce of autosave after an edit, ms. */
  delayMs?: number;
  /** Wait before retrying a save that failed for a reason other than a conflict, ms. */
  retryMs?: number;
}

function errorOf(error: unknown): EditorError {
  if (error instanceof ApiError) return { code: error.code, params: error.params, status: error.status };
  if (error instanceof OperationError) return { code: error.code, params: error.params };
  return { code: 'unknown', params: { code: String(error) } };
}

const EMPTY = {
  map: null,
  cells: new Map(),
  base: null,
  pending: [],
  epoch: 0,
  history: EMPTY_HISTORY,
  saving: false,
  saveError: null,
  conflict: null,
  editError: null,
  skipped: 0,
  editingCardId: null,
  readOnly: false,
} as const;

/**
 * The editor store: the map, undo/redo snapshots and autosave. Every edit is a core
 * `Operation` applied locally; a debounced PUT saves the map with the version it started
 * from. A 409 stops autosave and keeps both versions until the user chooses.
 */
export function createEditorStore(deps: EditorDeps): StoreApi<EditorState> {
  const delayMs = deps.delayMs ?? 700;
  const retryMs = deps.retryMs ?? 3000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flight: Promise<void> | null = null;

  return createStore<EditorState>()((set, get) => {
    function schedule(delay = delayMs): void {
      clearTimeout(timer);
      timer = setTimeout(() => void save(), delay);
    }

    function snapshot(): Snapshot {
      const { map, pending, epoch } = get();
      if (!map) throw new Error('no map loaded');
      return { map, pending, epoch };
    }

    /** Shows `restore` (from the history or a conflict choice) as the current map. */
    function show(restore: Snapshot, history = get().history): void {
      const state = get();
      const sameEpoch = restore.epoch === state.epoch;
      const pending = restore.map === state.base?.map ? [] : sameEpoch ? restore.pending : null;
      set({ map: restore.map, cells: buildCellIndex(restore.map.cards, state.cells), pending, history });
      schedule();
    }

    async function conflictFrom(error: ApiError, id: string): Promise<MapEnvelope> {
      const parsed = MapConflictBody.safeParse(error.body);
      return parsed.success ? parsed.data.current : deps.fetch(id);
    }

    async function save(): Promise<void> {
      clearTimeout(timer);
      if (flight) return flight.then(() => (get().map !== get().base?.map ? save() : undefined));
      const state = get();
      const { map: sent, base, pending: sentPending, epoch } = state;
      if (!sent || !base || state.conflict || sent === base.map) return;
      set({ saving: true });
      flight = (async () => {
        try {
          const saved = await deps.save(sent, base.version);
          const now = get();
          if (now.map?.id !== sent.id) return;
          const pending =
            now.map === sent ? [] : now.epoch === epoch ? pendingAfterSave(now.pending, sentPending) : null;
          set({
            base: { map: sent, version: saved.version },
            epoch: now.epoch + 1,
            pending,
            saveError: null,
          });
          if (now.map !== sent) schedule();
        } catch (error) {
          if (get().map?.id !== sent.id) return;
          if (isApiStatus(error, 409)) {
            const theirs = await conflictFrom(error, sent.id).catch(() => null);
            const mine = get().map;
            if (theirs && mine) {
              const theirChanges = diffMaps(base.map, theirs.map);
              const myChanges = diffMaps(base.map, mine);
              set({ conflict: { theirs, mine, base, theirChanges, myChanges }, saveError: null });
              return;
            }
          }
          set({ saveError: errorOf(error) });
          // A network or server failure may pass; a refusal (4xx) waits for the next edit.
          const status = error instanceof ApiError ? error.status : 0;
          if (status === 0 || status >= 500) schedule(retryMs);
        } finally {
          flight = null;
          set({ saving: false });
        }
      })();
      return flight;
    }

    function resolve(choice: ConflictChoice): void {
      const { conflict, map, pending, history, epoch } = get();
      if (!conflict || !map) return;
      const theirs = conflict.theirs;
      const rebased = { base: theirs, epoch: epoch + 1, conflict: null, skipped: 0 };
      if (choice === 'mine') {
        set({ ...rebased, pending: null });
      } else if (choice === 'theirs') {
        set({ ...rebased, history: recordEdit(history, snapshot()), pending: [] });
        set({ map: theirs.map, cells: buildCellIndex(theirs.map.cards, get().cells) });
      } else {
        if (pending === null) return;
        const merged = reapply(theirs.map, pending);
        set({ ...rebased, history: recordEdit(history, snapshot()), skipped: merged.skipped.length });
        set({
          map: merged.map,
          cells: buildCellIndex(merged.map.cards, get().cells),
          pending: merged.applied,
        });
      }
      void save();
    }

    return {
      ...EMPTY,
      load(envelope, options = {}) {
        clearTimeout(timer);
        const { map } = envelope;
        const readOnly = options.readOnly ?? false;
        set({ ...EMPTY, map, cells: buildCellIndex(map.cards), base: envelope, readOnly });
      },
      unload() {
        clearTimeout(timer);
        set({ ...EMPTY });
      },
      apply(ops) {
        const state = get();
        if (!state.map || state.conflict || state.readOnly) return false;
        const list: readonly Operation[] = Array.isArray(ops) ? ops : [ops as Operation];
        let next: MapEnvelope['map'];
        try {
          next = applyOperations(state.map, list);
        } catch (error) {
          if (!(error instanceof OperationError)) throw error;
          set({ editError: errorOf(error) });
          return false;
        }
        const cells = next.cards === state.map.cards ? state.cells : buildCellIndex(next.cards, state.cells);
        set({
          map: next,
          cells,
          history: recordEdit(state.history, snapshot()),
          pending: state.pending === null ? null : [...state.pending, ...list],
          editError: null,
        });
        schedule();
        return true;
      },
      undo() {
        if (get().conflict || !get().map || get().readOnly) return;
        const step = undo(get().history, snapshot());
        if (step) show(step.restore, step.history);
      },
      redo() {
        if (get().conflict || !get().map || get().readOnly) return;
        const step = redo(get().history, snapshot());
        if (step) show(step.restore, step.history);
      },
      saveNow: save,
      resolveConflict: resolve,
      setEditingCard(id) {
        if (id !== null && get().readOnly) return;
        set({ editingCardId: id });
      },
      dismissNotice() {
        set({ editError: null, skipped: 0 });
      },
    };
  });
}
