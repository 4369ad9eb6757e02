/** Why an analysis could not run; the UI translates the code and its params. */
export type AnalyticsErrorCode =
  | 'map-required'
  | 'steps-or-map'
  | 'too-few-steps'
  | 'bad-duration'
  | 'unknown-customer'
  | 'unknown-variant'
  | 'bad-plan'
  | 'unknown-attribute'
  | 'not-on-clickhouse';

/** An error meant for the user, with a stable code and the values to show. */
export class AnalyticsError extends Error {
  constructor(
    readonly code: AnalyticsErrorCode,
    message: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = 'AnalyticsError';
  }
}
