import type { Help, Option } from 'commander';
import type { Texts } from './ui.ts';

/**
 * Commander's own error lines in the user's language. Commander writes them in English
 * and offers no hook but the finished text, so they are recognised by their fixed English
 * patterns here; a line not recognised is passed on as it is.
 */
export function commanderError(text: string, t: Texts): string {
  const c = t.commander;
  const [first = '', ...rest] = text.replace(/\n$/, '').split('\n');
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^error: missing required argument '(.+)'$/, (m) => c.missingArgument(m[1] ?? '')],
    [/^error: option '(.+)' argument missing$/, (m) => c.optionMissingArgument(m[1] ?? '')],
    [/^error: required option '(.+)' not specified$/, (m) => c.missingMandatoryOption(m[1] ?? '')],
    [/^error: unknown option '(.+)'$/, (m) => c.unknownOption(m[1] ?? '')],
    [/^error: unknown command '(.+)'$/, (m) => c.unknownCommand(m[1] ?? '')],
    [/^error: too many arguments/, () => c.excessArguments],
    [
      /^error: option '(.+?)' argument '(.*)' is invalid\. (.*)$/,
      (m) => c.invalidOptionValue(m[1] ?? '', m[2] ?? '', choices(m[3] ?? '', t)),
    ],
    [
      /^error: command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/,
      (m) => c.invalidArgumentValue(m[2] ?? '', m[1] ?? '', choices(m[3] ?? '', t)),
    ],
  ];
  const rule = rules.find(([pattern]) => pattern.test(first));
  const head = rule ? rule[1](first.match(rule[0]) ?? ([] as unknown as RegExpMatchArray)) : first;
  const tail = rest.map((line) => {
    const mean = line.match(/^\(Did you mean (?:one of )?(.+)\?\)$/);
    return mean ? c.didYouMean(mean[1] ?? '') : line;
  });
  return `${[head, ...tail].join('\n')}\n`;
}

/** Commander's "Allowed choices are a, b." (options declared with `.choices()`) in the user's words. */
function choices(why: string, t: Texts): string {
  const allowed = why.match(/^Allowed choices are (.+)\.$/);
  return allowed ? t.parse.oneOf(allowed[1] ?? '') : why;
}

/** The help screen's own words (titles, "default", "choices") in the user's language. */
export function helpConfiguration(t: Texts): Partial<Help> {
  const titles: Record<string, string> = {
    'Usage:': t.help.titles.usage,
    'Options:': t.help.titles.options,
    'Commands:': t.help.titles.commands,
    'Arguments:': t.help.titles.arguments,
    'Global Options:': t.help.titles.globalOptions,
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription(option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${t.help.choices}: ${option.argChoices.join(', ')}`);
      const shown =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && shown) {
        extra.push(
          `${t.help.default}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`,
        );
      }
      return extra.length > 0 ? `${option.description} (${extra.join(', ')})`.trim() : option.description;
    },
  };
}
