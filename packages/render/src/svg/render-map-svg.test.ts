import { describe, expect, it } from 'vitest';
import { t } from '../i18n.ts';
import {
  annaMap,
  BANK_METRICS,
  bankMap,
  maryPersona,
  NASTY,
  nastyMap,
  nastyPersona,
} from '../test-fixtures.ts';
import { parseXml, xmlElements, xmlText } from '../test-helpers.ts';
import { avatarColor, initials } from './avatar.ts';
import { renderMapSvg } from './render-map-svg.ts';
import { FONT_FAMILY } from './theme.ts';

describe('renderMapSvg', () => {
  it("draws Anna's map: stages, lanes, cards, evidence, emotion scores, opportunity owner", () => {
    const svg = renderMapSvg(annaMap());
    const text = xmlText(svg);
    for (const s of annaMap().stages) expect(text).toContain(s.name);
    for (const l of annaMap().lanes) expect(text).toContain(l.title);
    for (const c of annaMap().cards) expect(text).toContain(c.text);
    expect(text).toContain(t('ru', 'evidence.observed'));
    expect(text).toContain('−1');
    expect(text).toContain('+2');
    expect(text.replace(/\n/g, '')).toContain('Отдел e-commerce');
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
  });

  it('is deterministic: the same map gives a byte-identical string', () => {
    const options = { personas: [maryPersona('zh')], metrics: BANK_METRICS };
    expect(renderMapSvg(bankMap('zh'), options)).toBe(renderMapSvg(bankMap('zh'), structuredClone(options)));
    expect(renderMapSvg(nastyMap())).toBe(renderMapSvg(nastyMap()));
  });

  it('keeps nasty texts as text: parses as XML, no script element, every text present', () => {
    const svg = renderMapSvg(nastyMap(), { personas: [nastyPersona()] });
    expect(() => parseXml(svg)).not.toThrow();
    const elements = xmlElements(svg);
    expect(elements.has('script')).toBe(false);
    expect(elements.has('foreignObject')).toBe(false);
    expect(/<script/i.test(svg)).toBe(false);
    expect(/="javascript:/i.test(svg)).toBe(false);
    const text = xmlText(svg);
    for (const value of [NASTY.script, NASTY.amp, NASTY.quotes, NASTY.emoji, NASTY.chinese]) {
      expect(text).toContain(value);
    }
    expect(text).toContain(nastyPersona().name);
    expect(text).toContain(`R&D "team" <lead>`);
  });

  it('wraps and cuts a 500-character card, keeping the full text in its title', () => {
    const svg = renderMapSvg(nastyMap());
    const text = xmlText(svg);
    expect(text).toContain(NASTY.long);
    expect(text).toContain('…');
  });

  it('labels in the requested language, map texts unchanged', () => {
    for (const lang of ['ru', 'en', 'zh'] as const) {
      const text = xmlText(renderMapSvg(bankMap('ru'), { lang }));
      expect(text).toContain(t(lang, 'evidence.hypothesis'));
      expect(text).toContain('Заполняет анкету на сайте');
    }
  });

  it('draws the stage metrics row when metrics are given', () => {
    const text = xmlText(renderMapSvg(bankMap('en'), { metrics: BANK_METRICS }));
    expect(text).toContain('Stage metrics');
    expect(text).toContain('12,000');
    expect(text).toContain('55%');
    expect(xmlText(renderMapSvg(bankMap('en')))).not.toContain('Stage metrics');
  });

  it('shows the channel of cards linked to touchpoints and the owners of opportunities', () => {
    const text = xmlText(renderMapSvg(bankMap('zh')));
    expect(text).toContain('银行网站 · website');
    expect(text).toContain('数字渠道部');
  });

  it('uses a CJK-first font for Chinese texts, so the PDF writer picks a font with the glyphs', () => {
    const svg = renderMapSvg(bankMap('zh'));
    expect(svg).toMatch(
      /<text font-family="WenQuanYi Zen Hei, DejaVu Sans, sans-serif"[^>]*><tspan[^>]*>银行开户/,
    );
  });

  it('rejects invalid metrics', () => {
    expect(() => renderMapSvg(annaMap(), { metrics: { purchase: { conversion: 1.5 } } })).toThrow();
  });
});

describe('avatar', () => {
  it('is derived from the seed: same seed, same colour; initials from the name', () => {
    expect(avatarColor('anna')).toBe(avatarColor('anna'));
    expect(avatarColor('anna')).not.toBe(avatarColor('boris'));
    expect(avatarColor('anna')).toMatch(/^#[0-9a-f]{6}$/);
    expect(initials('Anna Petrova Maria')).toBe('AP');
    expect(initials('安娜')).toBe('安');
    expect(initials('мария')).toBe('М');
    expect(initials('Eve <img src=x>')).toBe('EI');
  });

  it('draws a photo over the generated face, and ignores unsafe photo links', () => {
    const persona = { ...maryPersona('en'), photo: 'https://example.org/mary.jpg' };
    const svg = renderMapSvg(bankMap('en'), { personas: [persona] });
    expect(svg).toContain('<image href="https://example.org/mary.jpg"');
    expect(svg).toContain('>MI</tspan>');
    const unsafe = renderMapSvg(bankMap('en'), { personas: [{ ...persona, photo: 'file:///etc/passwd' }] });
    expect(unsafe).not.toContain('<image');
  });
});
