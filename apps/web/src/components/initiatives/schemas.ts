import { AttributionModel, AttributionResult, ExperimentResult, type VariantResult } from '@opencjm/core';

/*
 * Answers of the experiment and attribution routes: the schemas the engine computes them
 * by and the server documents them with (@opencjm/core), under the names the views use.
 */

/** One variant of an evaluated experiment, the control included. */
export type ExperimentVariant = VariantResult;

/** `GET /api/initiatives/:id/experiment`. */
export const ExperimentAnswer = ExperimentResult;
export type ExperimentAnswer = ExperimentResult;

/** The attribution models the server knows. */
export const ATTRIBUTION_MODELS = AttributionModel.options;
export type { AttributionModel };

/** `GET /api/maps/:id/attribution`: credit per touchpoint id (`channel` holds the id). */
export const AttributionAnswer = AttributionResult;
export type AttributionAnswer = AttributionResult;
