import { describe, expect, it } from 'vitest';
import { extractThemes } from './themes.ts';

const feedback = [
  { text: 'Курьер опоздал на два часа', key: 'delivery' },
  { text: 'Курьер опоздал, ужасно', key: 'delivery' },
  { text: 'Курьеры опоздали и нахамили', key: 'delivery' },
  { text: 'Быстрая доставка, спасибо', key: 'delivery' },
  { text: 'Очень быстрая доставка!', key: 'delivery' },
  { text: 'Когда привезут заказ?', key: 'delivery' },
  { text: 'The app crashes at checkout', key: 'app' },
  { text: 'Terrible, the app crashes all the time', key: 'app' },
  { text: '物流太慢了', key: 'zh' },
  { text: '物流太慢，差评', key: 'zh' },
];

describe('extractThemes', () => {
  it('finds negative and positive key phrases per key, merging inflected forms', () => {
    const groups = extractThemes(feedback);
    const delivery = groups.find((g) => g.key === 'delivery');
    expect(delivery?.total).toBe(6);
    expect(delivery?.negative[0]).toMatchObject({ phrase: 'курьер опоздал', count: 3 });
    expect(delivery?.negative[0]?.examples).toHaveLength(3);
    expect(delivery?.positive[0]).toMatchObject({ phrase: 'быстрая доставка', count: 2 });
    expect(groups.find((g) => g.key === 'app')?.negative[0]).toMatchObject({
      phrase: 'app crashes',
      count: 2,
    });
    expect(groups.find((g) => g.key === 'zh')?.negative.map((t) => t.phrase)).toContain('物流太慢');
  });

  it('drops a phrase inside an equally frequent longer one and honours minCount and the default key', () => {
    const groups = extractThemes(
      feedback.map(({ text }) => ({ text })),
      { minCount: 3 },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.key).toBe('all');
    expect(groups[0]?.negative.map((t) => t.phrase)).toEqual(['курьер опоздал']);
  });

  it('keeps a negator with the word it negates, never alone, and skips greetings', () => {
    const tickets = [
      'Добрый вечер, приложение не работает, ужасно',
      'Здравствуйте! Приложение не работает уже неделю, плохо',
      'Добрый день, не работает оплата, очень плохо',
    ].map((text) => ({ text }));
    const [group] = extractThemes(tickets);
    const phrases = group?.negative.map((t) => t.phrase) ?? [];
    expect(phrases[0]).toBe('не работает');
    expect(phrases).not.toContain('не');
    expect(phrases.some((p) => /добрый|здравствуйте|день|вечер/.test(p))).toBe(false);
  });
});

describe('extractThemes on mixed texts', () => {
  it('counts each phrase as praise or complaint by the clause it stands in', () => {
    const mixed = ['Доставка быстрая, но курьер грубил', 'Доставка быстрая, но курьер грубил и опоздал'].map(
      (text) => ({ text }),
    );
    const [group] = extractThemes(mixed);
    expect(group?.positive.map((t) => t.phrase)).toContain('доставка быстрая');
    expect(group?.negative.map((t) => t.phrase)).toContain('курьер грубил');
    expect(group?.negative.map((t) => t.phrase)).not.toContain('доставка быстрая');
  });
});

describe('extractThemes and product names', () => {
  it('leaves product and brand names out of phrases', () => {
    const texts = [
      'Ноутбук ThinkPad X1 тормозит',
      'Ноутбук Lenovo тормозит',
      'The Lenovo charger broke',
      'My Lenovo charger broke',
    ];
    const [group] = extractThemes(texts.map((text) => ({ text })));
    const phrases = group?.negative.map((t) => t.phrase) ?? [];
    // A name is passed over, so the words around it still make one phrase.
    expect(phrases).toContain('ноутбук тормозит');
    expect(phrases).toContain('charger broke');
    expect(phrases.some((p) => /thinkpad|x1|lenovo/i.test(p))).toBe(false);
  });

  it('leaves capitalised Russian names inside a sentence out, but not a capital at its start', () => {
    const texts = ['Заказывал в Эльдорадо, курьер Иван опоздал', 'Брал в Эльдорадо, курьер Иван опоздал'];
    const [group] = extractThemes(texts.map((text) => ({ text })));
    const phrases = group?.negative.map((t) => t.phrase) ?? [];
    expect(phrases).toContain('курьер опоздал');
    expect(phrases.some((p) => /эльдорадо|иван/.test(p))).toBe(false);
  });
});

describe('extractThemes and filler words', () => {
  it('passes over filler words and intensifiers, keeping the phrase around them', () => {
    const texts = [
      'Короче, доставка типа очень долгая, блин',
      'Доставка типа долгая, короче, блин',
      'Honestly the battery basically dies in an hour',
      'Honestly, the battery basically dies in an hour',
    ];
    const [group] = extractThemes(texts.map((text) => ({ text })));
    const phrases = group?.negative.map((t) => t.phrase) ?? [];
    expect(phrases).toContain('доставка долгая');
    expect(phrases).toContain('battery dies');
    expect(phrases.some((p) => /короче|типа|блин|очень|honestly|basically/.test(p))).toBe(false);
  });
});

describe('theme examples', () => {
  it('are different texts even when customers send the same words twice', () => {
    const text = 'Nobody answers the delivery hotline, the delivery is terrible';
    const groups = extractThemes(
      [text, text, text, 'The delivery was terrible and late'].map((t) => ({ text: t })),
      {
        lang: 'en',
      },
    );
    const examples = groups.flatMap((g) => g.negative.flatMap((theme) => theme.examples));
    expect(examples.length).toBeGreaterThan(0);
    for (const g of groups)
      for (const theme of g.negative) expect(new Set(theme.examples).size).toBe(theme.examples.length);
  });
});
