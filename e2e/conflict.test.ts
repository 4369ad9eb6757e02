import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E, waitSaved } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.runIf(HAS_CHROMIUM)('two people editing one map', () => {
  const env = useE2E();

  it('shows the conflict with both versions and merges without losing either edit', async () => {
    const alice = await env().open('/#/maps/example-laptop-en');
    const bob = await env().open('/#/maps/example-laptop-en');
    await alice.page.getByRole('heading', { name: 'Awareness' }).waitFor();
    await bob.page.getByRole('heading', { name: 'Awareness' }).waitFor();

    await alice.page.getByRole('button', { name: 'Add card to Actions × Awareness' }).click();
    await alice.page.getByLabel('Card text').fill('Alice: asks a friend');
    await alice.page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitSaved(alice.page);

    await bob.page.getByRole('button', { name: 'Add card to Pains × Purchase' }).click();
    await bob.page.getByLabel('Card text').fill('Bob: the payment page timed out');
    await bob.page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = bob.page.getByRole('dialog', { name: 'Someone else changed this map' });
    await dialog.waitFor();
    const theirs = dialog.getByRole('list', { name: 'Their changes' });
    const mine = dialog.getByRole('list', { name: 'Your changes' });
    await expect.poll(() => theirs.textContent()).toContain('Card added: “Alice: asks a friend”');
    await expect.poll(() => mine.textContent()).toContain('Card added: “Bob: the payment page timed out”');
    await screenshot(bob.page, 'conflict-dialog');

    await dialog.getByRole('button', { name: 'Merge' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(bob.page);
    await bob.page.getByRole('listitem', { name: 'Card: Alice: asks a friend' }).waitFor();
    await bob.page.getByRole('listitem', { name: 'Card: Bob: the payment page timed out' }).waitFor();

    await alice.page.reload();
    await alice.page.getByRole('listitem', { name: 'Card: Alice: asks a friend' }).waitFor();
    await alice.page.getByRole('listitem', { name: 'Card: Bob: the payment page timed out' }).waitFor();
    await screenshot(alice.page, 'conflict-merged');
    expect(alice.errors).toEqual([]);
    expect(bob.errors).toEqual([]);
  });

  it('keeps mine on request: my version is saved over theirs', async () => {
    const alice = await env().open('/#/maps/example-laptop-en');
    const bob = await env().open('/#/maps/example-laptop-en');
    await alice.page.getByRole('heading', { name: 'Awareness' }).waitFor();
    await bob.page.getByRole('heading', { name: 'Awareness' }).waitFor();

    await alice.page.getByRole('button', { name: 'Rename stage Usage' }).click();
    await alice.page.getByLabel('Stage name').fill('First week');
    await alice.page.getByLabel('Stage name').press('Enter');
    await waitSaved(alice.page);

    const point = bob.page.getByRole('slider', { name: 'Emotion at Loyalty' });
    await point.focus();
    await bob.page.keyboard.press('ArrowDown');
    const dialog = bob.page.getByRole('dialog', { name: 'Someone else changed this map' });
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(bob.page);

    await alice.page.reload();
    await alice.page.getByRole('heading', { name: 'Usage' }).waitFor();
    expect(
      await alice.page.getByRole('slider', { name: 'Emotion at Loyalty' }).getAttribute('aria-valuenow'),
    ).toBe('0.5');
    expect(alice.errors).toEqual([]);
    expect(bob.errors).toEqual([]);
  });
});
