import { Check, CircleAlert, CircleDot, LoaderCircle } from 'lucide-react';
import { errorText } from '../../i18n/error-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { type SaveStatus, saveStatus } from '../../store/save-status.ts';

const ICONS: Record<SaveStatus, typeof Check> = {
  saved: Check,
  saving: LoaderCircle,
  dirty: CircleDot,
  conflict: CircleAlert,
  error: CircleAlert,
};

/**
 * The save state of the map, announced politely: a short word in the toolbar ("Saved",
 * "Saving…" …) with the full sentence ("All changes saved", the error's reason) as its
 * tooltip and as what screen readers announce.
 */
export function SaveIndicator() {
  const t = useT();
  const status = useEditor(saveStatus);
  const error = useEditor((state) => state.saveError);
  const text =
    status === 'error' && error
      ? t('save.error', { message: errorText(t, error) })
      : t(`save.${status === 'error' ? 'dirty' : status}`);
  const Icon = ICONS[status];
  return (
    <output
      className={`save-status save-${status}`}
      aria-label={t('save.status')}
      aria-live="polite"
      title={text}
    >
      <Icon size={13} aria-hidden="true" />
      <span aria-hidden="true">{t(`save.short.${status}`)}</span>
      <span className="visually-hidden">{text}</span>
    </output>
  );
}
