#!/usr/bin/env node
// The `cjm` command. OpenCJM's sources are TypeScript run through tsx, so there is no
// build step between `npm install` and using the command.
import { register } from 'tsx/esm/api';

register();
// Output piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli, processIo } = await import('../src/main.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo());
