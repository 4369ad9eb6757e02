import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps the element's bottom inside the window: sets `--fit-top` to the element's distance
 * from the top of the page, for CSS to size it `100vh` minus that. The bars above the grid
 * (toolbar, notices, attribution) vary in height, so a fixed offset left the grid's last
 * rows, and editors opened in them, below the window.
 */
export function useFitHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.setProperty('--fit-top', `${Math.round(top)}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
}
