// @vitest-environment happy-dom
import { CopyPlus, GitCompare, UsersRound } from 'lucide-react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToolbarMenu } from './ToolbarMenu.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
const copied = vi.fn();

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root.render(
      <ToolbarMenu
        label="More"
        title="More map tools"
        icon="…"
        items={[
          { id: 'compare', label: 'Compare', icon: GitCompare, href: '#/maps/laptop/compare' },
          { id: 'personas', label: 'Personas from data', icon: UsersRound, href: '#/maps/laptop/personas' },
          { id: 'future', label: 'Future-state copy', icon: CopyPlus, onSelect: copied },
        ]}
      />,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  copied.mockReset();
});

const button = () => container.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]');
const menu = () => container.querySelector<HTMLElement>('[role="menu"]');
const focused = () => document.activeElement?.textContent;
const press = (key: string) =>
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('ToolbarMenu', () => {
  it('is a closed menu button named by its tooltip until opened', () => {
    expect(button()?.getAttribute('aria-label')).toBe('More map tools');
    expect(button()?.getAttribute('aria-expanded')).toBe('false');
    expect(menu()?.hidden).toBe(true);
    expect(menu()?.getAttribute('aria-labelledby')).toBe(button()?.id);
  });

  it('opens on ↓ at the first entry, steps and wraps with the arrows, and Escape gives focus back', () => {
    act(() => button()?.focus());
    press('ArrowDown');
    expect(button()?.getAttribute('aria-expanded')).toBe('true');
    expect(menu()?.hidden).toBe(false);
    expect(focused()).toBe('Compare');
    press('ArrowDown');
    expect(focused()).toBe('Personas from data');
    press('End');
    expect(focused()).toBe('Future-state copy');
    press('ArrowDown');
    expect(focused()).toBe('Compare');
    press('ArrowUp');
    expect(focused()).toBe('Future-state copy');
    press('Escape');
    expect(menu()?.hidden).toBe(true);
    expect(document.activeElement).toBe(button());
  });

  it('opens on ↑ at the last entry and runs an action chosen with Space, closing the menu', () => {
    act(() => button()?.focus());
    press('ArrowUp');
    expect(focused()).toBe('Future-state copy');
    press(' ');
    expect(copied).toHaveBeenCalledTimes(1);
    expect(menu()?.hidden).toBe(true);
    expect(document.activeElement).toBe(button());
  });

  it('closes on a click elsewhere and on a second click of its button', () => {
    act(() => button()?.click());
    expect(menu()?.hidden).toBe(false);
    act(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    expect(menu()?.hidden).toBe(true);
    act(() => button()?.click());
    act(() => button()?.click());
    expect(menu()?.hidden).toBe(true);
  });

  it('offers the views as links', () => {
    const links = Array.from(container.querySelectorAll('a[role="menuitem"]'), (a) => a.getAttribute('href'));
    expect(links).toEqual(['#/maps/laptop/compare', '#/maps/laptop/personas']);
  });
});
