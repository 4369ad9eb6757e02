import { isTKey, type TFunction, type TParams } from './translate.ts';

function printable(params: Readonly<Record<string, unknown>>): TParams {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return out;
}

/**
 * The translated text of an API or operation error code, e.g. `unknown-stage` with
 * `{ id: 'x' }` → "Unknown stage x."; unknown codes name the code.
 */
export function errorText(
  t: TFunction,
  error: { code: string; params?: Readonly<Record<string, unknown>>; status?: number },
): string {
  const key = `error.${error.code}`;
  const params = { ...printable(error.params ?? {}), status: error.status ?? 0, code: error.code };
  return isTKey(key) ? t(key, params) : t('error.unknown', params);
}
