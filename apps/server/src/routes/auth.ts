import { timingSafeEqual } from 'node:crypto';
import { LoginBody, Me, PasswordChangeBody, permissionsOf, SetupBody, SetupState } from '@opencjm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, forbidden, invalid, unauthenticated } from '../http/api-error.ts';
import { SESSION_COOKIE } from '../http/guard.ts';
import { ErrorBody } from '../schemas/errors.ts';
import { decoyHash, verifyPassword } from '../team/passwords.ts';
import type { Team } from '../team/team.ts';
import { publicUser, type UserRecord } from '../team/users.ts';

const NoContent = z.undefined().describe('Done');

/**
 * Signing in and out, the first owner's setup, the signed-in member and their password.
 * Sign-in answers 429 after repeated failures per account and address.
 */
export const authRoutes: FastifyPluginAsyncZod<{ team: Team }> = async (app, { team }) => {
  const startSession = async (request: FastifyRequest, reply: FastifyReply, user: UserRecord) => {
    const session = await team.sessions.create(user.id, team.sessionSeconds);
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      signed: true,
      maxAge: team.sessionSeconds,
    });
    await team.users.signedIn(user.id);
    const fresh = (await team.users.byId(user.id)) ?? user;
    return {
      user: publicUser(fresh),
      permissions: [...permissionsOf(fresh.role)],
      sessionExpiresAt: session.expiresAt,
    };
  };

  app.get(
    '/auth/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Whether the workspace still waits for its first owner',
        response: { 200: SetupState },
      },
    },
    async () => ({ needed: team.setupToken() !== undefined }),
  );

  app.post(
    '/auth/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Create the first owner with the one-time token the server printed; signs them in',
        body: SetupBody,
        response: { 201: Me, 400: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const expected = team.setupToken();
      if (expected === undefined) throw new ApiError(409, { error: { code: 'setup-done' } });
      if (!sameSecret(request.body.token, expected)) throw forbidden('setup-token-invalid');
      team.finishSetup();
      const { email, password, name } = request.body;
      const user = await team.users.insert({
        email,
        name: name ?? email.split('@')[0] ?? email,
        role: 'owner',
        passwordHash: await team.hash(password),
      });
      if (user === undefined) throw new ApiError(409, { error: { code: 'setup-done' } });
      await team.audit.record({
        action: 'owner-created',
        actor: email,
        target: email,
        ip: request.ip,
        detail: { from: 'setup' },
      });
      return reply.status(201).send(await startSession(request, reply, user));
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: LoginBody,
        response: { 200: Me, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const wait = team.limiter.blocked(email, request.ip);
      if (wait > 0) {
        await team.audit.record({
          action: 'sign-in-failed',
          actor: null,
          target: email,
          ip: request.ip,
          detail: { reason: 'rate-limited' },
        });
        reply.header('retry-after', String(wait));
        throw new ApiError(429, {
          error: {
            code: 'too-many-attempts',
            issues: [
              { path: '', code: 'retry-after', message: `try again in ${wait} s`, params: { seconds: wait } },
            ],
          },
        });
      }
      const user = await team.users.byEmail(email);
      const ok = await verifyPassword(request.body.password, user?.passwordHash ?? (await decoyHash()));
      if (user === undefined || !ok) {
        team.limiter.failed(email, request.ip);
        await team.audit.record({
          action: 'sign-in-failed',
          actor: null,
          target: email,
          ip: request.ip,
          detail: { reason: user === undefined ? 'unknown-email' : 'wrong-password' },
        });
        throw unauthenticated('invalid-credentials');
      }
      team.limiter.succeeded(email, request.ip);
      await team.audit.record({ action: 'sign-in', actor: user.email, target: user.email, ip: request.ip });
      return startSession(request, reply, user);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears the cookie',
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal?.kind === 'user') {
        await team.sessions.remove(principal.token);
        await team.audit.record({
          action: 'sign-out',
          actor: principal.user.email,
          target: principal.user.email,
          ip: request.ip,
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in member and what they may do',
        response: { 200: Me, 401: ErrorBody },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (principal?.kind !== 'user') throw unauthenticated();
      return {
        user: publicUser(principal.user),
        permissions: [...permissionsOf(principal.user.role)],
        sessionExpiresAt: principal.expiresAt,
      };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'read' },
      schema: {
        tags: ['auth'],
        summary: 'Change the password; signs out every other session of the member',
        body: PasswordChangeBody,
        response: { 204: NoContent, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal?.kind !== 'user') throw unauthenticated();
      if (!(await verifyPassword(request.body.current, principal.user.passwordHash)))
        throw invalid('wrong-password', [
          { path: 'current', code: 'wrong-password', message: 'the current password is wrong' },
        ]);
      await team.users.setPassword(principal.user.id, await team.hash(request.body.password));
      await team.sessions.removeAllOf(principal.user.id, principal.token);
      await team.audit.record({
        action: 'password-changed',
        actor: principal.user.email,
        target: principal.user.email,
        ip: request.ip,
      });
      return reply.status(204).send();
    },
  );
};

/** Constant-time comparison of two secrets of any length. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
