import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onlineStyle } from '../../src/map/basemap-styles';

// The embedded style as far as the other basemaps use it: its background and the atlas's own layers.
const embedded: StyleSpecification = {
  version: 8,
  sources: { 't-a': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
  layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#dfe9ee' } },
    { id: 't-a-fill', type: 'fill', source: 't-a' },
  ],
};
const name = { zh: '底图', en: 'Basemap' };
const base = new URL('https://atlas.example/data/');

afterEach(() => vi.unstubAllGlobals());

/** The layers of an online style whose server answers `remote`, with the atlas's on top. */
async function onlineLayers(remote: object): Promise<string[]> {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(remote)));
  const def = { id: 's', type: 'style' as const, url: 'https://s.example/style.json', name };
  return (await onlineStyle(def, embedded, undefined, base, 'zh')).layers.map((l) => l.id);
}

// The map's canvas has no alpha channel: a style that draws nothing somewhere shows black there.
describe('basemaps other than the embedded one begin with an opaque background', () => {
  it('raster tiles are drawn over the embedded background, so a tile still loading is not black', async () => {
    const style = await onlineStyle(
      { id: 'r', type: 'raster', tiles: ['https://tiles.example/{z}/{x}/{y}.png'], name },
      embedded,
      undefined,
      base,
      'zh',
    );
    expect(style.layers.map((l) => l.id)).toEqual(['bg', 'raster-0', 't-a-fill']);
  });

  it('an online style without a background gets the embedded one under its layers', async () => {
    const remote = { version: 8, sources: {}, layers: [{ id: 'water', type: 'fill', source: 'x' }] };
    expect(await onlineLayers(remote)).toEqual(['bg', 'water', 't-a-fill']);
  });

  it('an online style with its own background keeps it and gets no second one', async () => {
    const remote = {
      version: 8,
      sources: {},
      layers: [{ id: 'paper', type: 'background', paint: { 'background-color': '#fff' } }],
    };
    expect(await onlineLayers(remote)).toEqual(['paper', 't-a-fill']);
  });
});
