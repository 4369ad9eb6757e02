import { KNOWN_PROCESSES, LANGUAGES, type Language, MapType } from '@opencjm/core';
import { useState } from 'react';
import { createMap, type NewMapRequest } from '../../api/maps.ts';
import type { PersonaListItem } from '../../api/schemas.ts';
import { listTemplates } from '../../api/templates.ts';
import { useAsync } from '../../hooks/use-async.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { translate } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { navigate } from '../../router/use-route.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Field } from '../common/Field.tsx';

/** Creates a map from a stage template in a chosen language, for a persona, of a type and process. */
export function CreateMapForm({ personas }: { personas: readonly PersonaListItem[] }) {
  const t = useT();
  const uiLanguage = useLanguage((state) => state.lang);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const templates = useAsync(() => listTemplates(language), language);
  const [template, setTemplate] = useState('');
  const [title, setTitle] = useState('');
  const [persona, setPersona] = useState('');
  const [type, setType] = useState<MapType>('current');
  const [process, setProcess] = useState<string>('purchase');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const items = templates.status === 'done' ? templates.data : [];
  const chosen = items.find((item) => item.id === template) ?? items[0];

  const submit = async () => {
    if (!chosen) return;
    const request: NewMapRequest = {
      template: chosen.id,
      language,
      title: title.trim() || translate(language, 'create.defaultTitle'),
      type,
      process,
    };
    if (persona) request.persona = persona;
    setBusy(true);
    setError(null);
    try {
      const created = await createMap(request);
      navigate({ name: 'map', id: created.map.id });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <form
      className="create-map"
      aria-labelledby="create-map-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="create-map-title">{t('create.title')}</h2>
      <Field label={t('create.language')}>
        {(id) => (
          <select id={id} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`lang.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('create.template')}>
        {(id) => (
          <select id={id} value={chosen?.id ?? ''} onChange={(event) => setTemplate(event.target.value)}>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen && (
        <p className="muted template-stages">
          {t('create.stages', { names: chosen.stages.map((stage) => stage.name).join(' · ') })}
        </p>
      )}
      {templates.status === 'error' && <ErrorNotice error={templates.error} onRetry={templates.reload} />}
      <Field label={t('create.mapTitle')}>
        {(id) => (
          <input
            id={id}
            value={title}
            placeholder={translate(language, 'create.defaultTitle')}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('create.persona')}>
        {(id) => (
          <select id={id} value={persona} onChange={(event) => setPersona(event.target.value)}>
            <option value="">{t('create.noPersona')}</option>
            {personas.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('create.type')}>
        {(id) => (
          <select id={id} value={type} onChange={(event) => setType(MapType.parse(event.target.value))}>
            {MapType.options.map((option) => (
              <option key={option} value={option}>
                {t(`mapType.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('create.process')}>
        {(id) => (
          <select id={id} value={process} onChange={(event) => setProcess(event.target.value)}>
            {KNOWN_PROCESSES.map((option) => (
              <option key={option} value={option}>
                {t(`process.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" disabled={!chosen || busy}>
        {t('create.submit')}
      </button>
    </form>
  );
}
