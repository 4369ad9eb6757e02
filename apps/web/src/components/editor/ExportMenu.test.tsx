// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../i18n/language-store.ts';
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
});
