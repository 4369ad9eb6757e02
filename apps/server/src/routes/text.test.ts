import { describe, expect, it } from 'vitest';
import { call, testApp } from '../test-helpers.ts';

type Scored = { items: { text: string; lang: string; score: number; label: string }[] };
type Failure = { error: { code: string; issues: { path: string }[] } };

describe('POST /api/sentiment', () => {
  it('scores each text in its own language, in the order sent', async () => {
    const app = await testApp();
    const texts = [
      'Курьер опоздал на три дня, очень недоволен',
      'Great laptop, fast delivery!',
      '客服态度很好',
    ];
    const { status, body } = await call<Scored>(app, 'POST', '/api/sentiment', { texts });
    expect(status).toBe(200);
    expect(body.items.map((item) => [item.text, item.lang, item.label])).toEqual([
      [texts[0], 'ru', 'negative'],
      [texts[1], 'en', 'positive'],
      [texts[2], 'zh', 'positive'],
    ]);
  });

  it('answers 400 naming the field when no texts are sent', async () => {
    const app = await testApp();
    const { status, body } = await call<Failure>(app, 'POST', '/api/sentiment', { texts: [] });
    expect(status).toBe(400);
    expect(body.error.issues[0]?.path).toBe('texts');
  });
});
