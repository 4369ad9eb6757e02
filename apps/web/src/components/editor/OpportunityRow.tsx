import { type Opportunity, OpportunityStatus } from '@opencjm/core';
import { X } from 'lucide-react';
import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit } from '../../store/editor.ts';
import { CommitInput } from '../common/CommitInput.tsx';
import { IconButton } from '../common/IconButton.tsx';
import { MakeInitiativeButton } from '../initiatives/MakeInitiativeButton.tsx';
import { RatingSelect } from './RatingSelect.tsx';
import { StageSelect } from './StageSelect.tsx';

/** One opportunity as a table row: title, stage, owner, status, impact and effort, edited in place. */
export const OpportunityRow = memo(function OpportunityRow({ item }: { item: Opportunity }) {
  const t = useT();
  const update = (
    changes: Omit<Extract<Parameters<typeof applyEdit>[0], { op: 'updateOpportunity' }>, 'op' | 'id'>,
  ) => applyEdit({ op: 'updateOpportunity', id: item.id, ...changes });
  const name = (field: Parameters<typeof t>[0]) =>
    t('opportunities.field', { field: t(field), title: item.title });
  return (
    <tr>
      <td>
        <CommitInput
          aria-label={t('opportunities.name')}
          value={item.title}
          onCommit={(title) => title !== '' && update({ title })}
        />
      </td>
      <td>
        <StageSelect
          label={name('opportunities.stage')}
          value={item.stage}
          emptyLabel={t('common.none')}
          onChange={(stage) => update({ stage: stage ?? null })}
        />
      </td>
      <td>
        <CommitInput
          aria-label={name('opportunities.owner')}
          value={item.owner ?? ''}
          onCommit={(owner) => update({ owner: owner === '' ? null : owner })}
        />
      </td>
      <td>
        <select
          aria-label={name('opportunities.status')}
          value={item.status}
          onChange={(event) => update({ status: OpportunityStatus.parse(event.target.value) })}
        >
          {OpportunityStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <RatingSelect
          label={name('opportunities.impact')}
          value={item.impact}
          onChange={(impact) => update({ impact })}
        />
      </td>
      <td>
        <RatingSelect
          label={name('opportunities.effort')}
          value={item.effort}
          onChange={(effort) => update({ effort })}
        />
      </td>
      <td>
        <MakeInitiativeButton opportunity={item} />
        <IconButton
          label={t('opportunities.remove', { title: item.title })}
          icon={<X size={14} />}
          onClick={() => applyEdit({ op: 'removeOpportunity', id: item.id })}
        />
      </td>
    </tr>
  );
});
