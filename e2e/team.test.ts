/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { E2E_OWNER, HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const MAP = 'example-laptop-en';

describe.runIf(HAS_CHROMIUM)('a team on one server', () => {
  const env = useE2E();

  /** Adds a member through the API as the owner; their e-mail and password. */
  async function member(role: string, name: string) {
    const account = { email: `${name.toLowerCase()}@example.com`, password: `${name}-password-1` };
    const response = await env().api('/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...account, name, role }),
    });
    expect(response.status).toBe(201);
    return account;
  }

  it('signs in through the sign-in page and signs out', async () => {
    const { page, errors } = await env().open('/', { as: null });
    await page.getByRole('heading', { name: 'Sign in to OpenCJM' }).waitFor();
    await page.getByLabel('E-mail').fill(E2E_OWNER.email);
    await page.getByLabel('Password').fill('a wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong e-mail or password.').waitFor();
    await page.getByLabel('Password').fill(E2E_OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Open map Buying a laptop online' }).waitFor();
    await screenshot(page, 'team-signed-in');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to OpenCJM' }).waitFor();
    expect((await page.request.get(`${env().url}/api/maps`)).status()).toBe(401);
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('shows a viewer the map without edit controls, and the API refuses their write', async () => {
    const viewer = await member('viewer', 'Vera');
    const { page, errors } = await env().open(`/#/maps/${MAP}`, { as: viewer });
    await page.getByRole('heading', { name: 'Awareness' }).waitFor();
    await page.getByText('Read only: your role (Viewer) cannot change maps.').waitFor();
    await screenshot(page, 'team-viewer-editor');
    expect(await page.getByRole('button', { name: /^Add card to / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rename stage / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
    const put = await page.request.put(`${env().url}/api/maps/${MAP}`, {
      data: { map: { id: MAP }, version: 1 },
      headers: { origin: env().url },
    });
    expect(put.status()).toBe(403);
    expect(errors).toEqual([]);
  });

  it('opens a share link signed out: the map and its figures, nothing else', async () => {
    const created = await env().api(`/api/maps/${MAP}/shares`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(created.status).toBe(201);
    const { url } = (await created.json()) as { url: string };
    const { page, errors } = await env().open(url, { as: null });
    await page.getByText('Shared read-only with OpenCJM').waitFor();
    await page.getByRole('heading', { name: 'Buying a laptop online' }).waitFor();
    await page
      .getByText(/^Awareness/)
      .first()
      .waitFor();
    await screenshot(page, 'team-shared-map');
    expect(await page.getByRole('button', { name: /^Add card to / }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Workspace/ }).count()).toBe(0);
    expect((await page.request.get(`${env().url}/api/maps`)).status()).toBe(401);
    expect(errors).toEqual([]);
  });

  it('shows a comment with an @mention to the member mentioned', async () => {
    const kira = await member('commenter', 'Kira');
    const owner = await env().open(`/#/maps/${MAP}`);
    await owner.page.getByRole('button', { name: /^Comments on stage Awareness/ }).click();
    await owner.page.getByLabel('Comment', { exact: true }).fill('Is the ad reach measured? @Kira');
    await owner.page.getByRole('button', { name: 'Post comment' }).click();
    await owner.page.getByText('Is the ad reach measured? @Kira').first().waitFor();
    await screenshot(owner.page, 'team-comment-posted');

    const other = await env().open('/', { as: kira });
    await other.page.getByRole('button', { name: 'Mentions (1)' }).click();
    await other.page.getByText('Is the ad reach measured? @Kira').first().waitFor();
    await screenshot(other.page, 'team-mention-inbox');
    expect(owner.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });
});
