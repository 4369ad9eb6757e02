import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  announce(message: string): void;
}

/** The text of the polite live region: what screen readers say after a keyboard move. */
export const useAnnouncer = create<AnnouncerState>((set) => ({
  message: '',
  announce: (message) => set({ message }),
}));
