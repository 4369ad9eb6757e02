import { table } from './format.ts';
import type { Shown } from './kind.ts';

/** A group of a survey result as every metric has it. */
interface Group {
  name: string;
  n: number;
  invalid: number;
}

/** The per-dimension part of a survey result. */
interface Breakdown<G extends Group> {
  byStage: G[];
  byTouchpoint: G[];
  byChannel: G[];
  byAttribute?: { attribute: string; groups: G[] } | undefined;
}

/** How a metric shows one group: its columns after the name (the interval only with --details). */
export interface MetricColumns<G> {
  headers: string[];
  cells: (group: G) => string[];
  /** The 95% interval of a group, shown as a column with --details. */
  ci: (group: G) => string;
}

/** One table per non-empty dimension (stage, touchpoint, channel, attribute), named from the map, with n and invalid. */
export function surveyTables<G extends Group>(
  result: Breakdown<G>,
  columns: MetricColumns<G>,
  s: Shown,
): string {
  const { fmt } = s.ui;
  const t = s.ui.t.analyze;
  const sections: [string, G[], (id: string) => string][] = [
    [t.dimensions.stage, result.byStage, s.names.stage],
    [t.dimensions.touchpoint, result.byTouchpoint, s.names.touchpoint],
    [t.dimensions.channel, result.byChannel, s.names.channel],
  ];
  if (result.byAttribute) sections.push([result.byAttribute.attribute, result.byAttribute.groups, (v) => v]);
  const h = t.survey.headers;
  return sections
    .filter(([, groups]) => groups.length > 0)
    .map(([title, groups, name]) =>
      table(
        [
          title,
          columns.headers[0] ?? '',
          ...(s.details ? [h.ci] : []),
          ...columns.headers.slice(1),
          h.n,
          h.invalid,
        ],
        groups.map((g) => {
          const [figure = '', ...rest] = columns.cells(g);
          return [
            name(g.name),
            figure,
            ...(s.details ? [columns.ci(g)] : []),
            ...rest,
            fmt.int(g.n),
            fmt.int(g.invalid),
          ];
        }),
        `l${'r'.repeat(columns.headers.length + (s.details ? 1 : 0))}rr`,
      ),
    )
    .join('\n\n');
}

/** The interval of the overall figure: in words, or as "95% CI lo–hi" with --details. */
export function range(ci: readonly [number, number] | null, show: (x: number) => string, s: Shown): string {
  const t = s.ui.t.analyze.survey;
  if (s.details || ci === null) return t.ci(s.ui.fmt.interval(ci, show));
  return t.likely(show(ci[0]), show(ci[1]));
}

/** The line before the tables: the overall figure and what was left out. */
export function overallLine(figure: string, n: number, invalid: number, s: Shown): string {
  const t = s.ui.t.analyze.survey;
  const left = invalid > 0 ? t.invalid(invalid, s.ui.fmt.int(invalid)) : '';
  return `${figure}${t.n(s.ui.fmt.int(n))}${left}`;
}
