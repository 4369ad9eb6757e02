// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../i18n/language-store.ts';
import { BeforeAfter } from './BeforeAfter.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const side = (customers: number, conversion: number, medianSecondsFromPrevious: number | null) => ({
  customers,
  conversion,
  medianSecondsFromPrevious,
});
/** An answer in the shape the server gives (engine compareMapPeriods). */
const ANSWER = {
  windowSeconds: 2_592_000,
  split: { kind: 'date', at: '2026-03-10T00:00:00Z' },
  stages: [
    {
      id: 'browse',
      name: 'Browse',
      a: side(6, 1, null),
      b: side(8, 1, null),
      change: { difference: 0, ci: [-0.3, 0.35], significant: false },
    },
    {
      id: 'buy',
      name: 'Buy',
      a: side(2, 0.1, 86_400),
      b: side(16, 0.8, 3600),
      change: { difference: 0.7, ci: [0.42, 0.84], significant: true },
    },
  ],
  kpis: [
    { id: 'k1', name: 'Purchase conversion', stage: 'buy', target: 0.5, a: 0.1, b: 0.8, met: true },
    { id: 'k2', name: 'Loyalty', stage: 'buy', target: 0.9, a: 0.1, b: 0.8, met: false },
  ],
};

let urls: URL[] = [];
let root: Root;
let container: HTMLElement;

beforeEach(() => {
  urls = [];
  useLanguage.getState().setLang('en');
  vi.stubGlobal('fetch', async (input: string) => {
    urls.push(new URL(input, 'http://localhost'));
    return new Response(JSON.stringify(ANSWER), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

async function until(check: () => void, timeout = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

describe('BeforeAfter', () => {
  it('asks for the map split at midnight UTC of the date and shows each stage and KPI', async () => {
    await act(async () => root.render(<BeforeAfter mapId="map 1" />));
    expect(urls).toEqual([]);
    const label = [...container.querySelectorAll('label')].find(
      (l) => l.textContent === 'Date of the change',
    );
    const input = document.getElementById(label?.htmlFor ?? '') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '2026-03-10');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => expect(container.querySelector('tbody tr')).not.toBeNull());
    expect(urls[0]?.pathname).toBe('/api/maps/map%201/compare');
    expect(urls[0]?.searchParams.get('at')).toBe('2026-03-10T00:00:00Z');
    const rows = [...container.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Browse', '6 customers · 100%', '8 customers · 100%', '0 pp [-30, +35]', 'Not significant'],
      [
        'Buy',
        '2 customers · 10% · median 1 d from the previous stage',
        '16 customers · 80% · median 1 h from the previous stage',
        '+70 pp [+42, +84]',
        'Significant',
      ],
    ]);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Purchase conversion: 80% after, target 50% — met',
      'Loyalty: 80% after, target 90% — missed',
    ]);
  });
});
