import type { PainProposal as PainFinding } from '@opencjm/core';
import {
  type AddCardOp,
  type Card,
  type JourneyMap,
  LANE_TITLES,
  type Operation,
  slugId,
  slugify,
} from '@opencjm/core';

/**
 * What identifies a finding across reloads: its kind and place. Card ids do not, because
 * the server proposes `…-2` once the first card of that place is on the map.
 */
export function findingKey(finding: Pick<PainFinding, 'kind' | 'stage' | 'touchpoint'>): string {
  return `${finding.kind}|${finding.stage ?? ''}|${finding.touchpoint ?? ''}`;
}

/** The id the server gives the card of a finding before any `-2` suffix (see engine `painCard`). */
function cardStem(finding: PainFinding): string {
  return slugify(`pain-${finding.kind}-${finding.touchpoint ?? finding.stage ?? ''}`);
}

/**
 * Whether the finding's card is on the map: its proposed id, or the id the first accepted
 * card of the same kind and place got (`pain-<kind>-<place>`, maybe with a `-<n>` suffix).
 */
export function isAccepted(map: JourneyMap, finding: PainFinding): boolean {
  const card = finding.card;
  if (!card) return false;
  const stem = cardStem(finding);
  const suffixed = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`);
  return map.cards.some((c) => c.id === card.id || c.id === stem || suffixed.test(c.id));
}

/** `addLane` + `addCard` for a card, when the server sent no usable operations. */
function operationsOf(card: Card, language: JourneyMap['language']): Operation[] {
  const add: AddCardOp = {
    op: 'addCard',
    lane: card.lane,
    stage: card.stage,
    text: card.text,
    evidence: card.evidence,
    sources: card.sources,
    id: card.id,
  };
  if (card.touchpoint !== undefined) add.touchpoint = card.touchpoint;
  return [{ op: 'addLane', type: 'pains', title: LANE_TITLES.pains[language], id: card.lane }, add];
}

/**
 * The edits that accept a finding's card into `map` as it is now, which may differ from the
 * map the server saw: an `addLane` is dropped when the map already has a pains lane (the card
 * goes there), and a card id taken meanwhile becomes the next free `<id>-<n>`. `null` when
 * the finding proposes no card.
 */
export function acceptOperations(map: JourneyMap, finding: PainFinding): Operation[] | null {
  if (!finding.card) return null;
  const proposed = finding.operations ?? operationsOf(finding.card, map.language);
  const lanes = new Map<string, string>();
  const cardIds = map.cards.map((c) => c.id);
  const existingPains = map.lanes.find((l) => l.type === 'pains');
  return proposed.flatMap((op): Operation[] => {
    if (op.op === 'addLane' && op.id !== undefined) {
      const present =
        map.lanes.find((l) => l.id === op.id) ?? (op.type === 'pains' ? existingPains : undefined);
      if (present) {
        lanes.set(op.id, present.id);
        return [];
      }
      return [op];
    }
    if (op.op === 'addCard') {
      const lane = lanes.get(op.lane) ?? op.lane;
      const id = op.id !== undefined && cardIds.includes(op.id) ? slugId(op.id, cardIds) : op.id;
      return [{ ...op, lane, ...(id === undefined ? {} : { id }) }];
    }
    return [op];
  });
}
