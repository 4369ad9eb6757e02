import type { WorkspaceStats } from '@opencjm/core';
import type { DuckDbStore } from '@opencjm/engine';

/** What the workspace holds: events, stitched customers, quarantined rows, the last event. */
export async function workspaceStats(store: DuckDbStore): Promise<WorkspaceStats> {
  const [row] = (
    await store.conn.runAndReadAll(`SELECT
      (SELECT count(*) FROM events) AS events,
      (SELECT count(DISTINCT customer_id) FROM customer_events) AS customers,
      (SELECT count(*) FROM quarantine) AS quarantined,
      (SELECT epoch_ms(max(ts)) FROM events) AS last`)
  ).getRowObjectsJS();
  return {
    events: Number(row?.events ?? 0),
    customers: Number(row?.customers ?? 0),
    quarantined: Number(row?.quarantined ?? 0),
    lastEventAt:
      row?.last === null || row?.last === undefined ? null : new Date(Number(row.last)).toISOString(),
  };
}
