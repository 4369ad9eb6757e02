/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.runIf(HAS_CHROMIUM)('closing the loop', () => {
  const env = useE2E();

  it('shows the verdict of the demo initiative’s A/B test', async () => {
    const { page, errors } = await env().open('/#/initiatives');
    await page.getByRole('heading', { name: 'Initiatives', level: 1 }).waitFor();
    const testing = page.getByRole('region', { name: 'Testing (3)' });
    await testing.getByRole('link', { name: 'Promise free delivery in the cart' }).click();
    const verdict = page.getByRole('note', { name: 'Verdict' });
    // The experiment is computed from the events, behind any analysis already queued.
    await verdict.waitFor({ timeout: 90_000 });
    expect(await verdict.getAttribute('data-verdict')).toBe('winner');
    const table = page.getByRole('table', { name: 'Variants of the experiment' });
    expect(await table.textContent()).toContain('free-delivery');
    await screenshot(page, 'initiative-verdict');
    expect(errors).toEqual([]);
  });

  it('puts attribution credit on the map’s touchpoints', async () => {
    const { page, errors } = await env().open('/#/maps/example-laptop-en');
    const form = page.getByRole('form', { name: 'Credit per touchpoint' });
    await form.getByLabel('Attribution model').selectOption({ label: 'Markov chain' });
    await form.getByRole('button', { name: 'Show credit' }).click();
    const credit = page.getByRole('note', { name: /^Credit of Social ad: \d+(\.\d+)?%$/ });
    await credit.waitFor({ timeout: 90_000 });
    await screenshot(page, 'map-attribution-credit');
    expect(errors).toEqual([]);
  });
});
