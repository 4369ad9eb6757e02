import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { annaPersona, LANGUAGES, laptopPurchaseMap, validateMap } from '@opencjm/core';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import { userPath, writeDocument } from '../io.ts';
import { registerDemoGenerate } from './demo-generate.ts';

/**
 * `cjm demo`: writes the demo workspace (example maps and personas in three languages);
 * `cjm demo generate`: the demo shop's event data (see `demo-generate.ts`).
 */
export function registerDemo(program: Command, io: CliIo): void {
  const demo = program
    .command('demo')
    .description('write the demo workspace: example maps and personas in Russian, English and Chinese')
    .option('--workspace <dir>', 'where to write it', '.opencjm-demo')
    .action((opts: { workspace: string }) => writeDemoWorkspace(io, opts.workspace));
  registerDemoGenerate(demo, io);
}

function writeDemoWorkspace(io: CliIo, workspace: string): void {
  const root = userPath(io.cwd, workspace);
  mkdirSync(join(root, 'maps'), { recursive: true });
  mkdirSync(join(root, 'personas'), { recursive: true });
  const written: string[] = [];
  for (const lang of LANGUAGES) {
    const map = laptopPurchaseMap(lang);
    const checked = validateMap(map);
    if (!checked.ok) throw new CliError(`example map ${map.id} is invalid: ${checked.issues[0]?.message}`);
    const mapFile = join(root, 'maps', `laptop-purchase.${lang}.yaml`);
    writeDocument(mapFile, map);
    const personaFile = join(root, 'personas', `anna.${lang}.yaml`);
    writeDocument(personaFile, annaPersona(lang));
    written.push(mapFile, personaFile);
  }
  const shown = (p: string) => relative(io.cwd, p) || '.';
  io.out(`OpenCJM demo workspace: ${shown(root)}\n`);
  for (const file of written) io.out(`  ${shown(file)}\n`);
  const ru = shown(join(root, 'maps', 'laptop-purchase.ru.yaml'));
  const en = shown(join(root, 'maps', 'laptop-purchase.en.yaml'));
  io.out(
    [
      '',
      'Try next:',
      '  npx cjm templates --lang ru                 # stage models from the method articles',
      `  npx cjm validate ${ru}`,
      `  npx cjm diff ${ru} ${en}`,
      '  npx cjm new --template six-stages --lang zh --title "在线购买" -o my-map.yaml',
      '  npx cjm demo generate -o demo-shop            # the demo shop: events with planted problems',
      '',
    ].join('\n'),
  );
}
