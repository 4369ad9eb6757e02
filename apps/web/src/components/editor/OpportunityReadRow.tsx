import type { Opportunity } from '@opencjm/core';
import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';

/** One opportunity as a table row for reading (members who may not write). */
export const OpportunityReadRow = memo(function OpportunityReadRow({ item }: { item: Opportunity }) {
  const t = useT();
  const stage = useEditor((state) => state.map?.stages.find((s) => s.id === item.stage)?.name);
  return (
    <tr>
      <td>{item.title}</td>
      <td>{stage ?? t('common.none')}</td>
      <td>{item.owner ?? t('common.none')}</td>
      <td>{t(`status.${item.status}`)}</td>
      <td>{item.impact ?? t('common.none')}</td>
      <td>{item.effort ?? t('common.none')}</td>
    </tr>
  );
});
