import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../../../packages/render/src/svg/theme.ts';
import { STAGE_COLORS, stageColor } from './stage-colors.ts';

describe('stage colours', () => {
  it('are the exported map’s stage header colours, in the same order', () => {
    expect([...STAGE_COLORS]).toEqual([...COLORS.stageHeader]);
  });

  it('repeat after the last colour', () => {
    expect(stageColor(0)).toBe('#1e88e5');
    expect(stageColor(STAGE_COLORS.length + 1)).toBe(stageColor(1));
  });
});
