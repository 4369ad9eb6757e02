import { lazy, Suspense } from 'react';
import { LanguageSwitch } from './components/common/LanguageSwitch.tsx';
import { Loading } from './components/common/Loading.tsx';
import { useT } from './i18n/use-t.ts';
import { useRoute } from './router/use-route.ts';
import { CompareView } from './views/CompareView.tsx';
import { HomeView } from './views/HomeView.tsx';
import { MapEditorView } from './views/MapEditorView.tsx';
import { PersonaSuggestionsView } from './views/PersonaSuggestionsView.tsx';
import { PersonaView } from './views/PersonaView.tsx';

/** The data views carry ECharts: loaded when first opened, so the editor starts faster. */
const MapDataView = lazy(() =>
  import('./views/MapDataView.tsx').then((module) => ({ default: module.MapDataView })),
);

/** The app shell: header with the language switch, and the page of the current route. */
export function App() {
  const t = useT();
  const route = useRoute();
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/">
          {t('app.name')}
        </a>
        <span className="tagline">{t('app.tagline')}</span>
        <nav aria-label={t('app.mainNav')}>
          <a href="#/">{t('nav.home')}</a>
        </nav>
        <LanguageSwitch />
      </header>
      <main>
        {route.name === 'home' && <HomeView />}
        {route.name === 'map' && <MapEditorView key={route.id} id={route.id} />}
        {route.name === 'compare' && <CompareView id={route.id} other={route.other} />}
        {route.name === 'data' && (
          <Suspense fallback={<Loading />}>
            <MapDataView key={route.id} id={route.id} />
          </Suspense>
        )}
        {route.name === 'persona' && <PersonaView key={route.id} id={route.id} />}
        {route.name === 'persona-suggestions' && <PersonaSuggestionsView key={route.id} id={route.id} />}
        {route.name === 'not-found' && <p>{t('common.notFound')}</p>}
      </main>
    </div>
  );
}
