import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAttribution } from './attribution-store.ts';

/** A Markov attribution answer as the server sends it (the core AttributionResult). */
const ANSWER = {
  conversion: 'purchase',
  model: 'markov',
  by: 'touchpoint',
  lookbackSeconds: 2_592_000,
  customers: 9,
  total: 4,
  converted: 5,
  unattributed: 1,
  revenue: null,
  conversionProbability: 0.5,
  channels: [
    { channel: 'tp-cart', conversions: 3, share: 0.75, revenue: null, removalEffect: 0.9 },
    { channel: 'tp-ad', conversions: 1, share: 0.25, revenue: null, removalEffect: 0.3 },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  useAttribution.getState().hide();
});

describe('attribution credit of the open map', () => {
  it('asks the map route with the conversion and model, and keeps the answer for that map', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(ANSWER), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const store = useAttribution.getState();
    store.setConversion('purchase');
    store.setModel('markov');
    await useAttribution.getState().show('map 1');
    expect(fetch).toHaveBeenCalledWith(
      '/api/maps/map%201/attribution?conversion=purchase&model=markov',
      expect.anything(),
    );
    const state = useAttribution.getState();
    expect(state.status).toBe('ready');
    expect(state.mapId).toBe('map 1');
    expect(state.answer?.channels.find((c) => c.channel === 'tp-cart')?.share).toBe(0.75);
  });

  it('asks again when the model changes while credit is shown, and keeps an error', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response(JSON.stringify(ANSWER), { status: 200 }))
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ error: { code: 'bad-duration' } }), { status: 400 }),
      );
    vi.stubGlobal('fetch', fetch);
    await useAttribution.getState().show('m');
    useAttribution.getState().setModel('first');
    await vi.waitFor(() => expect(useAttribution.getState().status).toBe('error'));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(String(fetch.mock.calls[1]?.[0])).toContain('model=first');
    expect(useAttribution.getState().answer).toBeNull();
  });
});
