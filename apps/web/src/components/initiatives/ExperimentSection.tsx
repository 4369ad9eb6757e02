import type { ExperimentDefinition, Initiative } from '@opencjm/core';
import { useT } from '../../i18n/use-t.ts';
import { ExperimentFields } from './ExperimentFields.tsx';
import { ExperimentResult } from './ExperimentResult.tsx';

/** A new experiment's starting point: the usual exposure and goal names. */
const NEW_EXPERIMENT: ExperimentDefinition = {
  exposure: 'experiment_viewed',
  variantProperty: 'variant',
  control: 'control',
  goal: 'purchase',
  window: '30d',
};

/**
 * The experiment of an initiative: its definition (editors define, change or remove it)
 * and, once saved, its evaluation from the events.
 */
export function ExperimentSection({
  draft,
  saved,
  version,
  readOnly,
  onChange,
}: {
  draft: Initiative;
  /** The initiative as stored: the result shown is of its experiment. */
  saved: Initiative;
  version: number;
  readOnly: boolean;
  onChange: (next: Initiative) => void;
}) {
  const t = useT();
  const { experiment: _none, ...without } = draft;
  const unsaved = JSON.stringify(draft.experiment) !== JSON.stringify(saved.experiment);
  return (
    <section className="panel experiment" aria-labelledby="experiment-title">
      <h2 id="experiment-title">{t('experiment.title')}</h2>
      {draft.experiment === undefined ? (
        <>
          <p className="muted">{t('experiment.none')}</p>
          {!readOnly && (
            <button type="button" onClick={() => onChange({ ...draft, experiment: NEW_EXPERIMENT })}>
              {t('experiment.define')}
            </button>
          )}
        </>
      ) : (
        <>
          <ExperimentFields
            value={draft.experiment}
            readOnly={readOnly}
            onChange={(experiment) => onChange({ ...draft, experiment })}
          />
          {!readOnly && (
            <button type="button" onClick={() => onChange(without)}>
              {t('experiment.remove')}
            </button>
          )}
        </>
      )}
      {unsaved && draft.experiment !== undefined && <p className="muted">{t('experiment.unsaved')}</p>}
      {saved.experiment !== undefined && !unsaved && <ExperimentResult id={saved.id} version={version} />}
    </section>
  );
}
