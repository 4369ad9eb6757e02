import type { PeriodOption } from '@opencjm/engine';
import type { Command } from 'commander';
import { CliError } from '../../cli-io.ts';
import type { Ui } from '../../i18n/ui.ts';

/** The two options that choose a period, as the command spells them. */
export interface PeriodFlags {
  /** Option giving the first instant (included), e.g. `--from`. */
  readonly from: `--${string}`;
  /** Option giving the instant the period ends (excluded), e.g. `--to`. */
  readonly to: `--${string}`;
}

export const FROM_TO: PeriodFlags = { from: '--from', to: '--to' };

/** The key commander stores an option's value under: `--from` → `from`. */
function key(flag: `--${string}`): string {
  return flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Adds the two period options to a command, with the help texts given. */
export function addPeriodOptions(
  command: Command,
  flags: PeriodFlags,
  help: { from: string; to: string },
): Command {
  return command.option(`${flags.from} <date>`, help.from).option(`${flags.to} <date>`, help.to);
}

/**
 * The period the options name, or undefined for all time; a CliError naming the option when
 * a bound is not an ISO 8601 date or date-time, or the bounds are reversed. The engine's
 * `PeriodOption` decides, so the CLI refuses what the API refuses; it is loaded here, not on
 * start, so commands that never read events never load the engine.
 */
export async function periodOf(values: object, flags: PeriodFlags): Promise<PeriodOption> {
  const read = (flag: `--${string}`) => {
    const value = (values as Record<string, unknown>)[key(flag)];
    return typeof value === 'string' ? value : undefined;
  };
  const from = read(flags.from);
  const to = read(flags.to);
  if (from === undefined && to === undefined) return undefined;
  const { PeriodOption } = await import('@opencjm/engine');
  const parsed = PeriodOption.safeParse({ from, to });
  if (parsed.success) return parsed.data;
  for (const [flag, value] of [
    [flags.from, from],
    [flags.to, to],
  ] as const) {
    const alone = flag === flags.from ? { from: value } : { to: value };
    if (value !== undefined && !PeriodOption.safeParse(alone).success) {
      throw new CliError((t) => `${flag} ${value}: ${t.parse.isoInstant}`);
    }
  }
  throw new CliError((t) => t.parse.periodOrder(flags.from, flags.to));
}

/** The line over a table that says which period it covers; empty for all time. */
export function periodLine(period: PeriodOption, ui: Ui): string {
  const t = ui.t.analyze;
  if (period?.from !== undefined && period.to !== undefined) return t.period(period.from, period.to);
  if (period?.from !== undefined) return t.periodFrom(period.from);
  if (period?.to !== undefined) return t.periodTo(period.to);
  return '';
}
