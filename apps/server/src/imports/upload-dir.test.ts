import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedInServer, tempDir } from '../test-helpers.ts';

describe('uploads of a killed server', () => {
  it('live in the workspace’s tmp/ folder, which the next start empties', async () => {
    const dataDir = tempDir();
    const first = await signedInServer({ dataDir, demo: false });
    await first.close();
    // What a server killed during a 520 MB upload leaves behind.
    const left = join(dataDir, 'tmp', 'opencjm-upload-killed');
    mkdirSync(left, { recursive: true });
    writeFileSync(join(left, 'events.csv'), 'x'.repeat(1024));
    const second = await signedInServer({ dataDir, demo: false });
    try {
      expect(existsSync(left)).toBe(false);
    } finally {
      await second.close();
    }
  });
});
