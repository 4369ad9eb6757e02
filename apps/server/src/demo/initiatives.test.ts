import type { InitiativeList, VersionedInitiative } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { call, testApp } from '../test-helpers.ts';

describe('demo initiatives', () => {
  it('plants one initiative with the checkout experiment on each example map, valid on its map', async () => {
    const app = await testApp({ demo: 'documents' });
    const { body } = await call<InitiativeList>(app, 'GET', '/api/initiatives?status=testing');
    expect(body.items.map((i) => `${i.id} ${i.mapId} ${i.hasExperiment}`).sort()).toEqual([
      'demo-free-delivery-en example-laptop-en true',
      'demo-free-delivery-ru example-laptop-ru true',
      'demo-free-delivery-zh example-laptop-zh true',
    ]);
    const one = await call<VersionedInitiative>(app, 'GET', '/api/initiatives/demo-free-delivery-zh');
    expect(one.body.initiative.experiment).toMatchObject({
      exposure: 'add_to_cart',
      variantProperty: 'checkout_variant',
      control: 'control',
      goal: 'purchase',
    });
    // Saving it back unchanged passes the server's checks of its map's opportunity, pains and KPIs.
    const saved = await call(app, 'PUT', '/api/initiatives/demo-free-delivery-zh', one.body);
    expect(saved.status).toBe(200);
  });
});
