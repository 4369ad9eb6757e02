import { fnv1a } from '../model/hash.ts';
import type { LabelledDoc } from './corpora.ts';

/** Which part of a corpus a text belongs to. */
export type Part = 'train' | 'test';

/**
 * Splits by a hash of the text, not by position: the same text always lands in the same
 * part (duplicates cannot leak from train to test) and the split needs no stored ids.
 * One text in five is held out.
 */
export function partOf(text: string): Part {
  return fnv1a(text.trim().toLowerCase()) % 5 === 0 ? 'test' : 'train';
}

export function splitCorpus(docs: readonly LabelledDoc[]): Record<Part, LabelledDoc[]> {
  const parts: Record<Part, LabelledDoc[]> = { train: [], test: [] };
  for (const doc of docs) parts[partOf(doc.text)].push(doc);
  return parts;
}
