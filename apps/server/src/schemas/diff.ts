import { MapChange } from '@opencjm/core';
import { z } from 'zod';
import { MapDocumentInput } from './maps.ts';

/** `POST /api/diff`: two map documents. */
export const DiffBody = z.object({ before: MapDocumentInput, after: MapDocumentInput });

/** The semantic diff: added, removed, changed and moved entries, matched by id. */
export const DiffResult = z.object({ changes: z.array(MapChange) });
