import type { Comment } from '@opencjm/core';
import { create } from 'zustand';
import { listMentions } from '../api/team.ts';

interface MentionsState {
  /** Open comments mentioning the signed-in member, newest first; kept while a refresh runs. */
  items: Comment[];
  refresh(): Promise<void>;
}

let round = 0;

/** The mentions inbox of the header. */
export const useMentions = create<MentionsState>((set) => ({
  items: [],
  async refresh() {
    const mine = ++round;
    try {
      const items = await listMentions();
      if (mine === round) set({ items });
    } catch {
      // The badge keeps its last count; a lost session is handled by the session store.
    }
  },
}));
