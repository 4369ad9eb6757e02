import { useT } from '../../i18n/use-t.ts';
import { useEditor, useReadOnly } from '../../store/editor.ts';
import { NONE } from '../../store/empty.ts';
import { AddTouchpointForm } from './AddTouchpointForm.tsx';
import { TouchpointRow } from './TouchpointRow.tsx';

/** The map's touchpoints with their channel icons, stages and measured numbers. */
export function TouchpointPanel() {
  const t = useT();
  const touchpoints = useEditor((state) => state.map?.touchpoints ?? NONE);
  const readOnly = useReadOnly();
  return (
    <section className="panel" aria-labelledby="touchpoints-title">
      <h2 id="touchpoints-title">{t('touchpoints.title')}</h2>
      {touchpoints.length === 0 ? (
        <p className="muted">{t('touchpoints.empty')}</p>
      ) : (
        <ul className="touchpoint-list">
          {touchpoints.map((tp) => (
            <TouchpointRow key={tp.id} touchpoint={tp} />
          ))}
        </ul>
      )}
      {!readOnly && <AddTouchpointForm />}
    </section>
  );
}
