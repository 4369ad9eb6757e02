import { formatPath } from '@opencjm/core';
import { AnalyticsError } from '@opencjm/engine';
import type { FastifyError, FastifyInstance, FastifySchemaValidationError } from 'fastify';
import type { ApiIssue, ErrorBody } from '../schemas/errors.ts';
import { ApiError, type ErrorStatus } from './api-error.ts';

/** Fastify's own client errors, by their code, as codes the UI translates. */
const CLIENT_ERRORS: Readonly<Record<string, { status: ErrorStatus; code: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid-json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid-json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body-too-large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request' },
};

/**
 * Answers every error as `{ error: { code, issues? } }`: thrown {@link ApiError}s as they
 * are, request validation as 400 `invalid-request` naming each field, fastify's client
 * errors by code, anything else as 500 `internal` (logged). Invalid input never gives 500.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.headers.retryAfter !== undefined)
        reply.header('retry-after', String(error.headers.retryAfter));
      if (error.status >= 500) request.log.warn({ code: error.body.error.code }, 'request refused');
      return reply.status(error.status).send(error.body);
    }
    // An analysis refusing its input (unknown customer, attribute, bad window …) wherever it ran.
    if (error instanceof AnalyticsError) {
      const issue: ApiIssue = {
        path: '',
        code: error.code,
        message: error.message,
        params: { ...error.params },
      };
      return reply.status(400).send({ error: { code: error.code, issues: [issue] } });
    }
    if (error.validation) {
      const body: ErrorBody = {
        error: { code: 'invalid-request', issues: validationIssues(error.validation) },
      };
      return reply.status(400).send(body);
    }
    const known = CLIENT_ERRORS[error.code];
    if (known !== undefined || (error.statusCode !== undefined && error.statusCode < 500)) {
      const status = known?.status ?? 400;
      const issue: ApiIssue = { path: '', code: error.code ?? 'bad-request', message: error.message };
      return reply.status(status).send({ error: { code: known?.code ?? 'bad-request', issues: [issue] } });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'internal', requestId: request.id } });
  });
}

/** Fastify validation errors as issues with paths the way users read them: `operations[0].id`. */
export function validationIssues(errors: readonly FastifySchemaValidationError[]): ApiIssue[] {
  return errors.map((error) => ({
    path: pointerPath(error.instancePath),
    code: `schema-${error.keyword}`,
    message: error.message ?? 'invalid value',
  }));
}

/** `/operations/0/id` → `operations[0].id`. */
function pointerPath(pointer: string): string {
  const keys = pointer
    .split('/')
    .filter((key) => key !== '')
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key.replaceAll('~1', '/').replaceAll('~0', '~')));
  return formatPath(keys);
}
