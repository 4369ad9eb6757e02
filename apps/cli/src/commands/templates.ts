import type { Language } from '@opencjm/core';
import { TEMPLATES, templateSummary } from '@opencjm/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { languageParser } from '../options.ts';

/** `cjm templates`: the stage models a map can start from, named in the user's language. */
export function registerTemplates(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.templates;
  program
    .command('templates')
    .option('--lang <lang>', h.lang, languageParser(ui), ui.lang)
    .option('--json', h.json)
    .action((opts: { lang: Language; json?: boolean }) => {
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
