/**
 * English strings of the map editor's grid (stage figures, touchpoints and opportunities in
 * their lanes, a missing map), the home page's search and previews, and the persona card;
 * spread into `en` so they share its key type.
 */
export const enEditor = {
  'figures.reached': 'Customers reached',
  'figures.reachedHint': 'Customers who reached this stage',
  'figures.ofFirst': 'Of stage 1',
  'figures.ofFirstHint': 'Share of the customers of the first stage who reached this stage',
  'figures.toNext': 'To next stage',
  'figures.toNextHint': 'Share of this stage’s customers who went on to the next stage',
  'figures.timeToNext': 'Median time to next',
  'figures.timeToNextHint': 'Median time from this stage to the next one',
  'figures.noData': 'No data',
  'figures.noDataUnbound': 'No touchpoint of this stage has an event rule, so nothing is measured here.',
  'figures.noDataEvents': 'No customer events are measured for this map yet.',
  'figures.loading': 'Measuring…',
  'figures.period': 'Figures: {period}',
  'figures.periodTitle': 'Period of the figures on the map',
  'figures.periodHint':
    'The figures on the map, the emotion curve from data and an export with data count only the events on these days, the first and last included; empty for all time.',
  'figures.allTime': 'All time',
  'figures.periodFull': 'Period of the figures on the map: {period}',
  'toolbar.more': 'More',
  'toolbar.moreTitle': 'More map tools',
  'toolbar.addStage': 'Stage',
  'save.short.saved': 'Saved',
  'save.short.saving': 'Saving…',
  'save.short.dirty': 'Unsaved',
  'save.short.conflict': 'Conflict',
  'save.short.error': 'Not saved',

  'lanes.touchpoints': 'Touchpoints',
  'lanes.opportunities': 'Opportunities',
  'lanes.wholeJourney': 'Whole journey',
  'lanes.touchpoint': 'Touchpoint: {name}',
  'lanes.touchpointReached': '{count} customers',
  'lanes.opportunity': 'Opportunity: {title}',
  'lanes.owner': 'Owner: {owner}',
  'lanes.impactEffort': 'Impact {impact}/5 · effort {effort}/5',

  'missingMap.title': 'This map does not exist',
  'missingMap.text': 'No map has the id “{id}”: it may have been deleted, or the link is mistyped.',
  'missingMap.home': 'Back to the workspace',
  'missingPersona.title': 'This persona does not exist',
  'missingPersona.text': 'No persona has the id “{id}”: it may have been deleted, or the link is mistyped.',

  'home.search': 'Search maps by title',
  'home.searchPlaceholder': 'Search by title…',
  'home.noMatches': 'No map title contains “{query}”.',
  'home.matches': '{count} of {total} maps',

  'persona.photoUrl': 'Photo address (URL)',
  'persona.photoUrlApply': 'Use this address',
  'persona.photoUrlInvalid': 'A photo address starts with https://',
  'persona.card': 'Persona card: {name}',
  'persona.noItems': 'Nothing yet',
  'persona.about': 'About',
} as const;
