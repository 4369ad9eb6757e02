import type { User } from '@opencjm/core';

/**
 * `@` then an e-mail (`@ivan@example.com`) or a name without spaces (`@Ivan`), in any
 * script. Hand-written: a mention is our own small grammar, not a format a library reads.
 */
const MENTION =
  /(?<![\p{L}\p{N}_.])@([\p{L}\p{N}_.+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|[\p{L}\p{N}_.-]+)/gu;

/**
 * The members a comment mentions, each once, in order of first mention. A name matches
 * case-insensitively, with its spaces removed (`@ИванПетров` for "Иван Петров").
 *
 * @example mentionedUsers('ask @anna@example.com', users) // [anna]
 */
export function mentionedUsers<T extends Pick<User, 'id' | 'email' | 'name'>>(
  body: string,
  users: readonly T[],
): T[] {
  const found: T[] = [];
  for (const match of body.matchAll(MENTION)) {
    const handle = (match[1] ?? '').replace(/[.-]+$/, '').toLowerCase();
    const user = users.find(
      (u) => u.email.toLowerCase() === handle || u.name.replace(/\s+/g, '').toLowerCase() === handle,
    );
    if (user !== undefined && !found.includes(user)) found.push(user);
  }
  return found;
}
