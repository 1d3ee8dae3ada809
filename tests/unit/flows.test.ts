import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load';
import { formatIssue } from '../../src/content/types';
import { validateFlows } from '../../src/content/validate-flows';
import { deckView, deckViewChanged, flowGeometry } from '../../src/state/deck-view';
import type { AtlasState } from '../../src/state/store';
import { readCollection, readJson } from './data';

const FILE = 'flows.json';
const ORIGIN = 'port-a';

function flows() {
  return {
    note: { zh: '线路，不是流量。', en: 'Routes, not volumes.' },
    destinations: [
      {
        id: 'city-x',
        name_zh: '甲市',
        name_en: 'X',
        coordinates: [113.26, 23.13],
        source: 's',
        accuracy: 'approximate',
      },
      {
        id: 'city-y',
        name_zh: '乙市',
        name_en: 'Y',
        coordinates: [112.47, 23.05],
        source: 's',
        accuracy: 'approximate',
      },
    ],
    links: [
      {
        id: 'a-x',
        origin: ORIGIN,
        destination: 'city-x',
        mode: 'rail',
        route_zh: '铁路',
        route_en: 'Rail',
        source: 's',
      },
      {
        id: 'a-y',
        origin: ORIGIN,
        destination: 'city-y',
        mode: 'rail',
        via: ['city-x'],
        route_zh: '经甲市',
        route_en: 'Via X',
        source: 's',
      },
    ],
  };
}

const issuesOf = (raw: unknown) => validateFlows(raw, FILE, (id) => id === ORIGIN).issues.map(formatIssue);

describe('Bay Area links file', () => {
  it('accepts destinations outside any atlas extent', () => {
    expect(issuesOf(flows())).toEqual([]);
  });

  it('accepts the real file, whose origins are features of data/', () => {
    const ids = new Set(
      ['ports'].flatMap((l) => readCollection(`data/layers/${l}.geojson`).features.map((f) => String(f.id))),
    );
    const raw = readJson('data/flows.json');
    expect(validateFlows(raw, FILE, (id) => ids.has(id)).issues).toEqual([]);
  });

  it('names an origin that is not an atlas feature, and a coordinate out of range', () => {
    const raw = flows();
    (raw.links[0] as { origin: string }).origin = 'port-missing';
    (raw.destinations[1] as { coordinates: number[] }).coordinates = [213, 23];
    expect(issuesOf(raw)).toEqual([
      'flows.json [city-y]: coordinates must be [longitude, latitude] in range',
      'flows.json [a-x]: origin "port-missing" is not a feature of the atlas',
    ]);
  });

  it('names an unknown mode, a stop that is not a destination, and a missing note', () => {
    const raw: Record<string, unknown> & ReturnType<typeof flows> = flows();
    (raw.links[1] as { mode: string }).mode = 'ferry';
    (raw.links[1] as { via: string[] }).via = ['city-z'];
    delete (raw as { note?: unknown }).note;
    expect(issuesOf(raw)).toEqual([
      'flows.json: "note" must be { zh, en }: say the arcs are routes, not volumes',
      'flows.json [a-y]: mode must be one of rail, road',
      'flows.json [a-y]: "via" must list destinations of this file',
    ]);
  });
});

describe('deck view', () => {
  const point = { type: 'Point', coordinates: [114.11, 22.53] };
  const zone = {
    id: 'zone-1',
    type: 'Feature',
    properties: { kind: 'zone', name_zh: '区', name_en: 'Zone', measures: [3], color: '#009e73' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [114, 22.5],
          [114.1, 22.5],
          [114.1, 22.6],
          [114, 22.5],
        ],
      ],
    },
  };
  const axis = { ...zone, id: 'axis-1', properties: { ...zone.properties, kind: 'corridor-axis' } };
  const content = {
    flows: flows(),
    features: new Map([[ORIGIN, { feature: { id: ORIGIN, geometry: point, properties: {} } }]]),
    layers: [{ def: { id: 'layout', measures: [3] }, data: { features: [zone, axis] } }],
    // What extrudes comes from the manifest's kinds: a kind without `extrude` stays flat.
    manifest: {
      kinds: {
        zone: { label: { zh: '区', en: 'Zone' }, extrude: 240 },
        'corridor-axis': { label: { zh: '轴', en: 'Axis' } },
      },
    },
    text: { sections: [] },
    story: { steps: [] },
  } as unknown as Content;
  const state = {
    lang: 'zh',
    layers: ['layout'],
    opacity: {},
    measure: null,
    dim: true,
    hover: [],
    selection: 'zone-1',
    step: null,
    view3d: true,
    flows: false,
  } as unknown as AtlasState;

  it('extrudes the layout kinds of visible layers only, and emphasises the selection', () => {
    const view = deckView(state, content);
    expect(view.layoutFeatures.map((f) => f.id)).toEqual(['zone-1']);
    expect(view.extrusion).toEqual({ zone: 240 });
    expect(view.highlight).toEqual(['zone-1']);
    expect(deckView({ ...state, layers: [] }, content).layoutFeatures).toEqual([]);
  });

  it('resolves each link to its origin point and marks changes as onward', () => {
    expect(flowGeometry(content).arcs).toEqual([
      { id: 'a-x', from: [114.11, 22.53], to: [113.26, 23.13], mode: 'rail', onward: false },
      { id: 'a-y', from: [114.11, 22.53], to: [112.47, 23.05], mode: 'rail', onward: true },
    ]);
  });

  it('is not rebuilt by camera moves', () => {
    expect(deckViewChanged({ ...state, camera: { center: [0, 0], zoom: 3 } }, state)).toBe(false);
    expect(deckViewChanged({ ...state, flows: true }, state)).toBe(true);
  });
});
