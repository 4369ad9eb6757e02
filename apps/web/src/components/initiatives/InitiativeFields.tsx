import type { Initiative, JourneyMap } from '@opencjm/core';
import { useT } from '../../i18n/use-t.ts';
import { Field } from '../common/Field.tsx';
import { CheckList } from './CheckList.tsx';
import { StatusSelect } from './StatusSelect.tsx';

/**
 * The fields of an initiative: title, owner, status, due date, expected effect, and the
 * map's pains and KPIs it links. Read-only for members who may not write.
 */
export function InitiativeFields({
  draft,
  map,
  readOnly,
  onChange,
}: {
  draft: Initiative;
  /** The initiative's map; undefined when it was deleted. */
  map: JourneyMap | undefined;
  readOnly: boolean;
  onChange: (next: Initiative) => void;
}) {
  const t = useT();
  const set = <K extends keyof Initiative>(key: K, value: Initiative[K]) =>
    onChange({ ...draft, [key]: value });
  const painLane = new Set(map?.lanes.filter((l) => l.type === 'pains').map((l) => l.id));
  const pains = (map?.cards ?? [])
    .filter((c) => painLane.has(c.lane))
    .map((c) => ({ id: c.id, label: c.text }));
  const kpis = (map?.kpis ?? []).map((k) => ({ id: k.id, label: k.name }));
  return (
    <div className="initiative-fields">
      <Field label={t('initiatives.fieldTitle')}>
        {(id) => (
          <input
            id={id}
            value={draft.title}
            readOnly={readOnly}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('initiatives.fieldOwner')}>
        {(id) => (
          <input
            id={id}
            value={draft.owner}
            readOnly={readOnly}
            onChange={(e) => set('owner', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('initiatives.fieldStatus')}>
        {(id) => (
          <StatusSelect id={id} value={draft.status} disabled={readOnly} onChange={(s) => set('status', s)} />
        )}
      </Field>
      <Field label={t('initiatives.fieldDue')}>
        {(id) => (
          <input
            id={id}
            type="date"
            value={draft.due ?? ''}
            readOnly={readOnly}
            onChange={(e) => {
              const { due: _old, ...rest } = draft;
              onChange(e.target.value ? { ...rest, due: e.target.value } : rest);
            }}
          />
        )}
      </Field>
      <Field label={t('initiatives.fieldEffect')}>
        {(id) => (
          <textarea
            id={id}
            value={draft.expectedEffect.text}
            readOnly={readOnly}
            onChange={(e) => set('expectedEffect', { ...draft.expectedEffect, text: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('initiatives.fieldEffectValue')}>
        {(id) => (
          <input
            id={id}
            type="number"
            step="any"
            value={draft.expectedEffect.value ?? ''}
            readOnly={readOnly}
            onChange={(e) => {
              const { value: _old, ...rest } = draft.expectedEffect;
              const value = e.target.valueAsNumber;
              set('expectedEffect', Number.isFinite(value) ? { ...rest, value } : rest);
            }}
          />
        )}
      </Field>
      {map && (
        <>
          <CheckList
            legend="initiatives.fieldPains"
            empty="initiatives.noPains"
            options={pains}
            chosen={draft.pains}
            disabled={readOnly}
            onChange={(ids) => set('pains', ids)}
          />
          <CheckList
            legend="initiatives.fieldKpis"
            empty="initiatives.noKpis"
            options={kpis}
            chosen={draft.kpis}
            disabled={readOnly}
            onChange={(ids) => set('kpis', ids)}
          />
        </>
      )}
    </div>
  );
}
