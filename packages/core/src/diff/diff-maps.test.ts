import { describe, expect, it } from 'vitest';
import { annaMap } from '../fixtures.ts';
import type { Card, JourneyMap } from '../schema/index.ts';
import { diffMaps } from './diff-maps.ts';
import { MapDiff } from './schema.ts';

/** A copy of Anna's map changed by `edit`. */
function edited(edit: (map: JourneyMap) => void): JourneyMap {
  const map = annaMap();
  edit(map);
  return map;
}

function card(map: JourneyMap, id: string): Card {
  const found = map.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

const advocacy = { id: 'advocacy', name: 'Рекомендации' };
const thoughts = { id: 'thoughts', type: 'thoughts' as const, title: 'Мысли' };
const c6 = {
  id: 'c6',
  lane: 'actions',
  stage: 'advocacy',
  text: 'Советует магазин друзьям',
  evidence: 'hypothesis' as const,
  sources: [],
};
const emotion = { stage: 'advocacy', persona: 'anna', score: 2 };
const store = {
  id: 'tp-store',
  name: 'Магазин',
  channel: 'store',
  kind: 'offline' as const,
  source: 'qualitative' as const,
};
const o2 = { id: 'o2', title: 'Напоминание о брошенной корзине', pains: [], status: 'idea' as const };
const k2 = { id: 'k2', name: 'NPS', metric: 'nps' as const, target: 40 };

/** Anna's map with one more thing of every kind. */
function withOneOfEach(): JourneyMap {
  return edited((map) => {
    map.personas.push('boris');
    map.stages.push(structuredClone(advocacy));
    map.lanes.push(structuredClone(thoughts));
    map.cards.push(structuredClone(c6));
    map.emotions.push(structuredClone(emotion));
    map.touchpoints.push(structuredClone(store));
    map.opportunities.push(structuredClone(o2));
    map.kpis.push(structuredClone(k2));
  });
}

describe('diffMaps', () => {
  it('finds no changes between identical maps', () => {
    expect(diffMaps(annaMap(), annaMap())).toEqual([]);
  });

  it('reports exactly a renamed stage, an added opportunity and a changed emotion', () => {
    const after = edited((map) => {
      map.stages[0] = { id: 'awareness', name: 'Знакомство', goal: 'Понять, какой ноутбук нужен' };
      map.opportunities.push(o2);
      map.emotions[1] = {
        stage: 'consideration',
        persona: 'anna',
        score: 0,
        note: 'Долго ищет нужную модель',
      };
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      {
        kind: 'changed',
        entity: 'stage',
        id: 'awareness',
        path: 'stages[awareness].name',
        before: 'Осведомленность',
        after: 'Знакомство',
      },
      {
        kind: 'changed',
        entity: 'emotion',
        id: 'consideration/anna',
        path: 'emotions[consideration/anna].score',
        before: -1,
        after: 0,
      },
      { kind: 'added', entity: 'opportunity', id: 'o2', path: 'opportunities[o2]', after: o2 },
    ]);
  });

  it('reports an added entity of every kind, in document order', () => {
    expect(diffMaps(annaMap(), withOneOfEach())).toEqual([
      { kind: 'added', entity: 'persona', id: 'boris', path: 'personas[boris]', after: 'boris' },
      { kind: 'added', entity: 'stage', id: 'advocacy', path: 'stages[advocacy]', after: advocacy },
      { kind: 'added', entity: 'lane', id: 'thoughts', path: 'lanes[thoughts]', after: thoughts },
      { kind: 'added', entity: 'card', id: 'c6', path: 'cards[c6]', after: c6 },
      {
        kind: 'added',
        entity: 'emotion',
        id: 'advocacy/anna',
        path: 'emotions[advocacy/anna]',
        after: emotion,
      },
      { kind: 'added', entity: 'touchpoint', id: 'tp-store', path: 'touchpoints[tp-store]', after: store },
      { kind: 'added', entity: 'opportunity', id: 'o2', path: 'opportunities[o2]', after: o2 },
      { kind: 'added', entity: 'kpi', id: 'k2', path: 'kpis[k2]', after: k2 },
    ]);
  });

  it('reports a removed entity of every kind, in document order', () => {
    expect(diffMaps(withOneOfEach(), annaMap())).toEqual([
      { kind: 'removed', entity: 'persona', id: 'boris', path: 'personas[boris]', before: 'boris' },
      { kind: 'removed', entity: 'stage', id: 'advocacy', path: 'stages[advocacy]', before: advocacy },
      { kind: 'removed', entity: 'lane', id: 'thoughts', path: 'lanes[thoughts]', before: thoughts },
      { kind: 'removed', entity: 'card', id: 'c6', path: 'cards[c6]', before: c6 },
      {
        kind: 'removed',
        entity: 'emotion',
        id: 'advocacy/anna',
        path: 'emotions[advocacy/anna]',
        before: emotion,
      },
      { kind: 'removed', entity: 'touchpoint', id: 'tp-store', path: 'touchpoints[tp-store]', before: store },
      { kind: 'removed', entity: 'opportunity', id: 'o2', path: 'opportunities[o2]', before: o2 },
      { kind: 'removed', entity: 'kpi', id: 'k2', path: 'kpis[k2]', before: k2 },
    ]);
  });

  it('lists changes in the order of the after map, then the removed ones', () => {
    const after = edited((map) => {
      map.kpis = [k2, { ...k2, id: 'k3' }];
    });
    expect(diffMaps(annaMap(), after).map((c) => `${c.kind} ${c.id}`)).toEqual([
      'added k2',
      'added k3',
      'removed k1',
    ]);
  });

  it('reports only the insert when a stage is inserted in the middle', () => {
    const after = edited((map) => map.stages.splice(2, 0, advocacy));
    expect(diffMaps(annaMap(), after)).toEqual([
      { kind: 'added', entity: 'stage', id: 'advocacy', path: 'stages[advocacy]', after: advocacy },
    ]);
  });

  it('reports only the removal when a stage is removed from the middle', () => {
    const after = edited((map) => map.stages.splice(1, 1));
    expect(diffMaps(annaMap(), after)).toEqual([
      {
        kind: 'removed',
        entity: 'stage',
        id: 'consideration',
        path: 'stages[consideration]',
        before: { id: 'consideration', name: 'Рассмотрение' },
      },
    ]);
  });

  it('reports a move when two neighbouring stages are swapped', () => {
    const after = edited((map) => {
      const [awareness, consideration, ...rest] = map.stages;
      if (!awareness || !consideration) throw new Error('fixture changed');
      map.stages = [consideration, awareness, ...rest];
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      {
        kind: 'moved',
        entity: 'stage',
        id: 'consideration',
        path: 'stages[consideration]',
        before: 1,
        after: 0,
      },
    ]);
  });

  it('reports both ends of a swap of distant stages', () => {
    const after = edited((map) => {
      const [awareness, consideration, purchase, loyalty] = map.stages;
      if (!awareness || !consideration || !purchase || !loyalty) throw new Error('fixture changed');
      map.stages = [loyalty, consideration, purchase, awareness];
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      { kind: 'moved', entity: 'stage', id: 'loyalty', path: 'stages[loyalty]', before: 3, after: 0 },
      { kind: 'moved', entity: 'stage', id: 'awareness', path: 'stages[awareness]', before: 0, after: 3 },
    ]);
  });

  it('reports a lane moved to the top', () => {
    const after = edited((map) => {
      const emotionLane = map.lanes.pop();
      if (!emotionLane) throw new Error('fixture changed');
      map.lanes.unshift(emotionLane);
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      { kind: 'moved', entity: 'lane', id: 'emotion', path: 'lanes[emotion]', before: 2, after: 0 },
    ]);
  });

  it('reports one move, not a lane or stage change, when a card goes to another stage', () => {
    const after = edited((map) => {
      card(map, 'c3').stage = 'purchase';
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      {
        kind: 'moved',
        entity: 'card',
        id: 'c3',
        path: 'cards[c3]',
        before: { lane: 'pains', stage: 'consideration' },
        after: { lane: 'pains', stage: 'purchase' },
      },
    ]);
  });

  it('reports both the edit and the move of a card changed and moved at once', () => {
    const after = edited((map) => {
      Object.assign(card(map, 'c5'), { lane: 'pains', text: 'Не может оставить отзыв' });
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      {
        kind: 'changed',
        entity: 'card',
        id: 'c5',
        path: 'cards[c5].text',
        before: 'Пишет отзыв',
        after: 'Не может оставить отзыв',
      },
      {
        kind: 'moved',
        entity: 'card',
        id: 'c5',
        path: 'cards[c5]',
        before: { lane: 'actions', stage: 'loyalty' },
        after: { lane: 'pains', stage: 'loyalty' },
      },
    ]);
  });

  it('reports a card reordered inside its cell by its index in the cell', () => {
    const sameCell = (map: JourneyMap) => {
      card(map, 'c4').stage = 'consideration';
    };
    const before = edited(sameCell);
    const after = edited((map) => {
      sameCell(map);
      const c4 = card(map, 'c4');
      map.cards = [c4, ...map.cards.filter((c) => c !== c4)];
    });
    expect(diffMaps(before, after)).toEqual([
      { kind: 'moved', entity: 'card', id: 'c4', path: 'cards[c4]', before: 1, after: 0 },
    ]);
  });

  it('ignores the order of cards of different cells', () => {
    const after = edited((map) => map.cards.reverse());
    expect(diffMaps(annaMap(), after)).toEqual([]);
  });

  it('ignores the order of touchpoints, opportunities and kpis', () => {
    const before = withOneOfEach();
    const after = withOneOfEach();
    after.touchpoints.reverse();
    after.opportunities.reverse();
    after.kpis.reverse();
    expect(diffMaps(before, after)).toEqual([]);
  });

  it('reports an added persona', () => {
    const after = edited((map) => map.personas.push('boris'));
    expect(diffMaps(annaMap(), after)).toEqual([
      { kind: 'added', entity: 'persona', id: 'boris', path: 'personas[boris]', after: 'boris' },
    ]);
  });

  it('reports a changed map title and an optional map field that appeared', () => {
    const after = edited((map) => {
      map.title = 'Покупка ноутбука';
      map.description = 'Онлайн-магазин';
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      {
        kind: 'changed',
        entity: 'map',
        id: 'map-anna-laptop',
        path: 'title',
        before: 'Покупка ноутбука онлайн',
        after: 'Покупка ноутбука',
      },
      {
        kind: 'changed',
        entity: 'map',
        id: 'map-anna-laptop',
        path: 'description',
        before: undefined,
        after: 'Онлайн-магазин',
      },
    ]);
  });

  it('reports a changed KPI target', () => {
    const after = edited((map) => {
      map.kpis[0] = {
        id: 'k1',
        name: 'Конверсия в покупку',
        stage: 'purchase',
        metric: 'conversion',
        target: 0.07,
      };
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      { kind: 'changed', entity: 'kpi', id: 'k1', path: 'kpis[k1].target', before: 0.05, after: 0.07 },
    ]);
  });

  it('compares arrays and objects deeply, one entry per field', () => {
    const after = edited((map) => {
      card(map, 'c3').sources = [{ title: 'Опрос CSAT, сентябрь', kind: 'qualitative' }];
      const site = map.touchpoints[1];
      if (!site) throw new Error('fixture changed');
      site.match = { event: 'page_view', url: '/catalog/*' };
      const tpAd = map.touchpoints[0];
      if (!tpAd) throw new Error('fixture changed');
      tpAd.match = { event: ['ad_click', 'ad_view'] };
      const o1 = map.opportunities[0];
      if (!o1) throw new Error('fixture changed');
      Object.assign(o1, { pains: ['c3', 'c2'], status: 'in-progress' });
    });
    expect(diffMaps(annaMap(), after)).toEqual([
      {
        kind: 'changed',
        entity: 'card',
        id: 'c3',
        path: 'cards[c3].sources',
        before: [{ title: 'Опрос CSAT, сентябрь' }],
        after: [{ title: 'Опрос CSAT, сентябрь', kind: 'qualitative' }],
      },
      {
        kind: 'changed',
        entity: 'touchpoint',
        id: 'tp-ad',
        path: 'touchpoints[tp-ad].match',
        before: { event: 'ad_click' },
        after: { event: ['ad_click', 'ad_view'] },
      },
      {
        kind: 'changed',
        entity: 'opportunity',
        id: 'o1',
        path: 'opportunities[o1].pains',
        before: ['c3'],
        after: ['c3', 'c2'],
      },
      {
        kind: 'changed',
        entity: 'opportunity',
        id: 'o1',
        path: 'opportunities[o1].status',
        before: 'planned',
        after: 'in-progress',
      },
    ]);
  });

  it('identifies an emotion of the whole map by its stage', () => {
    const before = edited((map) => map.emotions.push({ stage: 'awareness', score: 0 }));
    const after = edited((map) => map.emotions.push({ stage: 'awareness', score: 1, note: 'Интерес' }));
    expect(diffMaps(before, after)).toEqual([
      {
        kind: 'changed',
        entity: 'emotion',
        id: 'awareness',
        path: 'emotions[awareness].score',
        before: 0,
        after: 1,
      },
      {
        kind: 'changed',
        entity: 'emotion',
        id: 'awareness',
        path: 'emotions[awareness].note',
        before: undefined,
        after: 'Интерес',
      },
    ]);
  });

  it('returns changes that parse with the MapDiff schema and do not alias the maps', () => {
    const before = annaMap();
    const after = withOneOfEach();
    card(after, 'c3').stage = 'purchase';
    after.title = 'Новое название';
    const changes = diffMaps(before, after);
    expect(MapDiff.parse({ changes })).toEqual({ changes });
    card(after, 'c6').text = 'Изменено';
    expect(changes.find((c) => c.id === 'c6')?.after).toEqual(c6);
  });
});
