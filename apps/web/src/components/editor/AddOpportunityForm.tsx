import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit } from '../../store/editor.ts';
import { newId } from '../../store/ids.ts';
import { Field } from '../common/Field.tsx';
import { StageSelect } from './StageSelect.tsx';

/** Adds an opportunity (status "idea") with an optional owner and stage. */
export function AddOpportunityForm() {
  const t = useT();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [stage, setStage] = useState<string | undefined>(undefined);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const name = title.trim();
        if (name === '') return;
        const op = { op: 'addOpportunity' as const, id: newId('o'), title: name, status: 'idea' as const };
        const withStage = stage ? { ...op, stage } : op;
        if (applyEdit(owner.trim() ? { ...withStage, owner: owner.trim() } : withStage)) {
          setTitle('');
          setOwner('');
        }
      }}
    >
      <Field label={t('opportunities.name')}>
        {(id) => <input id={id} value={title} required onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field label={t('opportunities.owner')}>
        {(id) => <input id={id} value={owner} onChange={(event) => setOwner(event.target.value)} />}
      </Field>
      <StageSelect
        label={t('opportunities.stage')}
        value={stage}
        emptyLabel={t('common.none')}
        onChange={setStage}
      />
      <button type="submit">{t('opportunities.add')}</button>
    </form>
  );
}
