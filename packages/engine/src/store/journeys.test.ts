import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dfg } from '../analytics/dfg.ts';
import { insertStory } from '../analytics/story.ts';
import { variants } from '../analytics/variants.ts';
import { type DuckDbStore, openDuckDbStore } from './duckdb.ts';
import { ensureJourneys, refreshJourneys } from './journeys.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store);
});
afterEach(() => store.close());

const count = async (table: string) =>
  Number((await store.conn.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjects()[0]?.n);

describe('journey tables', () => {
  it('hold every event once and one path per stitched customer', async () => {
    await refreshJourneys(store.conn);
    const customers = await store.conn.runAndReadAll(
      'SELECT count(DISTINCT customer_id) AS n FROM customer_events',
    );
    expect(await count('journey_events')).toBe(await count('events'));
    expect(await count('journey_paths')).toBe(Number(customers.getRowObjects()[0]?.n));
  });

  it("store events in journey order, numbered, each knowing its customer's first row", async () => {
    await refreshJourneys(store.conn);
    // read in storage order, as the funnel's running windows read it
    const rows = (await store.conn.runAndReadAll('SELECT customer_id, t, seq, n, n0 FROM journey_events'))
      .getRowObjectsJS()
      .map((r) => ({
        customer: String(r.customer_id),
        t: Number(r.t),
        seq: Number(r.seq),
        n: Number(r.n),
        n0: Number(r.n0),
      }));
    expect(rows.map((r) => r.n)).toEqual(rows.map((_, i) => i + 1));
    const first = new Map<string, number>();
    for (const r of rows) if (!first.has(r.customer)) first.set(r.customer, r.n);
    expect(rows.map((r) => r.n0)).toEqual(rows.map((r) => first.get(r.customer)));
    const changes = rows.filter((r, i) => i > 0 && rows[i - 1]?.customer !== r.customer).length;
    expect(changes + 1).toBe(first.size); // each customer's rows are contiguous
    const backwards = rows.filter((r, i) => {
      const p = rows[i - 1];
      return p?.customer === r.customer && (p.t > r.t || (p.t === r.t && p.seq > r.seq));
    });
    expect(backwards).toEqual([]);
  });

  it('are rebuilt by the next analysis after new events or a new stitch', async () => {
    await ensureJourneys(store.conn);
    const before = await variants(store);
    // Anna's anonymous identifier no longer belongs to her: her journey splits in two
    await store.conn.run(`DELETE FROM identity WHERE identifier = 'anonymous_id:anna-web'`);
    const split = await variants(store);
    expect(split.total).toBe(before.total + 1);
    await store.conn.run(`INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, import_id)
      VALUES ('late', '2030-01-01T00:00:00Z', 999999, 'late_event', 'anonymous_id:zed', ['anonymous_id:zed'], 'i9')`);
    expect((await dfg(store)).start.late_event).toBe(1);
  });

  it('give analyses running side by side on one connection the same answers as one alone', async () => {
    // Stale tables: every analysis wants a rebuild; they share one, with no transaction
    // that another's statement could land in.
    const [a, b, c] = await Promise.all([dfg(store), dfg(store), variants(store)]);
    expect(a).toEqual(b);
    expect(c).toEqual(await variants(store));
    expect(await count('journeys_built')).toBe(1);
  });
});
