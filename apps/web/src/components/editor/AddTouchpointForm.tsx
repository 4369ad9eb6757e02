import { TOUCHPOINT_CATALOGUE } from '@opencjm/core';
import { useState } from 'react';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, useEditor } from '../../store/editor.ts';
import { newId } from '../../store/ids.ts';
import { Field } from '../common/Field.tsx';
import { channelName } from './channel-icons.ts';
import { StageSelect } from './StageSelect.tsx';

/** Adds a touchpoint of a catalogue channel; the name defaults to the channel's in the map's language. */
export function AddTouchpointForm() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const mapLanguage = useEditor((state) => state.map?.language ?? 'en');
  const [channel, setChannel] = useState('website');
  const [name, setName] = useState('');
  const [stage, setStage] = useState<string | undefined>(undefined);
  const entry = TOUCHPOINT_CATALOGUE.find((item) => item.id === channel);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const op = {
          op: 'addTouchpoint' as const,
          id: newId('tp'),
          name: name.trim() || channelName(channel, mapLanguage),
          channel,
          kind: entry?.kind ?? ('online' as const),
          source: entry?.source ?? ('quantitative' as const),
        };
        if (applyEdit(stage ? { ...op, stage } : op)) setName('');
      }}
    >
      <Field label={t('touchpoints.channel')}>
        {(id) => (
          <select id={id} value={channel} onChange={(event) => setChannel(event.target.value)}>
            {TOUCHPOINT_CATALOGUE.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name[lang]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('touchpoints.name')}>
        {(id) => (
          <input
            id={id}
            value={name}
            placeholder={channelName(channel, mapLanguage)}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <StageSelect
        label={t('touchpoints.stage')}
        value={stage}
        emptyLabel={t('touchpoints.noStage')}
        onChange={setStage}
      />
      <button type="submit">{t('touchpoints.add')}</button>
    </form>
  );
}
