/** Longest slug `slugId` derives from a name, before a `-2` style suffix. */
const MAX_SLUG_LENGTH = 48;

// biome-ignore format: a table reads better packed
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The next numbered id with the given prefix: one more than the highest `<prefix><number>`
 * among `existingIds`, so ids of removed items are not handed out again while a higher one
 * is still in use. Deterministic: the same inputs always give the same id.
 *
 * @example nextId('c', ['c1', 'c2', 'c5']) // 'c6'
 * @example nextId('tp-', []) // 'tp-1'
 */
export function nextId(prefix: string, existingIds: Iterable<string>): string {
  const taken = new Set(existingIds);
  const numbered = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let highest = 0;
  for (const id of taken) {
    const match = numbered.exec(id);
    if (match?.[1] !== undefined) highest = Math.max(highest, Number(match[1]));
  }
  let n = Number.isSafeInteger(highest) ? highest + 1 : taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/**
 * Lower-case ASCII slug of a text: Cyrillic is transliterated, accents are dropped, any other
 * run of characters becomes one `-`. May be empty (e.g. for a Chinese text).
 *
 * @example slugify('Оформление заказа') // 'oformlenie-zakaza'
 */
export function slugify(text: string): string {
  const latin = [...text.normalize('NFC').toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return latin
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/**
 * A readable id derived from a name, unique among `existingIds`: the slug of the name, or
 * `fallback` when the name gives no slug, followed by `-2`, `-3` … when taken.
 * Deterministic: the same inputs always give the same id.
 *
 * @example slugId('Delivery', ['delivery']) // 'delivery-2'
 * @example slugId('交付', ['stage'], 'stage') // 'stage-2'
 */
export function slugId(name: string, existingIds: Iterable<string>, fallback = 'item'): string {
  const taken = new Set(existingIds);
  const base = slugify(name) || slugify(fallback) || 'item';
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
