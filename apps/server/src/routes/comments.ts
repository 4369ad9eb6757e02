import type { JourneyMap } from '@opencjm/core';
import { ActivityList, Comment, CommentList, CreateCommentBody, UpdateCommentBody } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStoredMap } from '../documents/maps.ts';
import { invalid, notFound, unauthenticated } from '../http/api-error.ts';
import { IdParams } from '../schemas/common.ts';
import { ErrorBody } from '../schemas/errors.ts';
import type { Workspace } from '../store/workspace.ts';
import { mentionedUsers } from '../team/mentions.ts';
import { actorId } from '../team/principal.ts';
import type { Team } from '../team/team.ts';

const CommentParams = z.object({ id: z.string().min(1).max(128) });

/** Whether the map has the card or stage a comment is about. */
function hasTarget(map: JourneyMap, target: CreateCommentBody['target']): boolean {
  return target.kind === 'card'
    ? map.cards.some((card) => card.id === target.id)
    : map.stages.some((stage) => stage.id === target.id);
}

/** Comments on cards and stages, with @mentions and resolve/reopen; the mentions inbox; the activity feed. */
export const commentRoutes: FastifyPluginAsyncZod<{ team: Team; workspace: Workspace }> = async (
  app,
  { team, workspace },
) => {
  const requireMap = (id: string) => requireStoredMap(workspace.maps, id);

  app.get(
    '/maps/:id/comments',
    {
      schema: {
        tags: ['comments'],
        summary: 'The comments of a map, oldest first',
        params: IdParams,
        response: { 200: CommentList, 404: ErrorBody },
      },
    },
    async (request) => {
      await requireMap(request.params.id);
      return { items: await team.comments.listOf(request.params.id, await team.authors()) };
    },
  );

  app.post(
    '/maps/:id/comments',
    {
      config: { access: 'comment' },
      schema: {
        tags: ['comments'],
        summary: 'Comment on a card or a stage; `@name` or `@e-mail` mentions a member',
        params: IdParams,
        body: CreateCommentBody,
        response: { 201: Comment, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const map = await requireMap(request.params.id);
      const { target, body } = request.body;
      if (!hasTarget(map, target))
        throw invalid('unknown-target', [
          {
            path: 'target.id',
            code: 'unknown-target',
            message: `the map has no ${target.kind} "${target.id}"`,
            params: { ...target },
          },
        ]);
      const author = actorId(request.principal);
      if (author === null) throw unauthenticated();
      // One read of the members: for the mentions and for naming them in the answer.
      const members = await team.users.list();
      const mentions = mentionedUsers(body, members).map((u) => u.id);
      const comment = await team.comments.create(
        { mapId: map.id, target, authorId: author, body, mentions },
        await team.authors(members),
      );
      await team.activity.record({
        mapId: map.id,
        actorId: author,
        action: 'commented',
        changes: [`${target.kind}:${target.id}`],
        summary: `commented on ${target.kind} ${target.id}`,
      });
      return reply.status(201).send(comment);
    },
  );

  app.patch(
    '/comments/:id',
    {
      config: { access: 'comment' },
      schema: {
        tags: ['comments'],
        summary: 'Resolve or reopen a comment',
        params: CommentParams,
        body: UpdateCommentBody,
        response: { 200: Comment, 404: ErrorBody },
      },
    },
    async (request) => {
      const who = await team.authors();
      const by = actorId(request.principal);
      if (by === null) throw unauthenticated();
      const updated = await team.comments.setResolved(
        request.params.id,
        request.body.resolved ? by : null,
        who,
      );
      if (updated === undefined) throw notFound();
      await team.activity.record({
        mapId: updated.mapId,
        actorId: by,
        action: request.body.resolved ? 'resolved' : 'reopened',
        changes: [`${updated.target.kind}:${updated.target.id}`],
        summary: `${request.body.resolved ? 'resolved' : 'reopened'} a comment on ${updated.target.kind} ${updated.target.id}`,
      });
      return updated;
    },
  );

  app.get(
    '/mentions',
    {
      schema: {
        tags: ['comments'],
        summary: 'Open comments that mention the signed-in member, newest first',
        response: { 200: CommentList },
      },
    },
    async (request) => {
      const me = actorId(request.principal);
      return { items: me === null ? [] : await team.comments.mentioning(me, await team.authors()) };
    },
  );

  app.get(
    '/maps/:id/activity',
    {
      schema: {
        tags: ['comments'],
        summary: 'Who changed what on the map, newest first',
        params: IdParams,
        response: { 200: ActivityList, 404: ErrorBody },
      },
    },
    async (request) => {
      await requireMap(request.params.id);
      return { items: await team.activity.listOf(request.params.id, await team.authors()) };
    },
  );
};
