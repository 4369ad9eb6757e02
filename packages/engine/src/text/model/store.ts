import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { repoPath } from '../../repo-path.ts';
import type { LinearModel } from './linear.ts';

/** Where the shipped weights live: `packages/engine/models/sentiment/`. */
export const MODEL_DIR = repoPath(
  'packages/engine/models/sentiment/',
  new URL('../../../models/sentiment/', import.meta.url),
);

/** `LANG.json`: everything about a shipped model but its bucket weights. */
export const ModelMeta = z.object({
  format: z.literal(1),
  lang: z.enum(['ru', 'en', 'zh']),
  bits: z.number().int().min(8).max(24),
  /** Bucket weight = stored int16 × scale. */
  scale: z.number().positive(),
  bias: z.number(),
  lexiconWeight: z.number(),
  trainedOn: z.array(z.object({ id: z.string(), texts: z.number().int() })),
});
export type ModelMeta = z.infer<typeof ModelMeta>;

/**
 * Writes a model as `LANG.json` plus `LANG.bin`, the bucket weights as little-endian int16
 * scaled to the largest weight: half the size of float32, and rounding moves each
 * weight by at most 1/65,534 of the largest one.
 */
export function saveModel(
  model: LinearModel,
  meta: Pick<ModelMeta, 'lang' | 'trainedOn'>,
  dir = MODEL_DIR,
): void {
  let largest = 1e-9;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 32767;
  const quantised = new Int16Array(model.weights.length);
  for (let i = 0; i < model.weights.length; i++)
    quantised[i] = Math.round((model.weights[i] as number) / scale);
  const full: ModelMeta = {
    format: 1,
    ...meta,
    bits: model.bits,
    scale,
    bias: model.bias,
    lexiconWeight: model.lexiconWeight,
  };
  writeFileSync(`${dir}${meta.lang}.json`, `${JSON.stringify(full, null, 2)}\n`);
  writeFileSync(`${dir}${meta.lang}.bin`, new Uint8Array(quantised.buffer));
}

/** Reads a shipped model; a missing or damaged file is named in the error. */
export function readModel(lang: 'ru' | 'en' | 'zh', dir = MODEL_DIR): LinearModel {
  const metaPath = `${dir}${lang}.json`;
  const binPath = `${dir}${lang}.bin`;
  if (!existsSync(metaPath) || !existsSync(binPath))
    throw new Error(
      `sentiment model ${lang}: ${metaPath} or ${binPath} is missing (npm run train:sentiment)`,
    );
  const parsed = ModelMeta.safeParse(JSON.parse(readFileSync(metaPath, 'utf8')));
  if (!parsed.success) throw new Error(`sentiment model ${metaPath}: ${parsed.error.message}`);
  const meta = parsed.data;
  const bytes = readFileSync(binPath);
  if (bytes.length !== 2 << meta.bits)
    throw new Error(`sentiment model ${binPath}: ${bytes.length} bytes, expected ${2 << meta.bits}`);
  const quantised = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = (quantised[i] as number) * meta.scale;
  return { bits: meta.bits, weights, bias: meta.bias, lexiconWeight: meta.lexiconWeight };
}
