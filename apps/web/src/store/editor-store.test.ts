import { type JourneyMap, laptopPurchaseMap, type Operation } from '@opencjm/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors.ts';
import type { MapEnvelope } from '../api/schemas.ts';
import { createEditorStore } from './editor-store.ts';
import { saveStatus } from './save-status.ts';

/** An in-memory server with the API's versioning: a stale version answers 409 with the current map. */
function fakeServer(map: JourneyMap) {
  let current: MapEnvelope = { map, version: 1 };
  const server = {
    get current() {
      return current;
    },
    saves: 0,
    /** When set, the next save waits for this promise (a save "in flight"). */
    gate: null as Promise<void> | null,
    fail: null as ApiError | null,
    async save(next: JourneyMap, version: number) {
      server.saves += 1;
      if (server.gate) await server.gate;
      if (server.fail) {
        const error = server.fail;
        server.fail = null;
        throw error;
      }
      if (version !== current.version) {
        throw new ApiError(409, 'version-conflict', { error: { code: 'version-conflict' }, current });
      }
      current = { map: next, version: version + 1 };
      return { version: current.version };
    },
    async fetch() {
      return current;
    },
    /** Someone else saves a change. */
    external(change: (map: JourneyMap) => JourneyMap) {
      current = { map: change(current.map), version: current.version + 1 };
    },
  };
  return server;
}

const anna = laptopPurchaseMap('en');
const addCard = (id: string, text: string): Operation => ({
  op: 'addCard',
  id,
  lane: 'actions',
  stage: 'purchase',
  text,
});
const texts = (map: JourneyMap | null) => map?.cards.map((card) => card.text) ?? [];

