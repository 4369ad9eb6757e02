import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES, COMMAND_NAMES, commandOf } from './registry.ts';

describe('command registry', () => {
  it('finds the command to load after program options and after help', () => {
    expect(commandOf(['analyze', 'funnel', '--steps', 'a'])).toBe('analyze');
    expect(commandOf(['--lang', 'ru', 'templates'])).toBe('templates');
    expect(commandOf(['help', 'import-map'])).toBe('import-map');
    expect(commandOf(['--help'])).toBeUndefined();
    expect(commandOf(['nonsense'])).toBeUndefined();
    expect(commandOf([])).toBeUndefined();
  });

  it('has one module for every command name', () => {
    const names = COMMAND_MODULES.flatMap((m) => m.names);
    expect([...names].sort()).toEqual([...COMMAND_NAMES].sort());
  });
});
