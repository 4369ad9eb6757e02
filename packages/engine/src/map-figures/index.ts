export { MapFigures, mapFigures, PlaceFigures } from './map-figures.ts';
