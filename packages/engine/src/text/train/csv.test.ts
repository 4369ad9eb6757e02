import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = '\uFEFFcat,label,review\n书籍,1,"好书，""推荐""\n第二行"\r\n水果,0,不新鲜\n';
    expect(parseCsv(text)).toEqual([
      ['cat', 'label', 'review'],
      ['书籍', '1', '好书，"推荐"\n第二行'],
      ['水果', '0', '不新鲜'],
    ]);
  });

  it('keeps a last row without a line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
