import { describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, SCRYPT_PARAMS, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('are stored as scrypt with the production cost and a fresh salt, and verify only themselves', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(
      new RegExp(
        `^scrypt\\$${SCRYPT_PARAMS.N}\\$${SCRYPT_PARAMS.r}\\$${SCRYPT_PARAMS.p}\\$[\\w-]{22}\\$[\\w-]{86}$`,
      ),
    );
    expect(await hashPassword('correct horse battery staple')).not.toBe(stored);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('verify a hash made with other parameters, which each hash keeps', async () => {
    const cheap = await hashPassword('another password', { N: 2 ** 10, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('another password', cheap)).toBe(true);
  });

  it('never match the decoy hash used for unknown e-mails, nor a malformed one', async () => {
    expect(await verifyPassword('anything', await decoyHash())).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });
});
