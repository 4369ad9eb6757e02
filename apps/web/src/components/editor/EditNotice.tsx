import { X } from 'lucide-react';
import { errorText } from '../../i18n/error-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { editorStore, useEditor } from '../../store/editor.ts';
import { IconButton } from '../common/IconButton.tsx';

/** Tells why the last edit was refused, or how many edits a merge had to skip. */
export function EditNotice() {
  const t = useT();
  const editError = useEditor((state) => state.editError);
  const skipped = useEditor((state) => state.skipped);
  if (!editError && skipped === 0) return null;
  const text = editError ? errorText(t, editError) : t('conflict.skipped', { count: skipped });
  return (
    <div className="edit-notice" role="alert">
      <span>{text}</span>
      <IconButton
        label={t('common.close')}
        icon={<X size={14} />}
        onClick={() => editorStore.getState().dismissNotice()}
      />
    </div>
  );
}
