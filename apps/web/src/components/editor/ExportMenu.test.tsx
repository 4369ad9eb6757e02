// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../i18n/language-store.ts';
import { useMetrics } from '../../store/metrics.ts';
import { ExportMenu } from './ExportMenu.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  // The server offers exports: the HEAD of the Markdown export answers 200.
  vi.stubGlobal('fetch', async () => new Response('', { status: 200 }));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
  useMetrics.setState({ from: '', through: '', period: {} });
});

async function shown(): Promise<void> {
  await act(async () => {
    root.render(<ExportMenu mapId="laptop" />);
  });
  await vi.waitFor(() => expect(container.querySelector('details')).not.toBeNull());
}

describe('ExportMenu', () => {
  it('downloads without data until "with data" is ticked, then every format asks for the figures', async () => {
    act(() => useLanguage.setState({ lang: 'ru' }));
    await shown();
    const links = () => Array.from(container.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(links()).toHaveLength(9);
    expect(links().some((href) => href?.includes('withData'))).toBe(false);
    const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.closest('label')?.textContent).toBe('С данными');
    act(() => box?.click());
    expect(links().every((href) => href?.endsWith('&withData=true'))).toBe(true);
    expect(links()).toContain('/api/maps/laptop/export?format=pptx&withData=true');
  });

  it('exports with data over the period the editor’s figures cover, and says which', async () => {
    act(() => useLanguage.setState({ lang: 'en' }));
    // the editor chose January 2026 (its store holds no map, so nothing is measured)
    await act(() => useMetrics.getState().setDates('2026-01-01', '2026-01-31'));
    await shown();
    const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]');
    act(() => box?.click());
    const links = Array.from(container.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(links).toContain(
      '/api/maps/laptop/export?format=xlsx&withData=true&from=2026-01-01&to=2026-02-01',
    );
    const hint = container.querySelector('.export-with-data-period')?.textContent?.replace(/\s+/gu, ' ');
    expect(hint).toBe('Period of the figures: Jan 1 – 31, 2026 (chosen under “Figures”)');
  });
});
