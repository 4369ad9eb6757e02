import { ArrowLeft } from 'lucide-react';
import { isApiStatus } from '../api/errors.ts';
import { getPersona } from '../api/personas.ts';
import { useCan } from '../auth/session.ts';
import { ErrorNotice } from '../components/common/ErrorNotice.tsx';
import { Loading } from '../components/common/Loading.tsx';
import { MissingDocument } from '../components/home/MissingDocument.tsx';
import { PersonaEditor } from '../components/persona/PersonaEditor.tsx';
import { PersonaSheet } from '../components/persona/PersonaSheet.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useT } from '../i18n/use-t.ts';

/** The persona page: loads a persona and edits it. */
export function PersonaView({ id }: { id: string }) {
  const t = useT();
  const loaded = useAsync(() => getPersona(id), id);
  const canWrite = useCan('write');
  return (
    <div className="persona-view">
      <a className="back" href="#/" aria-label={t('editor.home')}>
        <ArrowLeft size={18} aria-hidden="true" />
      </a>
      <h1>{t('persona.title')}</h1>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' &&
        (isApiStatus(loaded.error, 404) ? (
          <MissingDocument kind="persona" id={id} />
        ) : (
          <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
        ))}
      {loaded.status === 'done' && !canWrite && <PersonaSheet persona={loaded.data.persona} />}
      {loaded.status === 'done' && canWrite && (
        <PersonaEditor
          key={`${loaded.data.persona.id}@${loaded.data.version}`}
          initial={loaded.data}
          onReload={loaded.reload}
        />
      )}
    </div>
  );
}
