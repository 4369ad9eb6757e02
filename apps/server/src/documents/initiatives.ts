import type { VersionedInitiative } from '@opencjm/core';
import { type Initiative, Initiative as InitiativeSchema, type JourneyMap } from '@opencjm/core';
import { invalid } from '../http/api-error.ts';
import type { ApiIssue } from '../schemas/errors.ts';
import type { StoredDocument } from '../store/document-table.ts';

/** A stored initiative with its version; one that no longer parses is a server fault. */
export function storedInitiative(stored: StoredDocument): VersionedInitiative {
  const parsed = InitiativeSchema.safeParse(stored.doc);
  if (!parsed.success)
    throw new Error(`stored initiative ${stored.id} does not load: ${parsed.error.issues[0]?.message}`);
  return { initiative: parsed.data, version: stored.version };
}

/**
 * Checks that what an initiative points at is on its map: the opportunity, the pain cards
 * and the KPIs. Throws 400 `invalid-initiative` naming each unknown id and where it is.
 * With `before` (an update), only links that are new are checked: an opportunity, card or
 * KPI deleted from the map since does not block saving the initiative.
 */
export function requireLinksOnMap(initiative: Initiative, map: JourneyMap, before?: Initiative): void {
  const issues: ApiIssue[] = [];
  const known = (ids: readonly string[], id: string) => ids.includes(id);
  if (before === undefined && !map.opportunities.some((o) => o.id === initiative.opportunityId))
    issues.push({
      path: 'opportunityId',
      code: 'unknown-opportunity',
      message: `map "${map.id}" has no opportunity "${initiative.opportunityId}"`,
    });
  const cards = new Set(map.cards.map((c) => c.id));
  initiative.pains.forEach((id, i) => {
    if (!cards.has(id) && !known(before?.pains ?? [], id))
      issues.push({
        path: `pains[${i}]`,
        code: 'unknown-card',
        message: `map "${map.id}" has no card "${id}"`,
      });
  });
  const kpis = new Set(map.kpis.map((k) => k.id));
  initiative.kpis.forEach((id, i) => {
    if (!kpis.has(id) && !known(before?.kpis ?? [], id))
      issues.push({ path: `kpis[${i}]`, code: 'unknown-kpi', message: `map "${map.id}" has no KPI "${id}"` });
  });
  if (issues.length > 0) throw invalid('invalid-initiative', issues);
}
