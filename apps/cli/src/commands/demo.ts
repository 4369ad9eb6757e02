import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { annaPersona, LANGUAGES, laptopPurchaseMap, validateMap } from '@opencjm/core';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { userPath, writeDocument } from '../io.ts';
import { registerDemoGenerate } from './demo-generate.ts';

/**
 * `cjm demo`: writes the demo workspace (example maps and personas in three languages);
 * `cjm demo generate`: the demo shop's event data (see `demo-generate.ts`).
 */
export function registerDemo(program: Command, io: CliIo, ui: Ui): void {
  const demo = program
    .command('demo')
    .option('--workspace <dir>', ui.t.help.demo.workspace, '.opencjm-demo')
    .action((opts: { workspace: string }) => writeDemoWorkspace(io, ui, opts.workspace));
  registerDemoGenerate(demo, io, ui);
}

function writeDemoWorkspace(io: CliIo, ui: Ui, workspace: string): void {
  const t = ui.t.demo;
  const root = userPath(io.cwd, workspace);
  mkdirSync(join(root, 'maps'), { recursive: true });
  mkdirSync(join(root, 'personas'), { recursive: true });
  const written: string[] = [];
  for (const lang of LANGUAGES) {
    const map = laptopPurchaseMap(lang);
    const checked = validateMap(map);
    if (!checked.ok) {
      const why = checked.issues[0]?.message ?? '';
      throw new CliError((m) => m.demo.invalidExample(map.id, why));
    }
    const mapFile = join(root, 'maps', `laptop-purchase.${lang}.yaml`);
    writeDocument(mapFile, map);
    const personaFile = join(root, 'personas', `anna.${lang}.yaml`);
    writeDocument(personaFile, annaPersona(lang));
    written.push(mapFile, personaFile);
  }
  const shown = (p: string) => relative(io.cwd, p) || '.';
  io.out(`${t.workspace(shown(root))}\n`);
  for (const file of written) io.out(`  ${shown(file)}\n`);
  const ru = shown(join(root, 'maps', 'laptop-purchase.ru.yaml'));
  const en = shown(join(root, 'maps', 'laptop-purchase.en.yaml'));
  io.out(
    [
      '',
      t.tryNext,
      `  npx cjm templates --lang ${ui.lang}                 ${t.templatesHint}`,
      `  npx cjm validate ${ru}`,
      `  npx cjm diff ${ru} ${en}`,
      `  npx cjm new --template six-stages --lang ${ui.lang} --title "${t.newTitle}" -o my-map.yaml`,
      `  npx cjm demo generate -o demo-shop            ${t.generateHint}`,
      '',
    ].join('\n'),
  );
}
