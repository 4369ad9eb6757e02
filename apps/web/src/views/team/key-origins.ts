import { z } from 'zod';

/** Site origins typed one per line: the origins, or the first line that is not one. */
export function parseOrigins(text: string): { origins: string[] } | { bad: string } {
  const origins: string[] = [];
  for (const line of text.split('\n')) {
    const value = line.trim();
    if (value === '') continue;
    const url = z.url({ protocol: /^https?$/ }).safeParse(value);
    if (!url.success) return { bad: value };
    origins.push(new URL(value).origin);
  }
  return { origins };
}
