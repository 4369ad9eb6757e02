import { listMaps } from '../api/maps.ts';
import { listPersonas } from '../api/personas.ts';
import { useCan } from '../auth/session.ts';
import { ErrorNotice } from '../components/common/ErrorNotice.tsx';
import { Loading } from '../components/common/Loading.tsx';
import { CreateMapForm } from '../components/home/CreateMapForm.tsx';
import { PersonaList } from '../components/home/PersonaList.tsx';
import { SearchableMapList } from '../components/home/SearchableMapList.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useT } from '../i18n/use-t.ts';

/** The workspace: its maps and personas, and a form creating a map from a template. */
export function HomeView() {
  const t = useT();
  const maps = useAsync(() => listMaps(), 'maps');
  const personas = useAsync(() => listPersonas(), 'personas');
  const canWrite = useCan('write');
  const personaItems = personas.status === 'done' ? personas.data : [];
  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <div className="home-columns">
        <section aria-labelledby="maps-title">
          <h2 id="maps-title">{t('home.maps')}</h2>
          {maps.status === 'loading' && <Loading />}
          {maps.status === 'error' && <ErrorNotice error={maps.error} onRetry={maps.reload} />}
          {maps.status === 'done' && <SearchableMapList items={maps.data} onChanged={maps.reload} />}
        </section>
        <section aria-labelledby="personas-title">
          <h2 id="personas-title">{t('home.personas')}</h2>
          {personas.status === 'loading' && <Loading />}
          {personas.status === 'error' && <ErrorNotice error={personas.error} onRetry={personas.reload} />}
          {personas.status === 'done' && <PersonaList items={personaItems} />}
        </section>
        {canWrite && <CreateMapForm personas={personaItems} />}
      </div>
    </div>
  );
}
