import { describe, expect, it } from 'vitest';
import type { BindingMap } from '../binding/bound-events.ts';
import { analyzeSentiment } from '../text/sentiment.ts';
import { aspectTouchpoints, touchpointOpinions } from './aspect-placement.ts';

const tp = (id: string, name: string, stage: string) => ({
  id,
  name,
  channel: 'website',
  kind: 'online' as const,
  source: 'quantitative' as const,
  stage,
});

/** A delivery map: the parcel's delivery and the courier in one stage, support in another. */
const MAP: BindingMap = {
  stages: [
    { id: 'receive', name: 'Получение' },
    { id: 'help', name: 'Помощь' },
  ],
  touchpoints: [
    tp('tp-review', 'Отзыв после заказа', 'receive'),
    tp('tp-delivery', 'Доставка', 'receive'),
    tp('tp-courier', 'Курьер', 'receive'),
    tp('tp-support', 'Служба поддержки', 'help'),
  ],
};

const row = (text: string, touchpoint: string | null, n = 1) => ({
  stage: touchpoint === null ? null : 'receive',
  touchpoint,
  text,
  n,
});

describe('aspectTouchpoints', () => {
  it('reads the aspects of each touchpoint from its name and id', () => {
    const places = aspectTouchpoints({
      stages: [{ id: 's', name: 'S' }],
      touchpoints: [
        tp('tp-courier-delivery', 'Курьерская доставка', 's'),
        tp('mobile-app', 'Приложение', 's'),
        tp('tp-help', 'Служба поддержки', 's'),
      ],
    });
    expect(places.get('delivery')?.map((p) => p.id)).toEqual(['tp-courier-delivery']);
    expect(places.get('courier')?.map((p) => p.id)).toEqual(['tp-courier-delivery']);
    expect(places.get('app')?.map((p) => p.id)).toEqual(['mobile-app']);
    expect(places.get('support')).toEqual([{ id: 'tp-help', stage: 's' }]);
    expect(places.has('payment')).toBe(false);
  });
});

describe('touchpointOpinions', () => {
  it('gives each touchpoint a text speaks of its own part and sentiment', () => {
    const opinions = touchpointOpinions([row('Доставка быстрая, но курьер грубил', 'tp-review', 2)], MAP);
    expect(opinions.map((o) => [o.touchpoint, o.stage, o.n])).toEqual([
      ['tp-review', 'receive', 2],
      ['tp-delivery', 'receive', 2],
      ['tp-courier', 'receive', 2],
    ]);
    const [whole, delivery, courier] = opinions;
    expect(whole?.text).toBe('Доставка быстрая, но курьер грубил');
    expect(analyzeSentiment(delivery?.text ?? '').label).toBe('positive');
    expect(analyzeSentiment(courier?.text ?? '').label).toBe('negative');
    expect(courier?.source).toBe('Доставка быстрая, но курьер грубил');
  });

  it('does not count the whole text again where its event was placed on a named touchpoint', () => {
    const opinions = touchpointOpinions(
      [row('Курьер опоздал, поддержка ответила быстро', 'tp-courier')],
      MAP,
    );
    expect(opinions.map((o) => o.touchpoint)).toEqual(['tp-courier', 'tp-support']);
    expect(opinions.map((o) => analyzeSentiment(o.text).label)).toEqual(['negative', 'positive']);
  });

  it('places an unplaced text on the touchpoints it speaks of, and leaves other texts whole', () => {
    const opinions = touchpointOpinions(
      [
        row('Delivery was fast, but the courier was rude', null),
        row('Курьер вежливый, спасибо', 'tp-review'),
        row('Всё отлично', null),
      ],
      MAP,
    );
    expect(opinions.map((o) => [o.touchpoint, o.text])).toEqual([
      ['tp-delivery', 'Delivery was fast'],
      ['tp-courier', 'but the courier was rude'],
      ['tp-review', 'Курьер вежливый, спасибо'],
    ]);
  });

  it('leaves an aspect undecided when several touchpoints elsewhere on the map speak of it', () => {
    // "Delivery options" (choosing) and "Courier delivery" both speak of delivery: a text
    // placed at the courier's touchpoint keeps it there, whole.
    const map: BindingMap = {
      stages: [
        { id: 'buy', name: 'Buy' },
        { id: 'get', name: 'Get' },
      ],
      touchpoints: [
        tp('tp-options', 'Delivery options', 'buy'),
        tp('tp-courier-delivery', 'Courier delivery', 'get'),
      ],
    };
    const text = 'Delivery was late and the courier was rude';
    const at = { stage: 'get', touchpoint: 'tp-courier-delivery', text, n: 1 };
    expect(touchpointOpinions([at], map).map((o) => [o.touchpoint, o.text])).toEqual([
      ['tp-courier-delivery', text],
    ]);
  });

  it('keeps texts whole without a map, or when the map has one aspect touchpoint', () => {
    const text = 'Доставка быстрая, но курьер грубил';
    expect(touchpointOpinions([row(text, 'tp-x')], undefined)).toEqual([
      { touchpoint: 'tp-x', stage: 'receive', text, n: 1, source: text },
    ]);
    const oneAspect: BindingMap = {
      stages: MAP.stages,
      touchpoints: [tp('tp-courier', 'Курьер', 'receive')],
    };
    expect(touchpointOpinions([row(text, 'tp-courier')], oneAspect).map((o) => o.text)).toEqual([text]);
  });
});

describe('touchpointOpinions on a remark naming two touchpoints at once', () => {
  it('keeps the remark at the touchpoint its text was placed on', () => {
    const text = 'Курьер так и не приехал. На горячей линии доставки никто не отвечает.';
    const opinions = touchpointOpinions([{ stage: 'help', touchpoint: 'tp-support', text, n: 1 }], MAP);
    expect(opinions.map((o) => [o.touchpoint, o.text])).toEqual([
      ['tp-courier', 'Курьер так и не приехал'],
      ['tp-support', 'На горячей линии доставки никто не отвечает'],
    ]);
  });
});

describe('touchpointOpinions in Chinese', () => {
  it('splits a Chinese review between the delivery and the courier touchpoints', () => {
    const map: BindingMap = {
      stages: [{ id: 'get', name: '收货' }],
      touchpoints: [
        tp('tp-review', '评价', 'get'),
        tp('tp-ship', '配送', 'get'),
        tp('tp-rider', '快递员', 'get'),
      ],
    };
    const text = '送货很快，但是快递员态度很差';
    const opinions = touchpointOpinions([{ stage: 'get', touchpoint: 'tp-review', text, n: 1 }], map);
    expect(opinions.map((o) => [o.touchpoint, analyzeSentiment(o.text).label])).toEqual([
      ['tp-review', 'negative'],
      ['tp-ship', 'positive'],
      ['tp-rider', 'negative'],
    ]);
  });
});
