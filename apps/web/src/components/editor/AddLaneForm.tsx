import { LANE_TITLES, LaneType } from '@opencjm/core';
import { useState } from 'react';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, useEditor } from '../../store/editor.ts';
import { newId } from '../../store/ids.ts';
import { Field } from '../common/Field.tsx';

/** Adds a lane of a chosen type; the title defaults to the type's name in the map's language. */
export function AddLaneForm() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const mapLanguage = useEditor((state) => state.map?.language ?? 'en');
  const [type, setType] = useState<LaneType>('thoughts');
  const [title, setTitle] = useState('');
  return (
    <form
      className="add-lane"
      onSubmit={(event) => {
        event.preventDefault();
        const laneTitle = title.trim() || LANE_TITLES[type][mapLanguage];
        if (applyEdit({ op: 'addLane', id: newId(type), type, title: laneTitle })) setTitle('');
      }}
    >
      <Field label={t('editor.laneType')}>
        {(id) => (
          <select id={id} value={type} onChange={(event) => setType(LaneType.parse(event.target.value))}>
            {LaneType.options.map((option) => (
              <option key={option} value={option}>
                {LANE_TITLES[option][lang]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('editor.laneTitle')}>
        {(id) => (
          <input
            id={id}
            value={title}
            placeholder={LANE_TITLES[type][mapLanguage]}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <button type="submit">{t('editor.addLane')}</button>
    </form>
  );
}
