import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token, hex: how session tokens and API keys are stored. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
