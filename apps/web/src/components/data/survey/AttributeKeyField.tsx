import { useId } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { Field } from '../../common/Field.tsx';

/** Customer properties most workspaces have, offered while typing the key. */
const SUGGESTED_KEYS = ['region', 'device', 'age', 'lang', 'segment'];

/** The key of the customer property to break survey answers down by. */
export function AttributeKeyField({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  const t = useT();
  const listId = useId();
  return (
    <Field label={t('survey.attributeKey')}>
      {(id) => (
        <>
          <input
            id={id}
            type="text"
            list={listId}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={listId}>
            {SUGGESTED_KEYS.map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
