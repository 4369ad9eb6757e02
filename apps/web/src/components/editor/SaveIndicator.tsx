import { errorText } from '../../i18n/error-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { saveStatus } from '../../store/save-status.ts';

/** The save state of the map ("All changes saved", "Saving…" …), announced politely. */
export function SaveIndicator() {
  const t = useT();
  const status = useEditor(saveStatus);
  const error = useEditor((state) => state.saveError);
  const text =
    status === 'error' && error
      ? t('save.error', { message: errorText(t, error) })
      : t(`save.${status === 'error' ? 'dirty' : status}`);
  return (
    <output className={`save-status save-${status}`} aria-label={t('save.status')} aria-live="polite">
      {text}
    </output>
  );
}
