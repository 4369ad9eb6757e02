import type { Persona } from '@opencjm/core';
import { useState } from 'react';
import { isApiStatus } from '../../api/errors.ts';
import { deletePersona, savePersona } from '../../api/personas.ts';
import { PersonaConflictBody, type PersonaEnvelope } from '../../api/schemas.ts';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Field } from '../common/Field.tsx';
import { ChannelChoice } from './ChannelChoice.tsx';
import { ListBlock } from './ListBlock.tsx';
import { PhotoField } from './PhotoField.tsx';
import { DEMOGRAPHIC_FIELDS, fromForm, type ListField, type PersonaForm, toForm } from './persona-form.ts';
import { KEY_LISTS, OTHER_LISTS } from './persona-icons.ts';

type Notice = 'saved' | 'conflict' | null;

/**
 * Edits one persona laid out as a persona card: photo, name, quote and demographics at the
 * side, goals and frustrations first, then needs, motivations and channels. Saves with its
 * version, and on a conflict keeps the typed changes.
 */
export function PersonaEditor({ initial, onReload }: { initial: PersonaEnvelope; onReload: () => void }) {
  const t = useT();
  const [base, setBase] = useState<Persona>(initial.persona);
  const [version, setVersion] = useState(initial.version);
  const [form, setForm] = useState<PersonaForm>(() => toForm(initial.persona));
  const [notice, setNotice] = useState<Notice>(null);
  const [error, setError] = useState<unknown>(null);
  const update = (changes: Partial<PersonaForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setNotice(null);
  };

  const save = async () => {
    setError(null);
    try {
      const saved = await savePersona(fromForm(base, form), version);
      setBase(saved.persona);
      setVersion(saved.version);
      setNotice('saved');
    } catch (caught) {
      const conflict = isApiStatus(caught, 409) ? PersonaConflictBody.safeParse(caught.body) : null;
      if (conflict?.success) {
        setBase(conflict.data.current.persona);
        setVersion(conflict.data.current.version);
        setNotice('conflict');
      } else setError(caught);
    }
  };
  const remove = async () => {
    if (!window.confirm(t('persona.confirmDelete', { name: base.name }))) return;
    try {
      await deletePersona(base.id, version);
      navigate({ name: 'home' });
    } catch (caught) {
      setError(caught);
    }
  };

  const list = (field: ListField, rows: number) => (
    <ListBlock
      key={field}
      field={field}
      rows={rows}
      value={form.lists[field]}
      onChange={(value) => update({ lists: { ...form.lists, [field]: value } })}
    />
  );

  return (
    <form
      className="persona-editor persona-card"
      aria-label={t('persona.card', { name: form.name || base.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="persona-card-side">
        <PhotoField
          id={base.id}
          name={form.name || base.name}
          photo={form.photo}
          seed={base.avatarSeed}
          onChange={(photo) => update({ photo })}
        />
        <Field label={t('persona.name')} className="field persona-name">
          {(id) => (
            <input
              id={id}
              value={form.name}
              required
              onChange={(event) => update({ name: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('persona.quote')} className="field persona-quote">
          {(id) => (
            <textarea
              id={id}
              rows={3}
              value={form.quote}
              onChange={(event) => update({ quote: event.target.value })}
            />
          )}
        </Field>
        <fieldset className="demographics">
          <legend>{t('persona.demographics')}</legend>
          {DEMOGRAPHIC_FIELDS.map((field) => (
            <Field key={field} label={t(`persona.${field}`)}>
              {(id) => (
                <input
                  id={id}
                  value={form.demographics[field]}
                  onChange={(event) =>
                    update({ demographics: { ...form.demographics, [field]: event.target.value } })
                  }
                />
              )}
            </Field>
          ))}
        </fieldset>
      </div>
      <div className="persona-card-main">
        <div className="persona-lists persona-key-lists">{KEY_LISTS.map((field) => list(field, 6))}</div>
        <div className="persona-lists">{OTHER_LISTS.map((field) => list(field, 4))}</div>
        <ChannelChoice value={form.channels} onChange={(channels) => update({ channels })} />
      </div>
      {notice === 'saved' && <output className="notice">{t('persona.saved')}</output>}
      {notice === 'conflict' && (
        <div role="alert" className="edit-notice">
          <span>{t('persona.conflict')}</span>
          <button type="button" onClick={onReload}>
            {t('persona.reload')}
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit">{t('persona.save')}</button>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('persona.delete')}
        </button>
      </div>
    </form>
  );
}
