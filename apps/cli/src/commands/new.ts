import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createMapFromTemplate, type Language, MapType } from '@opencjm/core';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { documentFormat, userPath, writeDocument } from '../io.ts';
import { languageParser } from '../options.ts';

interface NewOptions {
  template: string;
  lang: Language;
  title: string;
  persona?: string;
  type: MapType;
  process?: string;
  output: string;
  force?: boolean;
}

/**
 * A persona id from a name: whitespace to dashes, the case kept ("Анна" → "Анна", "Анна
 * Смирнова" → "Анна-Смирнова"). Exports show a persona without a document by its id, so
 * lower-casing it would print "анна".
 */
export function personaId(name: string): string {
  return name.trim().replace(/\s+/g, '-');
}

/** `cjm new`: a map from a template, written as YAML or JSON. */
export function registerNew(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.new;
  const parseMapType = (value: string): MapType => {
    const parsed = MapType.safeParse(value);
    if (parsed.success) return parsed.data;
    throw new InvalidArgumentError(ui.t.parse.oneOf(MapType.options.join(', ')));
  };
  program
    .command('new')
    .requiredOption('--template <id>', h.template)
    .requiredOption('--lang <lang>', h.lang, languageParser(ui))
    .requiredOption('--title <title>', h.title)
    .option('--persona <name>', h.persona)
    .option('--type <type>', h.type, parseMapType, 'current')
    .option('--process <process>', h.process)
    .requiredOption('-o, --output <file>', h.output)
    .option('--force', h.force)
    .action((opts: NewOptions) => {
      const path = userPath(io.cwd, opts.output);
      documentFormat(path);
      if (existsSync(path) && !opts.force) throw new CliError((t) => t.files.exists(opts.output));
      let map: ReturnType<typeof createMapFromTemplate>;
      try {
        map = createMapFromTemplate(opts.template, {
          id: randomUUID(),
          language: opts.lang,
          title: opts.title,
          type: opts.type,
          ...(opts.persona ? { persona: personaId(opts.persona) } : {}),
          ...(opts.process ? { process: opts.process } : {}),
        });
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      }
      writeDocument(path, map);
      io.out(`${ui.t.new.written(opts.output, map.stages.length, map.lanes.length, map.cards.length)}\n`);
    });
}
