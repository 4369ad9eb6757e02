export {
  DfgResult,
  DwellResult,
  FunnelResult,
  FunnelStep,
  TimelineEvent,
  TimelineResult,
  TopPathsResult,
} from './journeys.ts';
export { MapFigures, PlaceFigures } from './map-figures.ts';
