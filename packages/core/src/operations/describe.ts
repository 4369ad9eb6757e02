import type { Operation } from './schema.ts';

function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(short);
}

function at(index: number | undefined): string {
  return index === undefined ? '' : ` at ${index}`;
}

function forWhom(persona: string | undefined): string {
  return persona === undefined ? '' : ` for ${persona}`;
}

/**
 * A short English description of an operation for logs, e.g.
 * `move card c3 to pains × purchase at 0`.
 */
export function describeOperation(op: Operation): string {
  switch (op.op) {
    case 'addStage':
      return `add stage ${quote(op.name)}${at(op.index)}`;
    case 'renameStage':
      return `rename stage ${op.id} to ${quote(op.name)}`;
    case 'updateStage':
      return `update stage ${op.id}`;
    case 'moveStage':
      return `move stage ${op.id} to ${op.index}`;
    case 'removeStage':
      return `remove stage ${op.id}`;
    case 'addLane':
      return `add ${op.type} lane ${quote(op.title)}${at(op.index)}`;
    case 'renameLane':
      return `rename lane ${op.id} to ${quote(op.title)}`;
    case 'moveLane':
      return `move lane ${op.id} to ${op.index}`;
    case 'removeLane':
      return `remove lane ${op.id}`;
    case 'addCard':
      return `add card ${quote(op.text)} to ${op.lane} × ${op.stage}${at(op.index)}`;
    case 'editCard':
      return `edit card ${op.id}`;
    case 'moveCard':
      return `move card ${op.id} to ${op.lane} × ${op.stage}${at(op.index)}`;
    case 'removeCard':
      return `remove card ${op.id}`;
    case 'setEmotion':
      return `set emotion of ${op.stage}${forWhom(op.persona)} to ${op.score}`;
    case 'removeEmotion':
      return `remove emotion of ${op.stage}${forWhom(op.persona)}`;
    case 'addTouchpoint':
      return `add touchpoint ${quote(op.name)}`;
    case 'updateTouchpoint':
      return `update touchpoint ${op.id}`;
    case 'removeTouchpoint':
      return `remove touchpoint ${op.id}`;
    case 'linkTouchpoint':
      return op.stage === null
        ? `unlink touchpoint ${op.touchpoint} from its stage`
        : `link touchpoint ${op.touchpoint} to stage ${op.stage}`;
    case 'linkCardTouchpoint':
      return op.touchpoint === null
        ? `unlink card ${op.card} from its touchpoint`
        : `link card ${op.card} to touchpoint ${op.touchpoint}`;
    case 'addOpportunity':
      return `add opportunity ${quote(op.title)}`;
    case 'updateOpportunity':
      return `update opportunity ${op.id}`;
    case 'removeOpportunity':
      return `remove opportunity ${op.id}`;
    case 'addKpi':
      return `add KPI ${quote(op.name)}`;
    case 'updateKpi':
      return `update KPI ${op.id}`;
    case 'removeKpi':
      return `remove KPI ${op.id}`;
    case 'setMapField':
      return op.value === null ? `remove map ${op.field}` : `set map ${op.field} to ${quote(op.value)}`;
    case 'addPersona':
      return `add persona ${op.id}`;
    case 'removePersona':
      return `remove persona ${op.id}`;
  }
}
