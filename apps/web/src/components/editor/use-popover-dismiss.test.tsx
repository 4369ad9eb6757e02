// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePopoverDismiss } from './use-popover-dismiss.ts';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

function Popover() {
  const dismissable = usePopoverDismiss();
  return (
    <details ref={dismissable}>
      <summary>Export</summary>
      <input aria-label="With data" type="checkbox" />
    </details>
  );
}

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<Popover />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const details = () => container.querySelector('details') as HTMLDetailsElement;

describe('usePopoverDismiss', () => {
  it('closes the open popover on Escape inside it and gives focus back to its summary', () => {
    details().open = true;
    const box = container.querySelector('input') as HTMLInputElement;
    box.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(details().open).toBe(false);
    expect(document.activeElement).toBe(container.querySelector('summary'));
  });

  it('closes on a press outside, not on one inside', () => {
    details().open = true;
    container.querySelector('input')?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(details().open).toBe(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(details().open).toBe(false);
  });

  it('lets go of the page once the popover is gone', () => {
    const closed = details();
    act(() => root.render(<p>none</p>));
    closed.open = true;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(closed.open).toBe(true);
  });
});
