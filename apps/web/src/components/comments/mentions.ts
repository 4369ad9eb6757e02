import type { User } from '@opencjm/core';

/**
 * Mention autocomplete, hand-written: the rule is the server's (`@` then an e-mail or a
 * name without spaces, case-insensitive) and fits in a few lines; a text-editor library
 * would bring far more than a textarea needs.
 */

/** Characters a mention token may hold: a name without spaces or an e-mail. */
const TOKEN_CHAR = /[\p{L}\p{N}._%+\-@]/u;

/** The `@query` being typed just before the caret, or null when the caret is not in one. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  /** What follows the `@` up to the caret. */
  query: string;
}

/**
 * The mention being typed at `caret`: the run of token characters before the caret, when it
 * begins with `@` (so an e-mail typed as text is no mention).
 * @example mentionAt('Hi @an', 6) // { start: 3, query: 'an' }
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  let start = caret;
  while (start > 0 && TOKEN_CHAR.test(text[start - 1] ?? '')) start--;
  if (text[start] !== '@' || start >= caret) return null;
  return { start, query: text.slice(start + 1, caret) };
}

/** The token that mentions `user`: the name without spaces, or the e-mail when another member shares it. */
export function mentionToken(user: User, users: readonly User[]): string {
  const name = user.name.replace(/\s+/g, '');
  if (name === '') return user.email;
  const key = name.toLowerCase();
  const shared = users.some(
    (other) => other.id !== user.id && other.name.replace(/\s+/g, '').toLowerCase() === key,
  );
  return shared ? user.email : name;
}

/**
 * Members matching what follows the `@`: names (without spaces) or e-mails starting with
 * the query come first, then those containing it; at most `limit`.
 */
export function mentionSuggestions(users: readonly User[], query: string, limit = 6): User[] {
  const q = query.toLowerCase();
  const keys = (user: User) => [user.name.replace(/\s+/g, '').toLowerCase(), user.email.toLowerCase()];
  const starts = users.filter((user) => keys(user).some((key) => key.startsWith(q)));
  const contains = users.filter(
    (user) => !starts.includes(user) && keys(user).some((key) => key.includes(q)),
  );
  return [...starts, ...contains].slice(0, limit);
}

/** The text with the mention at `at` replaced by `@token ` and the caret after it. */
export function insertMention(
  text: string,
  at: MentionQuery,
  token: string,
): { text: string; caret: number } {
  const end = at.start + 1 + at.query.length;
  const inserted = `@${token} `;
  const rest = text.slice(end).replace(/^ /, '');
  return { text: text.slice(0, at.start) + inserted + rest, caret: at.start + inserted.length };
}

/** A comment body cut into plain text and `@mentions` of the given members (to highlight them). */
export function splitMentions(
  body: string,
  mentioned: readonly { name: string; email: string }[],
): { text: string; mention: boolean }[] {
  const tokens = new Set(
    mentioned.flatMap((who) => [who.email.toLowerCase(), who.name.replace(/\s+/g, '').toLowerCase()]),
  );
  const parts: { text: string; mention: boolean }[] = [];
  let cursor = 0;
  for (const match of body.matchAll(/@([\p{L}\p{N}._%+\-@]+)/gu)) {
    const at = match.index ?? 0;
    const before = body[at - 1];
    // A trailing full stop ends the sentence, not the token.
    const token = (match[1] ?? '').replace(/\.+$/, '');
    if ((before !== undefined && TOKEN_CHAR.test(before)) || !tokens.has(token.toLowerCase())) continue;
    if (at > cursor) parts.push({ text: body.slice(cursor, at), mention: false });
    parts.push({ text: `@${token}`, mention: true });
    cursor = at + 1 + token.length;
  }
  if (cursor < body.length) parts.push({ text: body.slice(cursor), mention: false });
  return parts;
}
