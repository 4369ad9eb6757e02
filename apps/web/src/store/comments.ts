import type { Comment, CommentTarget, User } from '@opencjm/core';
import { create } from 'zustand';
import { createComment, listComments, listUsers, setCommentResolved } from '../api/team.ts';
import { openCounts, targetKey } from '../components/comments/threads.ts';

/** Which side drawer of the editor is open. */
export type Drawer = 'comments' | 'activity' | null;

interface CommentsState {
  mapId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  items: Comment[];
  /** Open comments per target (`targetKey`), derived from `items` so each card reads one number. */
  open: ReadonlyMap<string, number>;
  /** Targets with any comment, resolved or not. */
  commented: ReadonlySet<string>;
  /** Members, for @mention autocomplete. */
  users: User[];
  drawer: Drawer;
  /** The thread shown in the comments drawer; null: all threads. */
  target: CommentTarget | null;
  /** A thread to open when the map `mapId` is next loaded (from the mentions inbox). */
  request: { mapId: string; target: CommentTarget } | null;
  load(mapId: string): Promise<void>;
  add(target: CommentTarget, body: string): Promise<void>;
  setResolved(id: string, resolved: boolean): Promise<void>;
  /** Opens the comments drawer at a thread (or all threads). */
  show(target: CommentTarget | null): void;
  setDrawer(drawer: Drawer): void;
  openLater(mapId: string, target: CommentTarget): void;
}

const replace = (items: readonly Comment[], next: Comment) =>
  items.map((item) => (item.id === next.id ? next : item));

/** The comments with the counts derived from them. */
const withItems = (items: Comment[]) => ({
  items,
  open: openCounts(items),
  commented: new Set(items.map((comment) => targetKey(comment.target))),
});

/** The comments of the open map, the members to mention, and the editor's side drawer. */
export const useComments = create<CommentsState>((set, get) => ({
  mapId: null,
  status: 'idle',
  error: null,
  ...withItems([]),
  users: [],
  drawer: null,
  target: null,
  request: null,
  async load(mapId) {
    const request = get().request;
    const opening = request?.mapId === mapId ? request : null;
    set({
      mapId,
      status: 'loading',
      error: null,
      ...withItems([]),
      drawer: opening ? 'comments' : null,
      target: opening?.target ?? null,
      request: null,
    });
    try {
      const [items, users] = await Promise.all([listComments(mapId), listUsers().catch(() => [])]);
      if (get().mapId === mapId) set({ status: 'ready', ...withItems(items), users });
    } catch (error) {
      if (get().mapId === mapId) set({ status: 'error', error });
    }
  },
  async add(target, body) {
    const mapId = get().mapId;
    if (!mapId) return;
    const created = await createComment(mapId, { target, body });
    if (get().mapId === mapId) set(withItems([...get().items, created]));
  },
  async setResolved(id, resolved) {
    const next = await setCommentResolved(id, resolved);
    set(withItems(replace(get().items, next)));
  },
  show(target) {
    set({ drawer: 'comments', target, request: null });
  },
  setDrawer(drawer) {
    set({ drawer, target: null });
  },
  openLater(mapId, target) {
    set({ request: { mapId, target } });
  },
}));
