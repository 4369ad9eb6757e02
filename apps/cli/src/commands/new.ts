import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createMapFromTemplate, type Language, MapType } from '@opencjm/core';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import { documentFormat, userPath, writeDocument } from '../io.ts';
import { parseLanguage } from '../options.ts';

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

/** A persona id from a name: lower case, whitespace to dashes ("Анна Смирнова" → "анна-смирнова"). */
export function personaId(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

/** `cjm new`: a map from a template, written as YAML or JSON. */
export function registerNew(program: Command, io: CliIo): void {
  program
    .command('new')
    .description('create a journey map from a stage template')
    .requiredOption('--template <id>', 'template id (see `cjm templates`)')
    .requiredOption('--lang <lang>', 'language of the map: ru, en or zh', parseLanguage)
    .requiredOption('--title <title>', 'title of the map')
    .option('--persona <name>', 'the persona the map is about')
    .option('--type <type>', 'current, future or day-in-the-life', parseMapType, 'current')
    .option('--process <process>', 'purchase, registration, support or custom text')
    .requiredOption('-o, --output <file>', 'file to write: .yaml, .yml or .json')
    .option('--force', 'overwrite an existing file')
    .action((opts: NewOptions) => {
      const path = userPath(io.cwd, opts.output);
      documentFormat(path);
      if (existsSync(path) && !opts.force)
        throw new CliError(`${opts.output} exists; pass --force to overwrite it`);
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
      io.out(
        `${opts.output}: ${map.stages.length} stages, ${map.lanes.length} lanes, ${map.cards.length} cards\n`,
      );
    });
}

function parseMapType(value: string): MapType {
  const parsed = MapType.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidArgumentError(`expected one of ${MapType.options.join(', ')}`);
}
