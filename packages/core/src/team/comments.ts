import { z } from 'zod';

const Instant = z.iso.datetime();

/** What a comment is about: a card of the map, or a whole stage. */
export const CommentTarget = z.object({
  kind: z.enum(['card', 'stage']),
  id: z.string().min(1).max(128),
});
export type CommentTarget = z.infer<typeof CommentTarget>;

/** `POST /api/maps/:id/comments` (commenter). `@name` or `@e-mail` of a member mentions them. */
export const CreateCommentBody = z.object({
  target: CommentTarget,
  body: z.string().trim().min(1).max(10_000),
});
export type CreateCommentBody = z.infer<typeof CreateCommentBody>;

/** `PATCH /api/comments/:id`: resolve or reopen. */
export const UpdateCommentBody = z.object({ resolved: z.boolean() });
export type UpdateCommentBody = z.infer<typeof UpdateCommentBody>;

export const CommentAuthor = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type CommentAuthor = z.infer<typeof CommentAuthor>;

/** A comment with its author and the members it mentions. */
export const Comment = z.object({
  id: z.string(),
  mapId: z.string(),
  target: CommentTarget,
  body: z.string(),
  author: CommentAuthor,
  mentions: z.array(CommentAuthor),
  resolved: z.boolean(),
  resolvedBy: CommentAuthor.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Comment = z.infer<typeof Comment>;

export const CommentList = z.object({ items: z.array(Comment) });
export type CommentList = z.infer<typeof CommentList>;

/** One entry of a map's activity feed: who changed what, in words a UI can translate. */
export const ActivityEntry = z.object({
  id: z.string(),
  mapId: z.string(),
  at: Instant,
  actor: CommentAuthor.nullable().describe('null for an API key or the system'),
  action: z.enum(['created', 'edited', 'deleted', 'commented', 'resolved', 'reopened', 'shared', 'unshared']),
  /** For `edited`: the kinds of change (operation types or diff entries), e.g. `rename-stage`. */
  changes: z.array(z.string()),
  summary: z.string().describe('English one-line summary for logs and exports'),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const ActivityList = z.object({ items: z.array(ActivityEntry) });
export type ActivityList = z.infer<typeof ActivityList>;
