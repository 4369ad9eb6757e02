import { ApiError } from '../../api/errors.ts';
import { errorText } from '../../i18n/error-text.ts';
import { useT } from '../../i18n/use-t.ts';

/** An error shown to the user in their language; `onRetry` adds a retry button. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const text =
    error instanceof ApiError
      ? errorText(t, error)
      : errorText(t, { code: 'unknown', params: { code: String(error) } });
  return (
    <div className="error-notice" role="alert">
      <span>{text}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
