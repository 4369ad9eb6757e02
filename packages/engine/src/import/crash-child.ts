/**
 * Fault-injection helper for crash.test.ts, run as a child process: imports files into a
 * workspace and kills its own process with SIGKILL (as `kill -9` would) at a named
 * checkpoint of the import. Usage: crash-child.ts WORKSPACE CHECKPOINT BATCH_ROWS FILE…
 */
import { openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import { ImportCheckpoint } from './options.ts';

const [workspace, checkpoint, batchRows, ...files] = process.argv.slice(2);
const target = ImportCheckpoint.parse(checkpoint);
const store = await openDuckDbStore(workspace ?? '');
await importFiles(store, files, {
  batchRows: Number(batchRows),
  onCheckpoint(reached) {
    if (reached === target) process.kill(process.pid, 'SIGKILL');
  },
});
store.close();
process.stdout.write('finished without reaching the checkpoint\n');
