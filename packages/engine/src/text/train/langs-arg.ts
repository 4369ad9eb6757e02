const LANGS = ['ru', 'en', 'zh'] as const;
export type CorpusLang = (typeof LANGS)[number];

/**
 * The languages a training or evaluation run is limited to by `--lang ru` (repeatable);
 * all three when none is named. An unknown language is refused by name.
 */
export function langsFromArgs(args: readonly string[]): CorpusLang[] {
  const named: CorpusLang[] = [];
  args.forEach((arg, i) => {
    if (arg !== '--lang') return;
    const value = args[i + 1];
    const lang = LANGS.find((l) => l === value);
    if (!lang) throw new Error(`--lang takes one of ${LANGS.join(', ')}; got ${value ?? 'nothing'}`);
    if (!named.includes(lang)) named.push(lang);
  });
  return named.length > 0 ? named : [...LANGS];
}
