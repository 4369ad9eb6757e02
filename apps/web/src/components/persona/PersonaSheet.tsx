import type { Demographics, Persona } from '@opencjm/core';
import { Quote } from 'lucide-react';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChannelIcon } from '../editor/ChannelIcon.tsx';
import { channelName } from '../editor/channel-icons.ts';
import { Avatar } from './Avatar.tsx';
import type { ListField } from './persona-form.ts';
import { KEY_LISTS, LIST_ICONS, OTHER_LISTS } from './persona-icons.ts';

const DEMOGRAPHICS = [
  'age',
  'gender',
  'education',
  'income',
  'location',
  'occupation',
] as const satisfies readonly (keyof Demographics)[];

/** One list of the card with its icon; "nothing yet" when empty, so the card keeps its shape. */
function ListSection({ persona, field }: { persona: Persona; field: ListField }) {
  const t = useT();
  const Icon = LIST_ICONS[field];
  const items = persona[field];
  return (
    <section className={`persona-block persona-block-${field}`}>
      <h3>
        <Icon size={16} aria-hidden="true" />
        {t(`persona.${field}`)}
      </h3>
      {items.length === 0 ? (
        <p className="muted">{t('persona.noItems')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A persona for reading, as a persona card: photo, name, quote and demographics at the side;
 * goals and frustrations first, then needs, motivations and channels. Members who may not
 * edit see it, and shared pages.
 */
export function PersonaSheet({ persona }: { persona: Persona }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const facts = DEMOGRAPHICS.flatMap((key) => {
    const value = persona.demographics[key];
    return value ? [[key, value] as const] : [];
  });
  return (
    <article className="persona-sheet persona-card panel" aria-label={persona.name}>
      <div className="persona-card-side">
        <Avatar
          id={persona.id}
          name={persona.name}
          photo={persona.photo}
          seed={persona.avatarSeed}
          size={120}
        />
        <h2>{persona.name}</h2>
        {persona.quote && (
          <blockquote className="persona-card-quote">
            <Quote size={16} aria-hidden="true" />
            <p>{persona.quote}</p>
          </blockquote>
        )}
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
      </div>
      <div className="persona-card-main">
        <div className="persona-lists persona-key-lists">
          {KEY_LISTS.map((field) => (
            <ListSection key={field} persona={persona} field={field} />
          ))}
        </div>
        <div className="persona-lists">
          {OTHER_LISTS.map((field) => (
            <ListSection key={field} persona={persona} field={field} />
          ))}
        </div>
        {persona.channels.length > 0 && (
          <section className="persona-block">
            <h3>{t('persona.channels')}</h3>
            <ul className="persona-channels">
              {persona.channels.map((channel) => (
                <li key={channel}>
                  <ChannelIcon channel={channel} named={false} />
                  {channelName(channel, lang)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </article>
  );
}
