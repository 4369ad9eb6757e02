import { describe, expect, it } from 'vitest';
import { importFiles } from '../import/import-files.ts';
import { rows, tempDir, writeFixture } from '../import/test-fixtures.ts';
import { openDuckDbStore } from '../store/duckdb.ts';
import { stitchIdentities } from './stitch.ts';

/** Anna's journey as her identifiers appear: ad click (cookie), sign-up, purchase, review. */
const ANNA = [
  'timestamp,anonymous_id,email,user_id,phone,event',
  '2026-03-01T10:00:00Z,a-1,,,,ad_click',
  '2026-03-01T10:05:00Z,a-1, Anna@Example.com ,,,sign_up',
  '2026-03-01T10:20:00Z,,anna@example.com,u-anna,,purchase',
  '2026-03-03T18:00:00Z,,,u-anna,+7 (912) 000-11-22,review',
  '2026-03-02T09:00:00Z,null,,,,page_view',
  '2026-03-02T09:01:00Z,anonymous,,,,page_view',
  '2026-03-02T09:02:00Z,b-9,,,,page_view',
].join('\n');

describe('identity stitching', () => {
  it('merges anonymous id, e-mail, user id and phone seen together into one customer', async () => {
    const store = await openDuckDbStore(':memory:');
    const summary = await importFiles(store, [writeFixture(tempDir(), 'anna.csv', ANNA)]);
    // The two rows with a blocked anonymous id have no identifier at all.
    expect(summary).toMatchObject({ accepted: 5, quarantined: 2 });
    expect(
      await rows(
        store,
        'SELECT customer_id, count(*)::INTEGER AS events FROM customer_events GROUP BY 1 ORDER BY 1',
      ),
    ).toEqual([
      { customer_id: 'anonymous_id:b-9', events: 1 },
      { customer_id: 'user_id:u-anna', events: 4 },
    ]);
    expect(await rows(store, 'SELECT identifier, customer_id FROM identity ORDER BY identifier')).toEqual([
      { identifier: 'anonymous_id:a-1', customer_id: 'user_id:u-anna' },
      { identifier: 'email:anna@example.com', customer_id: 'user_id:u-anna' },
      { identifier: 'phone:+79120001122', customer_id: 'user_id:u-anna' },
      { identifier: 'user_id:u-anna', customer_id: 'user_id:u-anna' },
    ]);
    const merges = await rows(
      store,
      'SELECT identifier_a, identifier_b, merged, reason, import_id FROM identity_merges ORDER BY identifier_b',
    );
    expect(merges).toHaveLength(3);
    expect(merges[0]).toEqual({
      identifier_a: 'anonymous_id:a-1',
      identifier_b: 'email:anna@example.com',
      merged: true,
      reason: 'seen together on an event',
      import_id: summary.importId,
    });
    store.close();
  });

  it('refuses merges beyond the cap of identifiers of one kind, and logs them', async () => {
    const store = await openDuckDbStore(':memory:');
    // A shared family tablet: one anonymous id signs in with four different e-mails.
    const csv = [
      'timestamp,anonymous_id,email,event',
      ...['anna', 'boris', 'vera', 'gleb'].map(
        (n, i) => `2026-03-01T10:0${i}:00Z,tablet,${n}@example.com,sign_in`,
      ),
    ].join('\n');
    await importFiles(store, [writeFixture(tempDir(), 'tablet.csv', csv)], { stitch: false });
    const summary = await stitchIdentities(store, { maxIdsPerType: 2 });
    expect(summary).toMatchObject({ merges: 2, refused: 2 });
    expect(
      await rows(store, 'SELECT identifier_b, merged, reason FROM identity_merges WHERE NOT merged'),
    ).toEqual([
      {
        identifier_b: 'email:vera@example.com',
        merged: false,
        reason: 'refused: the customer would hold more than its cap of email identifiers',
      },
      {
        identifier_b: 'email:gleb@example.com',
        merged: false,
        reason: 'refused: the customer would hold more than its cap of email identifiers',
      },
    ]);
    expect(await rows(store, 'SELECT identifier FROM identity ORDER BY identifier')).toEqual([
      { identifier: 'anonymous_id:tablet' },
      { identifier: 'email:anna@example.com' },
      { identifier: 'email:boris@example.com' },
    ]);
    store.close();
  });

  it('rewrites identity on each stitch as new evidence links customers', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    await importFiles(store, [
      writeFixture(
        dir,
        'web.csv',
        'timestamp,anonymous_id,email,event\n2026-03-01T10:00:00Z,a-1,,page_view\n',
      ),
    ]);
    expect(await rows(store, 'SELECT count(*)::INTEGER AS n FROM identity')).toEqual([{ n: 0 }]);
    await importFiles(store, [
      writeFixture(
        dir,
        'signup.csv',
        'timestamp,anonymous_id,email,event\n2026-03-01T10:05:00Z,a-1,anna@example.com,sign_up\n',
      ),
    ]);
    expect(await rows(store, 'SELECT DISTINCT customer_id FROM customer_events')).toEqual([
      { customer_id: 'email:anna@example.com' },
    ]);
    store.close();
  });
});
