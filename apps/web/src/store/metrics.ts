import { create } from 'zustand';
import { getMapMetrics, type Period } from '../api/analytics.ts';
import type { MapMetrics } from '../api/analytics-schemas.ts';
import { periodFromDates } from '../components/data/period.ts';

/** `none`: the server has no metrics for the map (route missing or nothing measured yet). */
export type MetricsStatus = 'idle' | 'loading' | 'none' | 'ready' | 'error';

interface MetricsState {
  mapId: string | null;
  status: MetricsStatus;
  metrics: MapMetrics | null;
  /** Whether the data-driven emotion curve is laid over the drawn one. */
  showDataCurve: boolean;
  /** The first and last day (included) the figures cover, `YYYY-MM-DD` or empty (all time). */
  from: string;
  through: string;
  /** The API period of `from` … `through`. */
  period: Period;
  load(mapId: string): Promise<void>;
  /** Chooses the days the figures cover and measures them again. */
  setDates(from: string, through: string): Promise<void>;
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
  from: '',
  through: '',
  period: {},
  async load(mapId) {
    const { period } = get();
    set({ mapId, status: 'loading', metrics: null });
    try {
      const metrics = await getMapMetrics(mapId, period);
      // a later load (another map or another period) has taken over
      if (get().mapId !== mapId || get().period !== period) return;
      if (!metrics || isEmpty(metrics)) set({ status: 'none' });
      else set({ status: 'ready', metrics });
    } catch {
      if (get().mapId === mapId && get().period === period) set({ status: 'error' });
    }
  },
  async setDates(from, through) {
    set({ from, through, period: periodFromDates(from, through) });
    const { mapId } = get();
    if (mapId !== null) await get().load(mapId);
  },
  setShowDataCurve(show) {
    set({ showDataCurve: show });
  },
}));
