import type { Comment, CommentTarget } from '@opencjm/core';

/** A key naming a comment target, e.g. `card:c3` or `stage:awareness`. */
export function targetKey(target: CommentTarget): string {
  return `${target.kind}:${target.id}`;
}

/** The number of open (unresolved) comments of each target, by {@link targetKey}. */
export function openCounts(comments: readonly Comment[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const comment of comments) {
    if (comment.resolved) continue;
    const key = targetKey(comment.target);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The comments of one target, oldest first, as the server lists them. */
export interface Thread {
  target: CommentTarget;
  comments: Comment[];
  open: number;
}

/**
 * The comments grouped by target: threads with open comments first, each keeping the
 * server's order (oldest first); resolved comments only when `withResolved`.
 */
export function threadsOf(comments: readonly Comment[], withResolved: boolean): Thread[] {
  const threads = new Map<string, Thread>();
  for (const comment of comments) {
    if (comment.resolved && !withResolved) continue;
    const key = targetKey(comment.target);
    const thread = threads.get(key) ?? { target: comment.target, comments: [], open: 0 };
    thread.comments.push(comment);
    if (!comment.resolved) thread.open++;
    threads.set(key, thread);
  }
  return [...threads.values()].sort((a, b) => Number(b.open > 0) - Number(a.open > 0));
}
