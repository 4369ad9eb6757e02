/**
 * One shared empty list for selectors: a selector must return the same value for the same
 * state, and `?? []` would make a new array on every call (and loop re-rendering).
 */
export const NONE: readonly never[] = Object.freeze([]);
