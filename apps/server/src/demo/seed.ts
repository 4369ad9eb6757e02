import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annaPersona, type JourneyMap, LANGUAGES, type Language, laptopPurchaseMap } from '@opencjm/core';
import { importFiles, writeDemoShop } from '@opencjm/engine';
import type { Workspace } from '../store/workspace.ts';
import { demoInitiative } from './initiatives.ts';

/** Customers of the demo shop: enough for stable funnels, quick to import on a first start. */
export const DEMO_CUSTOMERS = 3000;

/** Seed of the demo shop: every first start plants the same customers (ending at that start). */
export const DEMO_SEED = 2024;

/** What {@link seedDemoWorkspace} planted. */
export interface DemoSeed {
  readonly maps: string[];
  readonly personas: string[];
  /** Initiatives made from the example maps' opportunities (one per language). */
  readonly initiatives: string[];
  /** Events imported (0 when `events` was off). */
  readonly events: number;
}

/**
 * What a first start plants in an empty workspace:
 * - the example map "Buying a laptop online" in Russian, English and Chinese
 *   (`example-laptop-ru|en|zh`);
 * - its persona Anna in the same three languages. Persona ids must be unique in the store
 *   while the examples all say `anna`, so each language gets `anna-ru|en|zh` and its map
 *   refers to that one;
 * - the initiative "Promise free delivery in the cart" on each map, tested by the demo
 *   shop's planted checkout experiment (`demo-free-delivery-ru|en|zh`);
 * - unless `events` is false, the demo shop's event data that the map measures, with its
 *   planted problems: `writeDemoShop` of the engine, {@link DEMO_CUSTOMERS} customers whose
 *   90 days end at this start.
 */
export async function seedDemoWorkspace(
  workspace: Workspace,
  options: { events?: boolean } = {},
): Promise<DemoSeed> {
  const maps: string[] = [];
  const personas: string[] = [];
  const initiatives: string[] = [];
  for (const lang of LANGUAGES) {
    const personaId = demoPersonaId(lang);
    const persona = { ...annaPersona(lang), id: personaId };
    if ((await workspace.personas.insert(persona.id, persona)).ok) personas.push(persona.id);
    const map = withPersonaId(laptopPurchaseMap(lang), annaPersona(lang).id, personaId);
    if ((await workspace.maps.insert(map.id, map)).ok) maps.push(map.id);
    const initiative = demoInitiative(lang, map.id);
    if ((await workspace.initiatives.insert(initiative.id, initiative)).ok) initiatives.push(initiative.id);
  }
  const events = options.events === false ? 0 : await importShopEvents(workspace);
  return { maps, personas, initiatives, events };
}

/** The id of the demo persona in `lang`. */
export function demoPersonaId(lang: Language): string {
  return `anna-${lang}`;
}

/** Generates the shop's events into a temporary file and imports them through the engine. */
async function importShopEvents(workspace: Workspace): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-demo-'));
  try {
    const { file } = await writeDemoShop(join(dir, 'demo-shop-events.ndjson'), {
      customers: DEMO_CUSTOMERS,
      seed: DEMO_SEED,
      until: new Date(),
    });
    const summary = await workspace.lock.exclusive(() => importFiles(workspace.store, [file]));
    return summary.accepted;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The map with every reference to persona `from` pointing at `to`. */
function withPersonaId(map: JourneyMap, from: string, to: string): JourneyMap {
  const swap = (id: string | undefined) => (id === from ? to : id);
  return {
    ...map,
    personas: map.personas.map((id) => (id === from ? to : id)),
    cards: map.cards.map((card) => ({ ...card, persona: swap(card.persona) })),
    emotions: map.emotions.map((emotion) => ({ ...emotion, persona: swap(emotion.persona) })),
  };
}
