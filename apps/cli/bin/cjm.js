#!/usr/bin/env node
// The `cjm` command. OpenCJM's sources are TypeScript run through tsx, so there is no
// build step between `npm install` and using the command.
import { register } from 'tsx/esm/api';

register();
const { runCli, processIo } = await import('../src/main.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo());
