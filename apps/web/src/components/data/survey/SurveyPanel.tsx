import { getSurvey } from '../../../api/insight.ts';
import { SURVEY_METRICS, type SurveyView } from '../../../api/survey-schemas.ts';
import { DataPanel } from '../DataPanel.tsx';
import type { DataNames } from '../place-names.ts';
import { SurveyBreakdown } from './SurveyBreakdown.tsx';
import { SurveyStat } from './SurveyStat.tsx';

/** NPS, CSAT and CES of the map, whichever the server has; null when it has none of the routes. */
async function loadSurveys(mapId: string, signal: AbortSignal): Promise<SurveyView[] | null> {
  const answers = await Promise.all(SURVEY_METRICS.map((metric) => getSurvey(metric, mapId, signal)));
  const found = answers.filter((answer): answer is SurveyView => answer !== null);
  return found.length === 0 ? null : found;
}

/** Survey metrics: overall figures with intervals, then one metric per group. */
export function SurveyPanel({ mapId, names }: { mapId: string; names: DataNames }) {
  return (
    <DataPanel
      load={(signal) => loadSurveys(mapId, signal)}
      loadKey={mapId}
      isEmpty={(results) => results.every((r) => r.overall.n === 0)}
    >
      {(results) => (
        <>
          <div className="stat-cards">
            {results.map((result) => (
              <SurveyStat key={result.metric} result={result} />
            ))}
          </div>
          <SurveyBreakdown results={results.filter((r) => r.overall.n > 0)} names={names} mapId={mapId} />
        </>
      )}
    </DataPanel>
  );
}
