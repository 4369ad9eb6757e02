import { describe, expect, it } from 'vitest';
import { exportUrl } from './exports.ts';

describe('exportUrl', () => {
  it('asks for the figures only when the export is with data', () => {
    expect(exportUrl('map 1', 'pptx')).toBe('/api/maps/map%201/export?format=pptx');
    expect(exportUrl('map 1', 'pptx', true)).toBe('/api/maps/map%201/export?format=pptx&withData=true');
  });
});
