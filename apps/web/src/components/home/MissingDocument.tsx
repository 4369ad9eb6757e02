import { House } from 'lucide-react';
import { useT } from '../../i18n/use-t.ts';
import { routeHash } from '../../router/route.ts';

/** What a link to a map or persona that does not exist shows: why, and the way home. */
export function MissingDocument({ kind, id }: { kind: 'map' | 'persona'; id: string }) {
  const t = useT();
  return (
    <section className="missing-document panel" role="alert" aria-labelledby="missing-title">
      <h1 id="missing-title">{t(kind === 'map' ? 'missingMap.title' : 'missingPersona.title')}</h1>
      <p>{t(kind === 'map' ? 'missingMap.text' : 'missingPersona.text', { id })}</p>
      <a className="button-like" href={routeHash({ name: 'home' })}>
        <House size={16} aria-hidden="true" /> {t('missingMap.home')}
      </a>
    </section>
  );
}
