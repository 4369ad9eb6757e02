import { fileURLToPath } from 'node:url';

/**
 * A file of the OpenCJM repository (a model, the web app, the tracker): `fromSource` when
 * running the sources, or `relative` to the repository root that the built `cjm` bundle
 * sets in `globalThis.OPENCJM_ROOT` — in the bundle, modules no longer sit beside the
 * files their `import.meta.url` would point at.
 *
 * @example repoPath('packages/engine/models/sentiment/', new URL('../../../models/sentiment/', import.meta.url))
 */
export function repoPath(relative: string, fromSource: URL): string {
  const root = (globalThis as { OPENCJM_ROOT?: string }).OPENCJM_ROOT;
  return fileURLToPath(root === undefined ? fromSource : new URL(relative, root));
}
