import type { JourneyMap, MapChange, Operation } from '@opencjm/core';
import type { MapEnvelope } from '../api/schemas.ts';
import type { CellIndex } from './cell-index.ts';
import type { History } from './history.ts';

/** A refused save of the map: the server's newer version and what differs from ours. */
export interface Conflict {
  readonly theirs: MapEnvelope;
  /** Our version when the conflict arose. */
  readonly mine: JourneyMap;
  /** The saved version our edits started from. */
  readonly base: MapEnvelope;
  /** What they changed since `base` (`diffMaps(base, theirs)`). */
  readonly theirChanges: readonly MapChange[];
  /** What we changed since `base` (`diffMaps(base, mine)`). */
  readonly myChanges: readonly MapChange[];
}

/** A translated-later error: an API or operation error code with its parameters. */
export interface EditorError {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly status?: number;
}

/** How a conflict is resolved: save ours over theirs, take theirs, or re-apply our edits on theirs. */
export type ConflictChoice = 'mine' | 'theirs' | 'merge';

/** The state of the map editor. */
export interface EditorState {
  /** The map as the user sees it. */
  readonly map: JourneyMap | null;
  /** `map.cards` grouped by cell, sharing arrays of unchanged cells between edits. */
  readonly cells: CellIndex;
  /** The last version known to be on the server. */
  readonly base: MapEnvelope | null;
  /** Operations turning `base.map` into `map`; `null` when not expressible as operations. */
  readonly pending: readonly Operation[] | null;
  /** Counts changes of `base`, so history snapshots know whether their `pending` still applies. */
  readonly epoch: number;
  readonly history: History;
  readonly saving: boolean;
  readonly saveError: EditorError | null;
  readonly conflict: Conflict | null;
  /** The last operation the map refused (shown as a notice). */
  readonly editError: EditorError | null;
  /** How many edits the last merge skipped because they no longer fitted. */
  readonly skipped: number;
  /** The card whose text is being edited. */
  readonly editingCardId: string | null;
  /**
   * The member may not change maps (viewer, commenter): every edit is refused here and the
   * components show no edit controls. The server refuses such writes anyway (403).
   */
  readonly readOnly: boolean;

  load(envelope: MapEnvelope, options?: { readOnly?: boolean }): void;
  unload(): void;
  /** Applies one edit (or several as one undo step) locally and schedules a save; false when refused (or read-only). */
  apply(ops: Operation | readonly Operation[]): boolean;
  undo(): void;
  redo(): void;
  /** Saves now instead of after the debounce delay. */
  saveNow(): Promise<void>;
  resolveConflict(choice: ConflictChoice): void;
  setEditingCard(id: string | null): void;
  dismissNotice(): void;
}
