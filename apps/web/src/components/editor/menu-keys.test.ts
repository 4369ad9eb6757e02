import { describe, expect, it } from 'vitest';
import { menuFocusIndex } from './menu-keys.ts';

describe('menuFocusIndex', () => {
  it('steps down and up through three items, wrapping at the ends', () => {
    expect(menuFocusIndex('ArrowDown', 0, 3)).toBe(1);
    expect(menuFocusIndex('ArrowDown', 2, 3)).toBe(0);
    expect(menuFocusIndex('ArrowUp', 0, 3)).toBe(2);
    expect(menuFocusIndex('ArrowUp', 2, 3)).toBe(1);
  });

  it('starts at the first item going down and at the last going up when none has focus', () => {
    expect(menuFocusIndex('ArrowDown', -1, 3)).toBe(0);
    expect(menuFocusIndex('ArrowUp', -1, 3)).toBe(2);
  });

  it('jumps to the ends with Home and End, and leaves other keys and empty menus alone', () => {
    expect(menuFocusIndex('Home', 2, 3)).toBe(0);
    expect(menuFocusIndex('End', 0, 3)).toBe(2);
    expect(menuFocusIndex('a', 1, 3)).toBeNull();
    expect(menuFocusIndex('ArrowDown', -1, 0)).toBeNull();
  });
});
