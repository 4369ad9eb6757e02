import type { JourneyMap } from '@opencjm/core';
import { cardsOfLaneType, mapPersonas, personaName, stageScore } from '../model/map-view.ts';
import { RenderOptions, type RenderOptionsInput } from '../options.ts';

/**
 * Makes a text safe inside a Mermaid journey line. The journey grammar ends a title,
 * section or task at "#", ":", ";" or a line break, and "%%" starts a comment, so those
 * are replaced by look-alikes (∶ ； ＃) or spaces, and a leading keyword is defused.
 * Hand-written: no installed library knows Mermaid's grammar.
 */
export function sanitizeMermaid(text: string): string {
  const clean = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/:/g, '∶')
    .replace(/;/g, '；')
    .replace(/#/g, '＃')
    .replace(/%%/g, '% %')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean === '') return '—';
  // A zero-width space keeps a text that starts with a keyword from being read as one.
  return /^(title|section|journey|accTitle|accDescr)\b/i.test(clean) ? `\u200b${clean}` : clean;
}

/** −2 … +2 → Mermaid's 1 … 5; 3 (neutral) when the stage has no emotion point. */
export function mermaidScore(score: number | undefined): number {
  if (score === undefined) return 3;
  return Math.min(5, Math.max(1, Math.round(score + 3)));
}

/**
 * The map as a Mermaid `journey` diagram: a section per stage, a task per action card,
 * scored from the emotion at that stage, with the personas as actors. A stage without
 * action cards gets one task named after its goal (or itself) so its emotion still shows.
 *
 * @example renderMermaid(annaMap()) // "journey\n  title Покупка ноутбука онлайн\n  section …"
 */
export function renderMermaid(map: JourneyMap, options: RenderOptionsInput = {}): string {
  const opts = RenderOptions.parse(options);
  const lang = opts.lang ?? map.language;
  const personas = mapPersonas(map, opts.personas ?? []);
  const everyone = personas.map((p) => sanitizeMermaid(p.name).replace(/,/g, ' ')).join(', ');
  const actions = cardsOfLaneType(map, 'actions');
  const lines = ['journey', `  title ${sanitizeMermaid(map.title)}`];
  for (const stage of map.stages) {
    lines.push(`  section ${sanitizeMermaid(stage.name)}`);
    const cards = actions.filter((card) => card.stage === stage.id);
    const tasks =
      cards.length > 0
        ? cards.map((card) => ({ text: card.text, persona: card.persona }))
        : [{ text: stage.goal ?? stage.name, persona: undefined }];
    for (const task of tasks) {
      const actors = task.persona
        ? sanitizeMermaid(personaName(personas, task.persona, lang)).replace(/,/g, ' ')
        : everyone;
      const score = mermaidScore(stageScore(map, stage.id, task.persona));
      lines.push(`    ${sanitizeMermaid(task.text)}: ${score}${actors ? `: ${actors}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
