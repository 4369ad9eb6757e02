import { useT } from '../../i18n/use-t.ts';

/** A loading placeholder. */
export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
