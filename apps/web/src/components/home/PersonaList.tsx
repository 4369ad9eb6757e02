import { Persona } from '@opencjm/core';
import { useState } from 'react';
import { createPersona } from '../../api/personas.ts';
import type { PersonaListItem } from '../../api/schemas.ts';
import { useCan } from '../../auth/session.ts';
import { useT } from '../../i18n/use-t.ts';
import { routeHash } from '../../router/route.ts';
import { navigate } from '../../router/use-route.ts';
import { newId } from '../../store/ids.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Avatar } from '../persona/Avatar.tsx';

/** The workspace's personas with their faces, and a button creating one. */
export function PersonaList({ items }: { items: readonly PersonaListItem[] }) {
  const t = useT();
  const canWrite = useCan('write');
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    try {
      const persona = Persona.parse({ schemaVersion: 1, id: newId('persona'), name: t('persona.newName') });
      const saved = await createPersona(persona);
      navigate({ name: 'persona', id: saved.persona.id });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      {items.length === 0 ? (
        <p className="muted">{t('home.noPersonas')}</p>
      ) : (
        <ul className="persona-list" aria-label={t('home.personasList')}>
          {items.map((item) => (
            <li key={item.id}>
              <a
                href={routeHash({ name: 'persona', id: item.id })}
                aria-label={t(canWrite ? 'home.editPersona' : 'persona.open', { name: item.name })}
              >
                <Avatar id={item.id} name={item.name} photo={item.photo} seed={item.avatarSeed} size={40} />
                <span>{item.name}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <button type="button" onClick={() => void create()}>
          {t('home.newPersona')}
        </button>
      )}
    </>
  );
}
