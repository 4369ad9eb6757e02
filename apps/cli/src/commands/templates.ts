import { TEMPLATES, templateSummary } from '@opencjm/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { parseLanguage } from '../options.ts';

/** `cjm templates`: the stage models a map can start from. */
export function registerTemplates(program: Command, io: CliIo): void {
  program
    .command('templates')
    .description('list the stage templates from the CJM method articles')
    .option('--lang <lang>', 'language of the names: ru, en or zh', parseLanguage, 'en')
    .option('--json', 'print JSON: [{"id","name","stages":[{"id","name"}]}]')
    .action((opts: { lang: 'ru' | 'en' | 'zh'; json?: boolean }) => {
      const list = TEMPLATES.map((t) => templateSummary(t, opts.lang));
      if (opts.json) {
        io.out(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      for (const t of list) {
        io.out(`${t.id}  ${t.name}\n    ${t.stages.map((s) => s.name).join(' · ')}\n`);
      }
    });
}
