// @vitest-environment happy-dom
import { Persona } from '@opencjm/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../i18n/language-store.ts';
import { PersonaSheet } from './PersonaSheet.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const anna = Persona.parse({
  schemaVersion: 1,
  id: 'anna',
  name: 'Анна',
  photo: 'https://photos.example/anna.png',
  quote: 'Хочу ноутбук, который просто работает',
  demographics: { age: '29', location: 'Казань' },
  goals: ['Купить ноутбук для работы'],
  frustrations: ['Скрытая стоимость доставки'],
  channels: ['website'],
});

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  useLanguage.getState().setLang('ru');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('persona card for reading', () => {
  it('shows photo, name, quote, then goals and frustrations before the other lists', () => {
    act(() => root.render(<PersonaSheet persona={anna} />));
    const img = container.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://photos.example/anna.png');
    expect(img?.getAttribute('alt')).toBe('Аватар: Анна');
    expect(container.querySelector('h2')?.textContent).toBe('Анна');
    expect(container.querySelector('blockquote')?.textContent).toBe('Хочу ноутбук, который просто работает');
    const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Цели', 'Страхи и разочарования']);
    const goals = container.querySelector('.persona-block-goals');
    expect(goals?.textContent).toContain('Купить ноутбук для работы');
    expect(container.querySelector('.persona-block-frustrations')?.textContent).toContain(
      'Скрытая стоимость доставки',
    );
  });

  it('keeps the card’s shape: an empty list says so', () => {
    act(() => root.render(<PersonaSheet persona={anna} />));
    expect(container.querySelector('.persona-block-needs')?.textContent).toContain('Пока ничего');
  });
});
