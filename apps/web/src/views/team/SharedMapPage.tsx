import { useMemo } from 'react';
import type { SharedMap } from '../../api/shared.ts';
import { highlightOf } from '../../components/compare/highlight.ts';
import { ReadonlyGrid } from '../../components/compare/ReadonlyGrid.tsx';
import { MetricLine } from '../../components/editor/MetricLine.tsx';
import { PersonaSheet } from '../../components/persona/PersonaSheet.tsx';
import { useT } from '../../i18n/use-t.ts';

/** A shared map for reading: the grid with each stage's figures, touchpoint figures, personas. */
export function SharedMapPage({ shared }: { shared: SharedMap }) {
  const t = useT();
  const { map, metrics, personas } = shared;
  const highlight = useMemo(() => highlightOf(map, [], 'after'), [map]);
  const stageMetrics = metrics?.stages ?? {};
  const touchpoints = map.touchpoints.flatMap((tp) => {
    const metric = metrics?.touchpoints[tp.id];
    return metric ? [{ tp, metric }] : [];
  });
  const hasFigures = Object.keys(stageMetrics).length > 0 || touchpoints.length > 0;
  return (
    <div className="shared-map">
      <h1>{map.title}</h1>
      <ReadonlyGrid
        map={map}
        highlight={highlight}
        label={t('shared.map')}
        stageFooter={(id) => {
          const metric = stageMetrics[id];
          const name = map.stages.find((s) => s.id === id)?.name ?? id;
          return metric ? <MetricLine metric={metric} name={name} /> : null;
        }}
      />
      {!hasFigures && <p className="muted">{t('shared.noFigures')}</p>}
      {touchpoints.length > 0 && (
        <section className="panel" aria-labelledby="shared-touchpoints">
          <h2 id="shared-touchpoints">{t('shared.touchpointFigures')}</h2>
          <ul className="touchpoint-list">
            {touchpoints.map(({ tp, metric }) => (
              <li key={tp.id} className="touchpoint">
                <strong>{tp.name}</strong>
                <MetricLine metric={metric} name={tp.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {personas.length > 0 && (
        <section aria-labelledby="shared-personas">
          <h2 id="shared-personas">{t('shared.personas')}</h2>
          <div className="persona-sheets">
            {personas.map((persona) => (
              <PersonaSheet key={persona.id} persona={persona} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
