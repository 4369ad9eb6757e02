import { create } from 'zustand';

interface CurveSeriesState {
  /** The curve chosen for editing: a persona id, `undefined` for the whole map, `null` for the default. */
  chosen: { persona: string | undefined } | null;
  choose(persona: string | undefined): void;
}

/** Which emotion curve (whole map or a persona's) the editor shows and edits. */
export const useCurveSeries = create<CurveSeriesState>((set) => ({
  chosen: null,
  choose: (persona) => set({ chosen: { persona } }),
}));
