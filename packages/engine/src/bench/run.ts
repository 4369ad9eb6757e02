/**
 * `npm run bench`: every engine bench in one run, so the numbers are comparable.
 * Import flags: `--events N` (default 2,000,000), `--customers N`, `--stitch-customers N`,
 * `--no-real` (skip the real event logs and the process-log session on BPIC 2012). Analytics flags: `--analytics-events N`
 * (default 10,000,000; one customer per ten events), `--runs N` (best of N, default 2),
 * `--no-analytics` (skip them, e.g. when only the import is being tuned).
 * Sentiment: `--no-sentiment` skips it, `--sentiment-only` runs only it.
 * ClickHouse (clickhouse-bench.ts, only when clickhouse-server is installed): `--clickhouse-events N[,N…]`
 * (default 10,000,000,50,000,000), `--no-clickhouse` skips it.
 */
import { runAnalyticsBench } from './analytics-bench.ts';
import { runClickHouseBench } from './clickhouse-bench.ts';
import { runImportBench } from './import-bench.ts';
import { runProcessLogBench } from './process-log-bench.ts';
import { runSentimentBench } from './sentiment-bench.ts';

const argv = process.argv.slice(2);
if (argv.includes('--sentiment-only')) {
  runSentimentBench();
  process.exit(0);
}
await runImportBench(argv);

if (!argv.includes('--no-real')) runProcessLogBench();

if (!argv.includes('--no-analytics')) {
  const at = argv.indexOf('--analytics-events');
  const analyticsArgv = ['--events', at >= 0 ? String(argv[at + 1]) : '10000000'];
  const runs = argv.indexOf('--runs');
  if (runs >= 0) analyticsArgv.push('--runs', String(argv[runs + 1]));
  await runAnalyticsBench(analyticsArgv);
}

if (!argv.includes('--no-sentiment')) runSentimentBench();

if (!argv.includes('--no-clickhouse')) await runClickHouseBench(argv);
