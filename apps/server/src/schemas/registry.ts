import {
  AttributionResult,
  CesResult,
  ComparePeriodsResult,
  CsatResult,
  EmotionsResult,
  ExperimentResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  JourneyMap,
  MapChange,
  NpsResult,
  Operation,
  PainsAnswer,
  Persona,
  PersonasResult,
  TemplateSummary,
} from '@opencjm/core';
import { z } from 'zod';
import { ApiIssue, ErrorBody } from './errors.ts';

/**
 * Schemas shown once under `components.schemas` of the OpenAPI document and referenced
 * from the routes. A registry of the server's own, so core's schemas stay untouched in
 * zod's global registry (which drives `cjm schema`).
 */
export const openApiRegistry = z.registry<{ id?: string; [key: string]: unknown }>();
openApiRegistry.add(JourneyMap, { id: 'JourneyMap' });
openApiRegistry.add(Persona, { id: 'Persona' });
openApiRegistry.add(Operation, { id: 'Operation' });
openApiRegistry.add(MapChange, { id: 'MapChange' });
openApiRegistry.add(TemplateSummary, { id: 'TemplateSummary' });
openApiRegistry.add(ApiIssue, { id: 'ApiIssue' });
openApiRegistry.add(ErrorBody, { id: 'ErrorBody' });

/**
 * The answers of the insight, experiment, attribution and comparison routes, named by the
 * core schema each is, so a client of the OpenAPI document reads the same contract.
 */
const ANSWERS = {
  NpsResult,
  CsatResult,
  CesResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  EmotionsResult,
  PainsAnswer,
  PersonasResult,
  ExperimentResult,
  AttributionResult,
  ComparePeriodsResult,
};
for (const [id, schema] of Object.entries(ANSWERS)) openApiRegistry.add(schema, { id });
