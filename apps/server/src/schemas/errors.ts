import { z } from 'zod';

/** One problem of a request or a document. */
export const ApiIssue = z.object({
  path: z
    .string()
    .describe(
      'Where: inside the document for invalid-map / invalid-persona (`cards[3].stage`), inside the request part otherwise (`version`, `operations[0].id`); empty for the whole',
    ),
  code: z.string().describe('Stable code the UI translates, e.g. unknown-reference, schema-invalid_type'),
  message: z.string().describe('English text for logs; the UI shows its own translation of the code'),
  params: z.record(z.string(), z.unknown()).optional().describe('Values for the translation, e.g. { id }'),
});
export type ApiIssue = z.infer<typeof ApiIssue>;

/** What went wrong, as a code the UI translates. */
export const ApiErrorDetail = z.object({
  code: z
    .string()
    .describe(
      'invalid-request | invalid-json | invalid-map | invalid-persona | invalid-operation | unknown-template | not-found | version-conflict | id-taken | body-too-large | unsupported-media-type | bad-request | unauthenticated | invalid-credentials | invalid-key | forbidden | cross-site-request | host-not-allowed | too-many-attempts | busy | analysis-timeout | internal',
    ),
  issues: z.array(ApiIssue).optional().describe('Present on 400: every problem found, not only the first'),
  requestId: z.string().optional().describe('On 500: the id the server logged the error under'),
});
export type ApiErrorDetail = z.infer<typeof ApiErrorDetail>;

/** The body of every error answer. */
export const ErrorBody = z.object({ error: ApiErrorDetail });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The body of a 409: the error and, for a version conflict, the document as it is now. */
export function conflictBody<T extends z.ZodType>(current: T) {
  return z.object({
    error: ApiErrorDetail,
    current: current.optional().describe('The stored document and its version (version-conflict only)'),
  });
}

/** Error answers every document route may give. */
export const ERROR_RESPONSES = { 400: ErrorBody, 404: ErrorBody } as const;
