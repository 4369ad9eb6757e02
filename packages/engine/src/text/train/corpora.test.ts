import { describe, expect, it } from 'vitest';
import { CORPORA, shoppingReviews } from './corpora.ts';

const source = (id: string) => {
  const found = CORPORA.find((c) => c.id === id);
  if (!found) throw new Error(`no corpus ${id}`);
  return found;
};

describe('corpus readers', () => {
  it('drop the hotel category of the shopping reviews', () => {
    const csv = 'cat,label,review\n书籍,1,好书\n酒店,0,房间很脏\n水果,0,"不新鲜,烂了"\n';
    expect(shoppingReviews(csv)).toEqual([
      { text: '好书', label: 'positive' },
      { text: '不新鲜,烂了', label: 'negative' },
    ]);
  });

  it('map XED emotions to polarity, dropping mixed and undecided lines', () => {
    const tsv =
      'Превосходно.\t8\nДьявольская.\t1, 4, 7\n- Она красивая.\t5\nНу и ну.\t7\nХорошо и плохо.\t5, 6\n';
    expect(source('ru-xed').parse(Buffer.from(tsv))).toEqual([
      { text: 'Превосходно.', label: 'positive' },
      { text: 'Дьявольская.', label: 'negative' },
      { text: 'Она красивая.', label: 'positive' },
    ]);
  });

  it('read SST-2 and waimai labels, and only the polar tweets of RuSentiTweet', () => {
    expect(source('en-sst2').parse(Buffer.from('label\tsentence\n0\tdull\n1\tcharming\n'))).toEqual([
      { text: 'dull', label: 'negative' },
      { text: 'charming', label: 'positive' },
    ]);
    expect(source('zh-waimai').parse(Buffer.from('label,review\n1,很快，好吃\n'))).toEqual([
      { text: '很快，好吃', label: 'positive' },
    ]);
    const tweets = ',text,label,id\n0,ура,positive,1\n1,"ну, ок",neutral,2\n2,беда,negative,3\n';
    expect(source('ru-rusentitweet').parse(Buffer.from(tweets))).toEqual([
      { text: 'ура', label: 'positive' },
      { text: 'беда', label: 'negative' },
    ]);
  });

  it('pin every corpus to a commit and name its licence', () => {
    for (const c of CORPORA) {
      expect(c.commit, c.id).toMatch(/^[0-9a-f]{40}$/);
      expect(c.licence, c.id).not.toBe('');
    }
    expect(CORPORA.filter((c) => !c.shippable).map((c) => c.id)).toEqual(['ru-rusentitweet']);
  });
});
