import type { Opportunity } from '@opencjm/core';
import { useT } from '../../i18n/use-t.ts';
import { useEditor, useReadOnly } from '../../store/editor.ts';
import { AddOpportunityForm } from './AddOpportunityForm.tsx';
import { OpportunityReadRow } from './OpportunityReadRow.tsx';
import { OpportunityRow } from './OpportunityRow.tsx';

const NO_OPPORTUNITIES: readonly Opportunity[] = [];

/** The map's opportunities: owner, status, impact and effort, edited in place. */
export function OpportunityPanel() {
  const t = useT();
  const items = useEditor((state) => state.map?.opportunities ?? NO_OPPORTUNITIES);
  const readOnly = useReadOnly();
  return (
    <section className="panel" aria-labelledby="opportunities-title">
      <h2 id="opportunities-title">{t('opportunities.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('opportunities.empty')}</p>
      ) : (
        <table className="opportunities">
          <thead>
            <tr>
              <th>{t('opportunities.name')}</th>
              <th>{t('opportunities.stage')}</th>
              <th>{t('opportunities.owner')}</th>
              <th>{t('opportunities.status')}</th>
              <th>{t('opportunities.impact')}</th>
              <th>{t('opportunities.effort')}</th>
              {!readOnly && <th />}
            </tr>
          </thead>
          <tbody>
            {items.map((item) =>
              readOnly ? (
                <OpportunityReadRow key={item.id} item={item} />
              ) : (
                <OpportunityRow key={item.id} item={item} />
              ),
            )}
          </tbody>
        </table>
      )}
      {!readOnly && <AddOpportunityForm />}
    </section>
  );
}
