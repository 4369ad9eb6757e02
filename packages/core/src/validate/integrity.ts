import type { JourneyMap } from '../schema/index.ts';
import { formatPath, type ValidationIssue } from './issue.ts';

type Path = readonly PropertyKey[];

/**
 * Checks what the schema alone cannot: ids unique within each collection and every
 * reference resolving. Messages name the path and the value, e.g.
 * `cards[3].stage: unknown stage "purhcase"`.
 */
export function checkIntegrity(map: JourneyMap): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: Path, code: string, message: string) =>
    issues.push({ path: formatPath(path), code, message });

  const ids = (collection: 'stages' | 'lanes' | 'cards' | 'touchpoints' | 'opportunities' | 'kpis') => {
    const seen = new Map<string, number>();
    map[collection].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else
        report(
          [collection, index, 'id'],
          'duplicate-id',
          `duplicate id "${item.id}" (also ${collection}[${first}])`,
        );
    });
    return new Set(seen.keys());
  };
  const stages = ids('stages');
  const lanes = ids('lanes');
  const cards = ids('cards');
  const touchpoints = ids('touchpoints');
  ids('opportunities');
  ids('kpis');
  const personas = new Set(map.personas);

  const resolve = (path: Path, kind: string, known: Set<string>, value: string | undefined) => {
    if (value !== undefined && !known.has(value))
      report(path, 'unknown-reference', `unknown ${kind} "${value}"`);
  };

  map.personas.forEach((id, index) => {
    if (map.personas.indexOf(id) !== index)
      report(['personas', index], 'duplicate-id', `duplicate persona "${id}"`);
  });
  map.cards.forEach((card, i) => {
    resolve(['cards', i, 'lane'], 'lane', lanes, card.lane);
    resolve(['cards', i, 'stage'], 'stage', stages, card.stage);
    resolve(['cards', i, 'persona'], 'persona', personas, card.persona);
    resolve(['cards', i, 'touchpoint'], 'touchpoint', touchpoints, card.touchpoint);
  });
  const points = new Map<string, number>();
  map.emotions.forEach((emotion, i) => {
    resolve(['emotions', i, 'stage'], 'stage', stages, emotion.stage);
    resolve(['emotions', i, 'persona'], 'persona', personas, emotion.persona);
    const key = `${emotion.stage}/${emotion.persona ?? ''}`;
    const first = points.get(key);
    if (first === undefined) points.set(key, i);
    else
      report(
        ['emotions', i],
        'duplicate-emotion',
        `second point for stage "${emotion.stage}"${emotion.persona ? ` and persona "${emotion.persona}"` : ''} (also emotions[${first}])`,
      );
  });
  map.touchpoints.forEach((tp, i) => {
    resolve(['touchpoints', i, 'stage'], 'stage', stages, tp.stage);
  });
  map.opportunities.forEach((o, i) => {
    resolve(['opportunities', i, 'stage'], 'stage', stages, o.stage);
    o.pains.forEach((pain, j) => {
      resolve(['opportunities', i, 'pains', j], 'card', cards, pain);
    });
  });
  map.kpis.forEach((k, i) => {
    resolve(['kpis', i, 'stage'], 'stage', stages, k.stage);
    resolve(['kpis', i, 'touchpoint'], 'touchpoint', touchpoints, k.touchpoint);
  });
  return issues;
}
