import { existsSync, readdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { saveUpload } from './upload.ts';

/** A request body streamed in chunks, without a declared length. */
function body(chunks: string[]): IncomingMessage {
  return Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), {
    headers: {},
  }) as unknown as IncomingMessage;
}

const uploads = () =>
  readdirSync(tmpdir())
    .filter((name) => name.startsWith('opencjm-upload-'))
    .sort();

describe('saveUpload', () => {
  it('keeps a body within the limit on disk', async () => {
    const saved = await saveUpload(body(['a,b\n', '1,2\n']), 'events.csv', 100);
    expect(saved.bytes).toBe(8);
    expect(existsSync(saved.path)).toBe(true);
    saved.remove();
    expect(existsSync(saved.path)).toBe(false);
  });

  it('cuts off a streamed body that grows past the limit with 413 and removes the partial file', async () => {
    const before = uploads();
    await expect(
      saveUpload(body(Array.from({ length: 50 }, () => 'x'.repeat(100))), 'big.csv', 1000),
    ).rejects.toMatchObject({
      status: 413,
      body: { error: { code: 'body-too-large' } },
    });
    expect(uploads()).toEqual(before);
  });
});
