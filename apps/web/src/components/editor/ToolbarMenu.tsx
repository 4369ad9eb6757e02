import { ChevronDown, type LucideIcon } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import '../../styles/toolbar-menu.css';
import { menuFocusIndex } from './menu-keys.ts';

/** One entry of a toolbar menu: a link to another view (`href`) or an action (`onSelect`). */
export interface ToolbarMenuItem {
  /** Stable React key, e.g. `compare`. */
  id: string;
  /** The translated words of the entry. */
  label: string;
  /** A Lucide icon shown before the words. */
  icon: LucideIcon;
  href?: string;
  onSelect?: () => void;
}

interface ToolbarMenuProps {
  /** The button's short visible word, e.g. "More". */
  label: string;
  /** The button's tooltip and accessible name; it starts with `label`, e.g. "More map tools". */
  title: string;
  icon: ReactNode;
  items: readonly ToolbarMenuItem[];
}

/** The focusable entries of an open menu, in order. */
function menuEntries(root: HTMLElement | null): HTMLElement[] {
  return Array.from(root?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}

/**
 * A menu button after the WAI-ARIA menu-button pattern: click, Enter, Space or ↓ opens it on
 * the first entry (↑ on the last), arrows, Home and End move between entries, Escape closes
 * it and gives focus back to the button, Tab closes it and moves on, a click elsewhere closes
 * it. Written here rather than taken from a menu library: a few entries need only these
 * focus moves, while such libraries bring their own positioning and portal layer.
 */
export function ToolbarMenu({ label, title, icon, items }: ToolbarMenuProps) {
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState(0);
  const buttonId = useId();
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const openAt = (index: number) => {
    setFocusAt(index);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (open) menuEntries(root.current)[focusAt]?.focus();
  }, [open, focusAt]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowDown' ? 0 : items.length - 1);
  };

  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    // Focus goes back to the button, then Tab's default step moves on from there.
    if (event.key === 'Tab') return close();
    if (event.key === ' ' && event.target instanceof HTMLElement) {
      event.preventDefault(); // a link is not activated by Space on its own
      event.target.click();
      return;
    }
    const list = menuEntries(root.current);
    const next = menuFocusIndex(event.key, list.indexOf(document.activeElement as HTMLElement), list.length);
    if (next === null) return;
    event.preventDefault();
    list[next]?.focus();
  };

  const choose = (item: ToolbarMenuItem) => {
    close();
    item.onSelect?.();
  };

  return (
    <div className="toolbar-menu" ref={root}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={title}
        title={title}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true">{icon}</span>
        <span aria-hidden="true">{label}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      <div id={menuId} role="menu" aria-labelledby={buttonId} hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) =>
          item.href === undefined ? (
            <button key={item.id} type="button" role="menuitem" tabIndex={-1} onClick={() => choose(item)}>
              <item.icon size={15} aria-hidden="true" />
              {item.label}
            </button>
          ) : (
            <a key={item.id} role="menuitem" tabIndex={-1} href={item.href} onClick={() => choose(item)}>
              <item.icon size={15} aria-hidden="true" />
              {item.label}
            </a>
          ),
        )}
      </div>
    </div>
  );
}
