import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_LOGS } from './import-bench.ts';

const CJM = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../apps/cli/bin/cjm.js');
const LOG = 'bpic2012.xes.gz';
/** pm4py's time for the same three steps on this machine, as the product brief records it. */
const PM4PY_REFERENCE_SECONDS = 17;

const PM4PY_SCRIPT = `
import sys, time
import pm4py
t = time.perf_counter()
log = pm4py.read_xes(sys.argv[1])
dfg, start, end = pm4py.discover_dfg(log)
variants = pm4py.get_variants(log)
print(f"{time.perf_counter() - t:.3f} {len(dfg)} {len(variants)}")
`;

/**
 * A process analyst's session on BPI Challenge 2012 as three `cjm` commands, each a whole
 * process from the built bundle — `import`, `analyze dfg`, `analyze variants` — beside
 * pm4py 2.7 doing `read_xes` + `discover_dfg` + `get_variants` in the same run when
 * `python3 -c "import pm4py"` works (otherwise the time the product brief records for it here).
 */
export function runProcessLogBench(log: (line: string) => void = console.log): void {
  const file = join(EVENT_LOGS, LOG);
  if (!existsSync(file)) {
    log(`process log: skipped, ${file} is missing`);
    return;
  }
  if (!existsSync(resolve(CJM, '../../dist/cjm.js'))) {
    log('process log: skipped, the cjm bundle is not built (npm run build)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-bench-process-'));
  try {
    const workspace = join(dir, 'ws');
    const steps: [string, string[]][] = [
      ['cjm import', ['import', file, '--workspace', workspace]],
      ['cjm analyze dfg', ['analyze', 'dfg', '--workspace', workspace, '--json']],
      ['cjm analyze variants', ['analyze', 'variants', '--workspace', workspace, '--json']],
    ];
    log(`process log: ${LOG}, three cjm commands, each a process of its own`);
    let total = 0;
    for (const [label, args] of steps) {
      const started = performance.now();
      execFileSync(process.execPath, [CJM, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      const seconds = (performance.now() - started) / 1000;
      total += seconds;
      log(`  ${label.padEnd(22)} ${seconds.toFixed(2)} s`);
    }
    log(`  ${'all three'.padEnd(22)} ${total.toFixed(2)} s`);
    const pm4py = measurePm4py(file, dir);
    if (pm4py === null) {
      const ratio = PM4PY_REFERENCE_SECONDS / total;
      log(
        `  pm4py: not installed here (python3 -c "import pm4py" fails), not run; the brief records ~${PM4PY_REFERENCE_SECONDS} s for it on this machine: pm4py ÷ cjm = ${ratio.toFixed(1)} (target ≥ 3, goal 10)`,
      );
    } else {
      log(
        `  pm4py read_xes + discover_dfg + get_variants ${pm4py.toFixed(2)} s in this run: pm4py ÷ cjm = ${(pm4py / total).toFixed(1)} (target ≥ 3, goal 10)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measurePm4py(file: string, dir: string): number | null {
  if (spawnSync('python3', ['-c', 'import pm4py'], { stdio: 'ignore' }).status !== 0) return null;
  const script = join(dir, 'pm4py-bench.py');
  writeFileSync(script, PM4PY_SCRIPT);
  const out = execFileSync('python3', [script, file], { encoding: 'utf8' });
  return Number(out.trim().split(' ')[0]);
}
