import { useEffect, useState } from 'react';
import { getSurvey } from '../../../api/insight.ts';
import type { SurveyMetric, SurveyView } from '../../../api/survey-schemas.ts';
import { type AsyncState, useAsync } from '../../../hooks/use-async.ts';

/** How long typing must pause before a key is asked for. */
const SETTLE_MS = 300;

/** `value` once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A survey load by attribute, with the key it was asked for. */
export type AttributeSurvey = AsyncState<SurveyView | null> & { key: string; reload: () => void };

/**
 * `metric` of the map broken down by the customer attribute `key` (trimmed, once typing
 * settles); `null` while the key is blank, so nothing is fetched.
 */
export function useAttributeSurvey(metric: SurveyMetric, mapId: string, key: string): AttributeSurvey | null {
  const settled = useSettled(key.trim(), SETTLE_MS);
  const state = useAsync(
    (signal) => (settled ? getSurvey(metric, mapId, signal, settled) : Promise.resolve(null)),
    JSON.stringify([metric, mapId, settled]),
  );
  return settled ? { ...state, key: settled } : null;
}
