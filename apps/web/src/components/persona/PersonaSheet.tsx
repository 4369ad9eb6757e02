import type { Demographics, Persona } from '@opencjm/core';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { channelName } from '../editor/channel-icons.ts';
import { Avatar } from './Avatar.tsx';

const DEMOGRAPHICS = [
  'age',
  'gender',
  'education',
  'income',
  'location',
  'occupation',
] as const satisfies readonly (keyof Demographics)[];
const LISTS = ['goals', 'needs', 'motivations', 'frustrations'] as const;

/** A persona for reading: members who may not edit, and shared pages. */
export function PersonaSheet({ persona }: { persona: Persona }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const facts = DEMOGRAPHICS.flatMap((key) => {
    const value = persona.demographics[key];
    return value ? [[key, value] as const] : [];
  });
  return (
    <article className="persona-sheet panel" aria-label={persona.name}>
      <header className="persona-sheet-head">
        <Avatar
          id={persona.id}
          name={persona.name}
          photo={persona.photo}
          seed={persona.avatarSeed}
          size={64}
        />
        <div>
          <h2>{persona.name}</h2>
          {persona.quote && <q>{persona.quote}</q>}
        </div>
      </header>
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`persona.${key}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {LISTS.map((key) =>
        persona[key].length === 0 ? null : (
          <section key={key}>
            <h3>{t(`persona.${key}`)}</h3>
            <ul>
              {persona[key].map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ),
      )}
      {persona.channels.length > 0 && (
        <section>
          <h3>{t('persona.channels')}</h3>
          <p>{persona.channels.map((channel) => channelName(channel, lang)).join(', ')}</p>
        </section>
      )}
    </article>
  );
}
