/**
 * English strings of the data views' charts (process map sliders, the paths caption, dwell
 * grouping and units, the conversion window); spread into `en` so they share its key type.
 */
export const enData = {
  'data.from': 'From',
  'data.through': 'Through',
  'data.periodHint':
    'Only the events on these days, the first and last included; empty for all time. The map editor chooses the period of its own figures.',
  'data.periodFrom': 'from {date}',
  'data.periodThrough': 'through {date}',
  'data.allTime': 'all time',
  'data.windowHint':
    'How long after entering the first stage a customer may take to reach a later one and count as converted. It does not select dates.',
  'chart.stageColours': 'Stage colours',
  'process.activities': 'Activities',
  'process.paths': 'Paths',
  'process.shown': 'Showing {nodes} of {totalNodes} activities and {links} of {totalLinks} paths',
  'process.events': '{n} events',
  'process.transitions': '{n} times',
  'process.transitionsTime': '{n} times · median {time}',
  'process.table': 'Paths as a table',
  'process.from': 'From',
  'process.to': 'To',
  'process.times': 'Times',
  'process.medianTime': 'Median time between',
  'paths.customers': '{n} customers',
  'paths.caption': 'Top {n} paths of two steps or more: {share} of customers ({customers} of {total})',
  'paths.captionCount': 'Top {n} paths of two steps or more: {customers} customers',
  'dwell.by': 'Group',
  'dwell.by.stage': 'By stage',
  'dwell.by.touchpoint': 'By touchpoint',
  'dwell.unit.s': 'seconds',
  'dwell.unit.min': 'minutes',
  'dwell.unit.h': 'hours',
  'dwell.unit.d': 'days',
} as const;
