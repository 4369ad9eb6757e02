import { lazy, Suspense, useEffect } from 'react';
import { sessionStore, useCan, useSession } from './auth/session.ts';
import { MentionsInbox } from './components/comments/MentionsInbox.tsx';
import { ErrorNotice } from './components/common/ErrorNotice.tsx';
import { LanguageSwitch } from './components/common/LanguageSwitch.tsx';
import { Loading } from './components/common/Loading.tsx';
import { UserMenu } from './components/team/UserMenu.tsx';
import { useT } from './i18n/use-t.ts';
import type { Route } from './router/route.ts';
import { useRoute } from './router/use-route.ts';
import { CompareView } from './views/CompareView.tsx';
import { HomeView } from './views/HomeView.tsx';
import { ImportView } from './views/ImportView.tsx';
import { InitiativesBoardView } from './views/initiatives/InitiativesBoardView.tsx';
import { InitiativeView } from './views/initiatives/InitiativeView.tsx';
import { MapEditorView } from './views/MapEditorView.tsx';
import { PersonaSuggestionsView } from './views/PersonaSuggestionsView.tsx';
import { PersonaView } from './views/PersonaView.tsx';
import { AccountView } from './views/team/AccountView.tsx';
import { AuditView } from './views/team/AuditView.tsx';
import { KeysView } from './views/team/KeysView.tsx';
import { MembersView } from './views/team/MembersView.tsx';
import { SetupView } from './views/team/SetupView.tsx';
import { SharedView } from './views/team/SharedView.tsx';
import { SignInView } from './views/team/SignInView.tsx';

/** The data views carry ECharts: loaded when first opened, so the editor starts faster. */
const MapDataView = lazy(() =>
  import('./views/MapDataView.tsx').then((module) => ({ default: module.MapDataView })),
);

/** The page of a workspace route (shown signed in only). */
function WorkspacePage({ route }: { route: Route }) {
  const t = useT();
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'map':
      return <MapEditorView key={route.id} id={route.id} />;
    case 'compare':
      return <CompareView id={route.id} other={route.other} />;
    case 'data':
      return (
        <Suspense fallback={<Loading />}>
          <MapDataView key={route.id} id={route.id} />
        </Suspense>
      );
    case 'persona':
      return <PersonaView key={route.id} id={route.id} />;
    case 'persona-suggestions':
      return <PersonaSuggestionsView key={route.id} id={route.id} />;
    case 'account':
      return <AccountView />;
    case 'members':
      return <MembersView />;
    case 'keys':
      return <KeysView />;
    case 'audit':
      return <AuditView />;
    case 'import':
      return <ImportView />;
    case 'initiatives':
      return <InitiativesBoardView />;
    case 'initiative':
      return <InitiativeView key={route.id} id={route.id} />;
    case 'not-found':
      return <p>{t('common.notFound')}</p>;
  }
}

/** The workspace: the sign-in page until someone is signed in, then the header and the page. */
function Workspace({ route }: { route: Route }) {
  const t = useT();
  const status = useSession((state) => state.status);
  const canWrite = useCan('write');
  const error = useSession((state) => state.error);
  // A session that ended while the member worked keeps the page (and unsaved edits) behind the sign-in form.
  const keepPage = useSession(
    (state) => state.status === 'signed-out' && state.expired && state.error === null,
  );
  useEffect(() => {
    if (sessionStore.getState().status === 'loading') void sessionStore.getState().load();
  }, []);
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/">
          {t('app.name')}
        </a>
        <span className="tagline">{t('app.tagline')}</span>
        {status === 'signed-in' && (
          <nav aria-label={t('app.mainNav')}>
            <a href="#/">{t('nav.home')}</a>
            {canWrite && <a href="#/import">{t('nav.import')}</a>}
            <a href="#/initiatives">{t('nav.initiatives')}</a>
          </nav>
        )}
        {status === 'signed-in' && <MentionsInbox />}
        {status === 'signed-in' && <UserMenu />}
        <LanguageSwitch />
      </header>
      <main>
        {status === 'loading' && <Loading />}
        {status === 'signed-out' && error !== null && (
          <ErrorNotice error={error} onRetry={() => void sessionStore.getState().load()} />
        )}
        {status === 'signed-out' && error === null && !keepPage && <SignInView />}
        {(status === 'signed-in' || keepPage) && (
          <div className="workspace-page" inert={keepPage}>
            <WorkspacePage route={route} />
          </div>
        )}
        {keepPage && (
          <div className="session-overlay">
            <SignInView />
          </div>
        )}
      </main>
    </div>
  );
}

/** The app: the setup and shared pages stand alone (no session needed); the rest is the workspace. */
export function App() {
  const route = useRoute();
  if (route.name === 'setup') return <SetupView token={route.token} />;
  if (route.name === 'shared') return <SharedView key={route.token} token={route.token} />;
  return <Workspace route={route} />;
}
