import { type Card, Evidence, type Operation } from '@opencjm/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, useEditor } from '../../store/editor.ts';
import { NONE } from '../../store/empty.ts';
import { newId } from '../../store/ids.ts';
import { Field } from '../common/Field.tsx';

interface CardEditorProps {
  /** The card to edit; absent for a new card. */
  card?: Card;
  lane: string;
  stage: string;
  onClose: (saved: boolean) => void;
}

/** The operation saving the editor's fields: `addCard` for a new card, `editCard` with the changes otherwise. */
function saveOperation(
  card: Card | undefined,
  cell: { lane: string; stage: string },
  fields: { text: string; evidence: Evidence; touchpoint: string },
): Operation | null {
  const touchpoint = fields.touchpoint === '' ? undefined : fields.touchpoint;
  if (!card) {
    if (fields.text === '') return null;
    const op: Operation = {
      op: 'addCard',
      id: newId('c'),
      ...cell,
      text: fields.text,
      evidence: fields.evidence,
    };
    return touchpoint ? { ...op, touchpoint } : op;
  }
  const changes: { text?: string; evidence?: Evidence; touchpoint?: string | null } = {};
  if (fields.text !== card.text) changes.text = fields.text;
  if (fields.evidence !== card.evidence) changes.evidence = fields.evidence;
  if (touchpoint !== card.touchpoint) changes.touchpoint = touchpoint ?? null;
  return Object.keys(changes).length === 0 ? null : { op: 'editCard', id: card.id, ...changes };
}

/** Edits a card's text, evidence and touchpoint; Ctrl+Enter saves, Escape cancels. */
export function CardEditor({ card, lane, stage, onClose }: CardEditorProps) {
  const t = useT();
  const ids = useId();
  const touchpoints = useEditor((state) => state.map?.touchpoints ?? NONE);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    textRef.current?.focus({ preventScroll: true });
    // The whole editor, buttons included, comes into view, not only its text field.
    formRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, []);
  const [text, setText] = useState(card?.text ?? '');
  const [evidence, setEvidence] = useState<Evidence>(card?.evidence ?? 'hypothesis');
  const [touchpoint, setTouchpoint] = useState(card?.touchpoint ?? '');
  const save = () => {
    const op = saveOperation(card, { lane, stage }, { text: text.trim(), evidence, touchpoint });
    onClose(op === null || applyEdit(op));
  };
  return (
    <form
      ref={formRef}
      className="card-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose(false);
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
      }}
    >
      <label htmlFor={`${ids}-text`} className="visually-hidden">
        {t('editor.cardText')}
      </label>
      <textarea
        id={`${ids}-text`}
        value={text}
        rows={3}
        ref={textRef}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="card-editor-row">
        <Field label={t('editor.evidence')}>
          {(id) => (
            <select id={id} value={evidence} onChange={(e) => setEvidence(Evidence.parse(e.target.value))}>
              {Evidence.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`evidence.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {touchpoints.length > 0 && (
          <Field label={t('editor.touchpoint')}>
            {(id) => (
              <select id={id} value={touchpoint} onChange={(e) => setTouchpoint(e.target.value)}>
                <option value="">{t('common.none')}</option>
                {touchpoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="card-editor-row">
        <button type="submit">{t('common.save')}</button>
        <button type="button" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
