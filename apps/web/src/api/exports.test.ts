import { describe, expect, it } from 'vitest';
import { exportUrl } from './exports.ts';

describe('exportUrl', () => {
  it('asks for the figures only when the export is with data', () => {
    expect(exportUrl('map 1', 'pptx')).toBe('/api/maps/map%201/export?format=pptx');
    expect(exportUrl('map 1', 'pptx', true)).toBe('/api/maps/map%201/export?format=pptx&withData=true');
  });

  it('asks for the figures of a period, and only with data', () => {
    const january = { from: '2026-01-01', to: '2026-02-01' };
    expect(exportUrl('m', 'pdf', true, january)).toBe(
      '/api/maps/m/export?format=pdf&withData=true&from=2026-01-01&to=2026-02-01',
    );
    expect(exportUrl('m', 'pdf', false, january)).toBe('/api/maps/m/export?format=pdf');
  });
});
