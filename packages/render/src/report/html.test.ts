import { describe, expect, it } from 'vitest';
import { annaMap, NASTY, nastyMap, nastyPersona } from '../test-fixtures.ts';
import { renderHtml } from './html.ts';

describe('renderHtml', () => {
  it('is a standalone page with the map SVG inline and the report', () => {
    const html = renderHtml(annaMap());
    expect(html.startsWith('<!doctype html>\n<html lang="ru">')).toBe(true);
    expect(html).toContain('<div class="map"><svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('<h2>Рассмотрение</h2>');
    expect(html).toContain('<td>Отдел e-commerce</td>');
    expect(html).toContain('Content-Security-Policy');
  });

  it('escapes every user text: the only elements are the ones the report makes', () => {
    const html = renderHtml(nastyMap(), { personas: [nastyPersona()] });
    expect(/<script/i.test(html)).toBe(false);
    expect(/<img/i.test(html)).toBe(false);
    expect(/<b>|<i>|<a /.test(html)).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tom &amp; Jerry &amp; Co');
    expect(html).toContain('She said &quot;hi&quot; and &#39;bye&#39;');
    expect(html).toContain(NASTY.emoji);
    expect(html).toContain(NASTY.chinese);
    const tags = new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]?.toLowerCase()));
    const allowed = [
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'h1',
      'h2',
      'h3',
      'p',
      'ul',
      'li',
      'span',
      'table',
    ];
    const svg = [
      'svg',
      'rect',
      'text',
      'tspan',
      'g',
      'line',
      'circle',
      'ellipse',
      'path',
      'defs',
      'clippath',
      'image',
    ];
    const table = ['thead', 'tbody', 'tr', 'th', 'td', 'br', 'div'];
    for (const tag of tags) expect([...allowed, ...svg, ...table]).toContain(tag);
  });
});
