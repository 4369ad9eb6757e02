import type { JourneyMap, Language, Persona } from '@opencjm/core';
import { dataCaption } from '../data/data-caption.ts';
import { figureRows, namedPains } from '../data/data-table.ts';
import { labelled, t } from '../i18n.ts';
import { cardsAt, mapSubtitle, personaName, stageName, touchpointIndex } from '../model/map-view.ts';
import { measured, type RenderOptions, stageFigures } from '../options.ts';
import { metricLines } from '../svg/svg-metrics.ts';
import { formatScore } from '../text/format.ts';

/**
 * The text report of a map as a small document tree, written once and printed by both the
 * Markdown and the HTML writer, so the two reports always say the same thing.
 */

/** A run of text; `tag` runs print as a badge (evidence, channel). */
export interface Run {
  text: string;
  tag?: boolean;
}

export type ReportNode =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; items: Run[][] }
  | { kind: 'table'; head: string[]; rows: string[][] };

function personaSection(personas: readonly Persona[], lang: Language): ReportNode[] {
  if (personas.length === 0) return [];
  const items = personas.map((p) => {
    const facts = [p.demographics.age, p.demographics.occupation, p.demographics.location]
      .filter(Boolean)
      .join(t(lang, 'punct.list'));
    const runs: Run[] = [{ text: p.name }];
    if (facts) runs.push({ text: ` (${facts})` });
    if (p.quote) runs.push({ text: ` — ${p.quote}` });
    return runs;
  });
  return [
    { kind: 'heading', level: 2, text: t(lang, 'heading.personas') },
    { kind: 'list', items },
  ];
}

function stageSection(
  map: JourneyMap,
  stageId: string,
  options: RenderOptions,
  lang: Language,
): ReportNode[] {
  const stage = map.stages.find((s) => s.id === stageId);
  if (!stage) return [];
  const touchpoints = touchpointIndex(map);
  const nodes: ReportNode[] = [{ kind: 'heading', level: 2, text: stage.name }];
  if (stage.goal)
    nodes.push({ kind: 'paragraph', runs: [{ text: labelled(lang, 'field.goal', stage.goal) }] });
  if (stage.description) nodes.push({ kind: 'paragraph', runs: [{ text: stage.description }] });
  const numbers = metricLines(stageFigures(options)?.[stage.id], lang);
  if (numbers.length > 0) {
    nodes.push({
      kind: 'paragraph',
      runs: [
        { text: numbers.map(([label, value]) => `${label}${t(lang, 'punct.colon')}${value}`).join(' · ') },
      ],
    });
  }
  for (const lane of map.lanes) {
    const items: Run[][] = cardsAt(map, lane.id, stage.id).map((card) => {
      const runs: Run[] = [{ text: card.text }, { text: t(lang, `evidence.${card.evidence}`), tag: true }];
      const tp = card.touchpoint ? touchpoints.get(card.touchpoint) : undefined;
      if (tp) runs.push({ text: `${tp.name} · ${tp.channel}`, tag: true });
      return runs;
    });
    if (lane.type === 'emotion') {
      for (const e of map.emotions.filter((e) => e.stage === stage.id)) {
        const who = personaName(options.personas ?? [], e.persona, lang);
        items.unshift([{ text: `${formatScore(e.score)} (${who})${e.note ? ` — ${e.note}` : ''}` }]);
      }
    }
    if (items.length > 0)
      nodes.push({ kind: 'heading', level: 3, text: lane.title }, { kind: 'list', items });
  }
  return nodes;
}

/** The report: title, personas, one section per stage, then touchpoints, opportunities and KPIs. */
export function reportDocument(
  map: JourneyMap,
  options: RenderOptions,
  personas: readonly Persona[],
): ReportNode[] {
  const lang = options.lang ?? map.language;
  const none = t(lang, 'value.none');
  const nodes: ReportNode[] = [
    { kind: 'heading', level: 1, text: map.title },
    { kind: 'paragraph', runs: [{ text: mapSubtitle(map, lang) }] },
  ];
  if (map.description) nodes.push({ kind: 'paragraph', runs: [{ text: map.description }] });
  nodes.push(...personaSection(personas, lang));
  nodes.push(...dataSection(map, options, lang));
  for (const stage of map.stages) nodes.push(...stageSection(map, stage.id, options, lang));
  if (map.touchpoints.length > 0) {
    nodes.push(
      { kind: 'heading', level: 2, text: t(lang, 'heading.touchpoints') },
      {
        kind: 'table',
        head: [
          t(lang, 'field.name'),
          t(lang, 'field.channel'),
          t(lang, 'field.kind'),
          t(lang, 'field.stage'),
        ],
        rows: map.touchpoints.map((tp) => [
          tp.name,
          tp.channel,
          t(lang, `kind.${tp.kind}`),
          stageName(map, tp.stage),
        ]),
      },
    );
  }
  if (map.opportunities.length > 0) {
    nodes.push(
      { kind: 'heading', level: 2, text: t(lang, 'heading.opportunities') },
      {
        kind: 'table',
        head: (
          [
            'field.title',
            'field.stage',
            'field.owner',
            'field.status',
            'field.impact',
            'field.effort',
          ] as const
        ).map((key) => t(lang, key)),
        rows: map.opportunities.map((o) => [
          o.title,
          stageName(map, o.stage),
          o.owner ?? none,
          t(lang, `status.${o.status}`),
          o.impact === undefined ? none : String(o.impact),
          o.effort === undefined ? none : String(o.effort),
        ]),
      },
    );
  }
  if (map.kpis.length > 0) {
    nodes.push(
      { kind: 'heading', level: 2, text: t(lang, 'heading.kpis') },
      {
        kind: 'table',
        head: [
          t(lang, 'field.name'),
          t(lang, 'field.stage'),
          t(lang, 'field.metric'),
          t(lang, 'field.target'),
        ],
        rows: map.kpis.map((k) => [
          k.name,
          stageName(map, k.stage),
          k.metric,
          k.target === undefined ? none : `${k.target}${k.unit ? ` ${k.unit}` : ''}`,
        ]),
      },
    );
  }
  return nodes;
}

/** "With data": the figures per stage and the pains accepted from the data, by name. */
function dataSection(map: JourneyMap, options: RenderOptions, lang: Language): ReportNode[] {
  if (!options.data) return [];
  const data = measured(options.data);
  const nodes: ReportNode[] = [
    { kind: 'heading', level: 2, text: t(lang, 'heading.data') },
    { kind: 'paragraph', runs: [{ text: dataCaption(options.data, lang) }] },
  ];
  const table = data ? figureRows(map, data, lang) : undefined;
  if (table && table.head.length > 1) nodes.push({ kind: 'table', ...table });
  else nodes.push({ kind: 'paragraph', runs: [{ text: t(lang, 'value.noData') }] });
  const pains = namedPains(map);
  if (pains.length > 0) {
    nodes.push(
      { kind: 'heading', level: 3, text: t(lang, 'heading.dataPains') },
      {
        kind: 'table',
        head: [
          t(lang, 'field.stage'),
          t(lang, 'field.touchpoint'),
          t(lang, 'field.text'),
          t(lang, 'field.sources'),
        ],
        rows: pains.map((p) => [p.stage, p.touchpoint || t(lang, 'value.none'), p.text, p.source]),
      },
    );
  }
  return nodes;
}
