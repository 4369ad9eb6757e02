#!/usr/bin/env node
// The `cjm` command: runs the built bundle (apps/cli/dist, made by `npm run build`, which
// `npm install` runs). Development runs the sources with `npx tsx apps/cli/src/run.ts`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cjm.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('cjm: not built yet — run `npm run build` (npm install does it)\n');
  process.exit(1);
}
await import(built.href);
