// `npm run build` (and `npm install`, through `prepare`): bundles the `cjm` command — the
// CLI with the engine, renderer and server it uses — into apps/cli/dist as plain
// JavaScript, so no command compiles TypeScript when it starts. The server is a chunk of
// its own, loaded only by `cjm serve`. npm packages stay outside the bundle (DuckDB and
// jieba ship native code); only OpenCJM's own workspaces are bundled.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${cli}/dist`;
rmSync(outdir, { recursive: true, force: true });

/** Packages that are JSON data (Node would need an import attribute to load them): bundled. */
const DATA_PACKAGES = new Set(['stopwords-iso']);

/** npm packages are loaded from node_modules at run time; @opencjm/* is bundled. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@opencjm/') || DATA_PACKAGES.has(args.path)
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: { cjm: `${cli}/src/run.ts` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [externalPackages],
  // Modules find their files (models, the web app, the tracker) from the repository root,
  // since in the bundle they no longer sit beside their sources: see `repoRoot()`.
  banner: { js: "globalThis.OPENCJM_ROOT ??= new URL('../../../', import.meta.url).href;" },
});
console.log(`cjm built: ${outdir}`);
