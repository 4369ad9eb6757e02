import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModel, saveModel } from './store.ts';

const dir = () => `${mkdtempSync(join(tmpdir(), 'opencjm-model-'))}/`;

describe('saveModel / readModel', () => {
  it('round-trips a model within int16 rounding', () => {
    const weights = Float32Array.from({ length: 256 }, (_, i) => Math.sin(i) * 2);
    const at = dir();
    saveModel({ bits: 8, weights, bias: 0.25, lexiconWeight: 1.5 }, { lang: 'en', trainedOn: [] }, at);
    const read = readModel('en', at);
    expect(read).toMatchObject({ bits: 8, bias: 0.25, lexiconWeight: 1.5 });
    for (let i = 0; i < weights.length; i++)
      expect(Math.abs((read.weights[i] as number) - (weights[i] as number))).toBeLessThan(2 / 32767 + 1e-6);
  });

  it('names a missing or truncated weight file', () => {
    const at = dir();
    expect(() => readModel('ru', at)).toThrow(/ru\.json or .*ru\.bin is missing/);
    saveModel(
      { bits: 8, weights: new Float32Array(256), bias: 0, lexiconWeight: 0 },
      { lang: 'ru', trainedOn: [] },
      at,
    );
    writeFileSync(`${at}ru.bin`, new Uint8Array(10));
    expect(() => readModel('ru', at)).toThrow(/ru\.bin: 10 bytes, expected 512/);
  });
});

describe('the shipped models', () => {
  it.each(['ru', 'en', 'zh'] as const)('%s loads and together stay within 30 MB', (lang) => {
    const model = readModel(lang);
    expect(model.weights.length).toBe(1 << model.bits);
    expect(3 * 2 * model.weights.length).toBeLessThanOrEqual(30 * 1024 * 1024);
  });
});
