/**
 * The `cjm` process: runs the command line and exits with its code. The entry point of the
 * built bundle (`npm run build` → `apps/cli/dist/cjm.js`), which `bin/cjm.js` loads.
 */
import { processIo, runCli } from './main.ts';

// Output piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), processIo());