function setup() {
  const server = fakeServer(anna);
  const store = createEditorStore({ save: server.save, fetch: server.fetch, delayMs: 500, retryMs: 1000 });
  store.getState().load({ map: anna, version: 1 });
  return { server, store, state: () => store.getState() };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('editor store: edits and autosave', () => {
  it('applies an edit locally at once and saves it after the debounce delay', async () => {
    const { server, state } = setup();
    expect(state().apply(addCard('x1', 'Pays by card'))).toBe(true);
    expect(texts(state().map)).toContain('Pays by card');
    expect(saveStatus(state())).toBe('dirty');
    await vi.advanceTimersByTimeAsync(499);
    expect(server.saves).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.saves).toBe(1);
    expect(server.current.version).toBe(2);
    expect(state().base?.version).toBe(2);
    expect(state().pending).toEqual([]);
    expect(saveStatus(state())).toBe('saved');
  });

  it('saves a burst of edits once', async () => {
    const { server, state } = setup();
    for (let i = 0; i < 5; i += 1) {
      state().apply(addCard(`x${i}`, `Card ${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(server.saves).toBe(1);
    expect(texts(server.current.map)).toContain('Card 4');
  });

  it('keeps edits made while a save is in flight and saves them next', async () => {
    const { server, state } = setup();
    let open = () => {};
    server.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const first = addCard('x1', 'First');
    const second = addCard('x2', 'Second');
    state().apply(first);
    await vi.advanceTimersByTimeAsync(500);
    expect(saveStatus(state())).toBe('saving');
    state().apply(second);
    server.gate = null;
    open();
    await vi.advanceTimersByTimeAsync(0);
    expect(state().base?.version).toBe(2);
    expect(state().pending).toEqual([second]);
    expect(saveStatus(state())).toBe('dirty');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.current.version).toBe(3);
    expect(texts(server.current.map)).toEqual(expect.arrayContaining(['First', 'Second']));
  });

  it('refuses an edit that does not fit the map, with the reason code, and changes nothing', () => {
    const { state } = setup();
    const before = state().map;
    expect(state().apply({ op: 'moveCard', id: 'c1', lane: 'actions', stage: 'purhcase' })).toBe(false);
    expect(state().map).toBe(before);
    expect(state().editError?.code).toBe('unknown-stage');
  });

  it('retries a save that failed for a network error', async () => {
    const { server, state } = setup();
    server.fail = new ApiError(0, 'network', undefined);
    state().apply(addCard('x1', 'Offline edit'));
    await vi.advanceTimersByTimeAsync(500);
    expect(saveStatus(state())).toBe('error');
    expect(state().saveError?.code).toBe('network');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saveStatus(state())).toBe('saved');
    expect(texts(server.current.map)).toContain('Offline edit');
  });
});

describe('editor store: undo and redo', () => {
  it('goes back and forth through snapshots', () => {
    const { state } = setup();
    state().apply(addCard('x1', 'One'));
    state().apply(addCard('x2', 'Two'));
    state().undo();
    expect(texts(state().map)).toContain('One');
    expect(texts(state().map)).not.toContain('Two');
    expect(state().pending).toHaveLength(1);
    state().redo();
    expect(texts(state().map)).toContain('Two');
    state().undo();
    state().undo();
    expect(state().map).toBe(anna);
    expect(state().pending).toEqual([]);
    expect(saveStatus(state())).toBe('saved');
  });

  it('can undo an edit that was already saved; the undo is then saved as a whole document', async () => {
    const { server, state } = setup();
    state().apply(addCard('x1', 'Saved, then undone'));
    await vi.advanceTimersByTimeAsync(500);
    state().undo();
    expect(state().pending).toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    expect(server.current.version).toBe(3);
    expect(texts(server.current.map)).not.toContain('Saved, then undone');
  });
});

describe('editor store: conflicts', () => {
  async function conflicted() {
    const context = setup();
    context.server.external((map) => ({
      ...map,
      cards: [
        ...map.cards,
        { id: 'theirs-1', lane: 'pains', stage: 'usage', text: 'Theirs', evidence: 'reported', sources: [] },
      ],
    }));
    context.state().apply(addCard('mine-1', 'Mine'));
    await vi.advanceTimersByTimeAsync(500);
    return context;
  }

  it('stops on a 409 and shows what each side changed', async () => {
    const { state } = await conflicted();
    const conflict = state().conflict;
    expect(saveStatus(state())).toBe('conflict');
    expect(conflict?.theirs.version).toBe(2);
    expect(conflict?.theirChanges).toEqual([
      expect.objectContaining({ kind: 'added', entity: 'card', id: 'theirs-1' }),
    ]);
    expect(conflict?.myChanges).toEqual([
      expect.objectContaining({ kind: 'added', entity: 'card', id: 'mine-1' }),
    ]);
    expect(state().apply(addCard('mine-2', 'Blocked'))).toBe(false);
  });

  it('merges by re-applying my edits on top of theirs', async () => {
    const { server, state } = await conflicted();
    state().resolveConflict('merge');
    await vi.advanceTimersByTimeAsync(0);
    expect(state().conflict).toBeNull();
    expect(server.current.version).toBe(3);
    expect(texts(server.current.map)).toEqual(expect.arrayContaining(['Theirs', 'Mine']));
    expect(saveStatus(state())).toBe('saved');
  });

  it('keeps mine by saving it over their version', async () => {
    const { server, state } = await conflicted();
    state().resolveConflict('mine');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.current.version).toBe(3);
    expect(texts(server.current.map)).toContain('Mine');
    expect(texts(server.current.map)).not.toContain('Theirs');
  });

  it('takes theirs, and Undo brings mine back (saved on top of theirs)', async () => {
    const { server, state } = await conflicted();
    state().resolveConflict('theirs');
    await vi.advanceTimersByTimeAsync(0);
    expect(texts(state().map)).toContain('Theirs');
    expect(texts(state().map)).not.toContain('Mine');
    expect(server.current.version).toBe(2);
    state().undo();
    expect(texts(state().map)).toContain('Mine');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.current.version).toBe(3);
    expect(texts(server.current.map)).toContain('Mine');
  });

  it('skips, and counts, my edits that no longer fit their version', async () => {
    const { server, state } = setup();
    server.external((map) => ({ ...map, cards: map.cards.filter((card) => card.id !== 'c1') }));
    state().apply({ op: 'editCard', id: 'c1', text: 'Edited a card they removed' });
    state().apply(addCard('mine-1', 'Still lands'));
    await vi.advanceTimersByTimeAsync(500);
    state().resolveConflict('merge');
    await vi.advanceTimersByTimeAsync(0);
    expect(state().skipped).toBe(1);
    expect(texts(server.current.map)).toContain('Still lands');
  });
});

describe('editor store: read-only members', () => {
  it('refuses every edit, undo and card editing, and never saves', async () => {
    const { server, store, state } = setup();
    store.getState().load({ map: anna, version: 1 }, { readOnly: true });
    expect(state().readOnly).toBe(true);
    expect(state().apply(addCard('x1', 'Not allowed'))).toBe(false);
    expect(state().apply({ op: 'renameStage', id: 'purchase', name: 'Changed' })).toBe(false);
    state().undo();
    state().setEditingCard(anna.cards[0]?.id ?? null);
    expect(state().editingCardId).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(state().map).toBe(anna);
    expect(server.saves).toBe(0);
  });

  it('edits again when a member who may write loads the map', () => {
    const { store, state } = setup();
    store.getState().load({ map: anna, version: 1 }, { readOnly: true });
    store.getState().load({ map: anna, version: 1 });
    expect(state().readOnly).toBe(false);
    expect(state().apply(addCard('x1', 'Allowed'))).toBe(true);
  });
});
