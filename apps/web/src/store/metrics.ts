import { create } from 'zustand';
import { getMapMetrics } from '../api/analytics.ts';
import type { MapMetrics } from '../api/analytics-schemas.ts';

/** `none`: the server has no metrics for the map (route missing or nothing measured yet). */
export type MetricsStatus = 'idle' | 'loading' | 'none' | 'ready' | 'error';

interface MetricsState {
  mapId: string | null;
  status: MetricsStatus;
  metrics: MapMetrics | null;
  /** Whether the data-driven emotion curve is laid over the drawn one. */
  showDataCurve: boolean;
  load(mapId: string): Promise<void>;
  setShowDataCurve(show: boolean): void;
}

function isEmpty(metrics: MapMetrics): boolean {
  return Object.keys(metrics.stages).length === 0 && Object.keys(metrics.touchpoints).length === 0;
}

/** The measured metrics of the open map, per stage and touchpoint. */
export const useMetrics = create<MetricsState>((set, get) => ({
  mapId: null,
  status: 'idle',
  metrics: null,
  showDataCurve: false,
  async load(mapId) {
    set({ mapId, status: 'loading', metrics: null });
    try {
      const metrics = await getMapMetrics(mapId);
      if (get().mapId !== mapId) return;
      if (!metrics || isEmpty(metrics)) set({ status: 'none' });
      else set({ status: 'ready', metrics });
    } catch {
      if (get().mapId === mapId) set({ status: 'error' });
    }
  },
  setShowDataCurve(show) {
    set({ showDataCurve: show });
  },
}));
