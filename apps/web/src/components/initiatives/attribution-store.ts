import { create } from 'zustand';
import { getAttribution } from './api.ts';
import type { AttributionAnswer, AttributionModel } from './schemas.ts';

interface AttributionState {
  /** The map the credit is of; credit of another map is never shown. */
  mapId: string | null;
  conversion: string;
  model: AttributionModel;
  status: 'off' | 'loading' | 'ready' | 'error';
  answer: AttributionAnswer | null;
  error: unknown;
  setConversion(conversion: string): void;
  setModel(model: AttributionModel): void;
  /** Loads the credit of `mapId`'s touchpoints with the chosen conversion and model. */
  show(mapId: string): Promise<void>;
  hide(): void;
}

/** Attribution credit per touchpoint of the open map, shown next to its touchpoints. */
export const useAttribution = create<AttributionState>((set, get) => ({
  mapId: null,
  conversion: 'purchase',
  model: 'linear',
  status: 'off',
  answer: null,
  error: null,
  setConversion: (conversion) => set({ conversion }),
  setModel(model) {
    set({ model });
    const { mapId, status } = get();
    if (mapId !== null && status !== 'off') void get().show(mapId);
  },
  async show(mapId) {
    const { conversion, model } = get();
    set({ mapId, status: 'loading', error: null });
    try {
      const answer = await getAttribution(mapId, conversion.trim(), model);
      const now = get();
      if (now.mapId === mapId && now.conversion === conversion && now.model === model)
        set({ status: 'ready', answer });
    } catch (error) {
      if (get().mapId === mapId) set({ status: 'error', error, answer: null });
    }
  },
  hide: () => set({ status: 'off', answer: null, error: null }),
}));

/** The share of the conversions credited to touchpoint `id` of map `mapId`, when shown. */
export function useCredit(mapId: string, id: string): number | null {
  return useAttribution((state) =>
    state.status === 'ready' && state.mapId === mapId
      ? (state.answer?.channels.find((c) => c.channel === id)?.share ?? 0)
      : null,
  );
}
