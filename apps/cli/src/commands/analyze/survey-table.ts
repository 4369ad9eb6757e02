import { table } from './format.ts';

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

/** How a metric shows one group: its columns after the name, and their alignment. */
export interface MetricColumns<G> {
  headers: string[];
  align: string;
  cells: (group: G) => string[];
}

/** One table per non-empty dimension (stage, touchpoint, channel, attribute), with n and invalid. */
export function surveyTables<G extends Group>(result: Breakdown<G>, columns: MetricColumns<G>): string {
  const sections: [string, G[]][] = [
    ['Stage', result.byStage],
    ['Touchpoint', result.byTouchpoint],
    ['Channel', result.byChannel],
  ];
  if (result.byAttribute) sections.push([result.byAttribute.attribute, result.byAttribute.groups]);
  return sections
    .filter(([, groups]) => groups.length > 0)
    .map(([title, groups]) =>
      table(
        [title, ...columns.headers, 'n', 'Invalid'],
        groups.map((g) => [g.name, ...columns.cells(g), String(g.n), String(g.invalid)]),
        `l${columns.align}rr`,
      ),
    )
    .join('\n\n');
}

/** The line before the tables: the overall figure and what was left out. */
export function overallLine(figure: string, n: number, invalid: number): string {
  const left = invalid > 0 ? `; ${invalid} invalid answer${invalid === 1 ? '' : 's'} left out` : '';
  return `${figure}, n = ${n}${left}`;
}
