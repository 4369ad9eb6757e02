import { Id } from '@opencjm/core';
import { z } from 'zod';

/** The optimistic-concurrency version of a stored document. */
export const Version = z
  .number()
  .int()
  .min(1)
  .describe('1 when created, +1 on every write; send back the version you read');
export type Version = z.infer<typeof Version>;

/** `:id` of a stored document. */
export const IdParams = z.object({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

/** `?version=n` of a delete: the version the client last read. */
export const VersionQuery = z.object({
  version: z.coerce.number().int().min(1).describe('The version you read; another answers 409'),
});
export type VersionQuery = z.infer<typeof VersionQuery>;

/** When a document was last written, ISO 8601. */
export const UpdatedAt = z.iso.datetime().describe('When the document was last written, ISO 8601 UTC');

/** A parsed document as sent by a client; the server validates (and migrates) it itself. */
export const DocumentInput = z.record(z.string(), z.unknown());
