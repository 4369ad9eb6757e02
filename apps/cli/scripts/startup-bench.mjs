// `npm run bench:cli` (and the end of `npm run bench`): how long the built `cjm` takes to
// start, against `node -e 0`, as whole processes. Runs the two in turn (A B A B …) after a
// warm-up so a drifting machine affects both, and prints the median wall time of each and
// the median of the pairwise ratios. Target (issue 13): `cjm --help` and `cjm templates`
// within 5× `node -e 0`. Needs the bundle: `npm run build:cli`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const TARGET = 5;
const bin = fileURLToPath(new URL('../bin/cjm.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/cjm.js', import.meta.url));

/** Wall seconds of one run of `node ARGS`; its output is read and dropped. */
function seconds(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'C' },
  });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Median wall time of `args` and of `node -e 0`, and the median of their ratios, run in turn. */
function compare(args) {
  seconds(args);
  seconds(['-e', '0']);
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(seconds(args));
    b.push(seconds(['-e', '0']));
  }
  return { a: median(a), b: median(b), ratio: median(a.map((x, i) => x / b[i])) };
}

console.log(
  `\ncli start-up: the built cjm against node -e 0, whole processes, median of ${RUNS} runs in turn`,
);
if (!existsSync(built)) {
  console.log('  skipped: the cjm bundle is not built (npm run build:cli)');
} else {
  console.log('  command            seconds  node -e 0   ratio   target');
  for (const [label, args] of [
    ['cjm --help', [bin, '--help']],
    ['cjm templates', [bin, 'templates']],
  ]) {
    const { a, b, ratio } = compare(args);
    const verdict = ratio <= TARGET ? 'met' : 'missed';
    console.log(
      `  ${label.padEnd(17)}${a.toFixed(3).padStart(8)}${b.toFixed(3).padStart(11)}${`${ratio.toFixed(2)}×`.padStart(8)}   ≤ ${TARGET}×  ${verdict}`,
    );
  }
}
