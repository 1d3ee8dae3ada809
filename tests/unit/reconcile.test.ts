import { describe, expect, it } from 'vitest';
import { changedLayers, layerChanges } from '../../src/map/reconcile';
import type { MapView } from '../../src/state/view';

const view = (layers: MapView['layers'], extra: Partial<MapView> = {}): MapView => ({
  lang: 'zh',
  basemap: 'embedded',
  layers,
  highlight: [],
  selection: null,
  ...extra,
});

describe('changedLayers', () => {
  const before = view([
    { id: 'a', visible: true, opacity: 1 },
    { id: 'b', visible: false, opacity: 1 },
    { id: 'c', visible: true, opacity: 0.5 },
  ]);

  it('names the layers whose visibility or opacity changed, and only those', () => {
    const after = view([
      { id: 'a', visible: true, opacity: 1 },
      { id: 'b', visible: true, opacity: 1 },
      { id: 'c', visible: true, opacity: 0.25 },
    ]);
    expect([...changedLayers(before, after)].sort()).toEqual(['b', 'c']);
  });

  it('finds nothing when only the highlight or selection changed (feature-state, not layer properties)', () => {
    const after = view(
      before.layers.map((l) => ({ ...l })),
      { highlight: ['x'], selection: 'y' },
    );
    expect(changedLayers(before, after).size).toBe(0);
  });

  it('counts a layer present on one side only as changed', () => {
    const after = view([
      { id: 'a', visible: true, opacity: 1 },
      { id: 'd', visible: false, opacity: 1 },
    ]);
    expect([...changedLayers(before, after)].sort()).toEqual(['b', 'c', 'd']);
  });
});

describe('layerChanges', () => {
  it('compares with what the map holds, treating unset visibility as visible', () => {
    const held: Record<string, unknown> = { 'l1/paint/fill-opacity': 1, 'l2/paint/fill-opacity': 0.5 };
    const read = (layer: string, kind: string, name: string) => held[`${layer}/${kind}/${name}`];
    const desired = [
      {
        id: 'l1',
        type: 'fill',
        source: 's',
        layout: { visibility: 'visible' },
        paint: { 'fill-opacity': 1 },
      },
      { id: 'l2', type: 'fill', source: 's', layout: { visibility: 'none' }, paint: { 'fill-opacity': 1 } },
      { id: 'gone', type: 'fill', source: 's', paint: { 'fill-opacity': 1 } },
    ] as Parameters<typeof layerChanges>[0];
    expect(layerChanges(desired, read, (id) => id !== 'gone')).toEqual([
      { layer: 'l2', kind: 'layout', name: 'visibility', value: 'none' },
      { layer: 'l2', kind: 'paint', name: 'fill-opacity', value: 1 },
    ]);
  });
});
