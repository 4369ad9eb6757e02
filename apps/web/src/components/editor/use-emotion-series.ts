import type { Emotion } from '@opencjm/core';
import { useMemo } from 'react';
import { useCurveSeries } from '../../store/curve-series.ts';
import { useEditor } from '../../store/editor.ts';
import { NONE } from '../../store/empty.ts';
import { emotionSeries } from './emotion-series.ts';

/** The map's emotion curves and the one being shown (the chosen one, else the default). */
export function useEmotionSeries(): {
  series: (string | undefined)[];
  persona: string | undefined;
  emotions: readonly Emotion[];
} {
  const emotions = useEditor((state) => state.map?.emotions ?? NONE);
  const personas = useEditor((state) => state.map?.personas ?? NONE);
  const chosen = useCurveSeries((state) => state.chosen);
  const series = useMemo(() => emotionSeries(emotions, personas), [emotions, personas]);
  const persona = chosen && series.includes(chosen.persona) ? chosen.persona : series[0];
  return { series, persona, emotions };
}
