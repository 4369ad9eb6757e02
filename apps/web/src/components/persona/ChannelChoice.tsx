import { TOUCHPOINT_CATALOGUE } from '@opencjm/core';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChannelIcon } from '../editor/ChannelIcon.tsx';

/** Check boxes for the persona's preferred channels (ids of the touchpoint catalogue). */
export function ChannelChoice({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  return (
    <fieldset className="channel-choice">
      <legend>{t('persona.channels')}</legend>
      {TOUCHPOINT_CATALOGUE.map((entry) => (
        <label key={entry.id} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(entry.id)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, entry.id] : value.filter((id) => id !== entry.id))
            }
          />
          <ChannelIcon channel={entry.id} named={false} />
          <span>{entry.name[lang]}</span>
        </label>
      ))}
    </fieldset>
  );
}
