// Types for the parts of untyped text-analysis packages OpenCJM uses.

declare module '@nlpjs/lang-ru' {
  /** Snowball Russian stemmer. */
  export class StemmerRu {
    stem(word: string): string;
  }
  /** nlp.js Russian sentiment resources: `afinn` maps stems to valence −5..+5, as strings, headed by a "word": "score" row. */
  export const SentimentRu: { afinn: Record<string, number | string>; stemmed: boolean };
}

declare module '@nlpjs/lang-en' {
  /** Porter-style English stemmer. */
  export class StemmerEn {
    stem(word: string): string;
  }
}

declare module 'stopwords-iso' {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
