import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash, type UrlState } from '../../src/state/url-codec';
import { DEFAULTS, VOCAB } from './fixtures/url-state';

describe('URL codec', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeHash(DEFAULTS, DEFAULTS)).toBe('');
  });

  it('round-trips every key', () => {
    const state: UrlState = {
      lang: 'en',
      measure: 'm4',
      layers: ['ports', 'metro-lines'],
      opacity: { ports: 0.5 },
      selection: 'belt-a',
      camera: { center: [114.12345, 22.54321], zoom: 13.25, bearing: 20, pitch: 40 },
      basemap: 'osm',
      dim: false,
      mode: 'near',
      catchment: { feature: 'belt-a', radius: 800 },
      here: [114.1, 22.55],
      near: { pin: [114.11, 22.54], radius: 1000, categories: ['health'], statuses: ['planned'] },
      step: 'm4',
      view3d: true,
      flows: true,
    };
    const hash = encodeHash(state, DEFAULTS);
    expect(hash).toBe(
      '#lang=en&m=m4&l=ports,metro-lines&o=ports:0.5&sel=belt-a&c=114.12345,22.54321,13.25,20,40&b=osm&dim=0' +
        '&mode=near&ca=belt-a:800&h=114.1,22.55&pin=114.11,22.54&r=1000&cat=health&st=planned&s=m4&v=3d&fl=1',
    );
    expect(decodeHash(hash, VOCAB, DEFAULTS)).toEqual(state);
  });

  it('opens the feature of a catchment linked alone, and drops a catchment of another feature', () => {
    const alone = decodeHash('#ca=belt-a:800', VOCAB, DEFAULTS);
    expect(alone.selection).toBe('belt-a');
    expect(alone.catchment).toEqual({ feature: 'belt-a', radius: 800 });
    const other = decodeHash('#sel=port-luohu&ca=belt-a:800', VOCAB, DEFAULTS);
    expect(other.selection).toBe('port-luohu');
    expect(other.catchment).toBeNull();
  });

  it('keeps "no layers" distinct from "default layers"', () => {
    const hash = encodeHash({ ...DEFAULTS, layers: [] }, DEFAULTS);
    expect(hash).toBe('#l=-');
    expect(decodeHash(hash, VOCAB, DEFAULTS).layers).toEqual([]);
  });

  it('keeps layers in manifest order whatever the URL order', () => {
    expect(decodeHash('#l=metro-lines,layout', VOCAB, DEFAULTS).layers).toEqual(['layout', 'metro-lines']);
  });

  it.each([
    ['unknown keys', '#foo=bar&zzz'],
    ['unknown ids', '#m=m99&l=nope&sel=ghost&b=google&lang=fr&s=m99&mode=fly&ca=ghost:500&cat=spa&st=done'],
    ['out-of-range radii and pins', '#r=50&pin=500,99&h=1,2,3&ca=belt-a:0'],
    ['huge numbers', '#c=1e308,1e308,1e308&o=layout:1e9'],
    ['not numbers', '#c=a,b,c&o=layout:x'],
    ['script text', '#sel=<script>alert(1)</script>&m=%3Cimg%20src=x%3E'],
    ['broken escapes', '#m=%E0%A4%A&l=%'],
    ['an empty hash', '#'],
  ])('falls back to the defaults on %s', (_, hash) => {
    expect(decodeHash(hash, VOCAB, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('keeps the valid parts of a partly broken hash', () => {
    const state = decodeHash('#m=m3&c=114,22.5&sel=belt-a&o=ports:2,layout:0.3', VOCAB, DEFAULTS);
    expect(state.measure).toBe('m3');
    expect(state.camera).toBeNull();
    expect(state.selection).toBe('belt-a');
    expect(state.opacity).toEqual({ layout: 0.3 });
  });

  it('rejects out-of-range cameras', () => {
    expect(decodeHash('#c=200,22,12', VOCAB, DEFAULTS).camera).toBeNull();
    expect(decodeHash('#c=114,22,30', VOCAB, DEFAULTS).camera).toBeNull();
    expect(decodeHash('#c=114,22,12,0,120', VOCAB, DEFAULTS).camera).toBeNull();
    expect(decodeHash('#c=114,22.5,12', VOCAB, DEFAULTS).camera).toEqual({
      center: [114, 22.5],
      zoom: 12,
      bearing: 0,
      pitch: 0,
    });
  });
});

describe('custom basemap from ?style=', () => {
  it('accepts an https style URL and refuses anything else', async () => {
    const { customBasemap } = await import('../../src/content/load');
    expect(customBasemap('https://example.org/style.json')).toMatchObject({ id: 'custom', type: 'style' });
    expect(customBasemap('http://example.org/style.json')).toBeNull();
    expect(customBasemap('javascript:alert(1)')).toBeNull();
    expect(customBasemap('not a url')).toBeNull();
    expect(customBasemap(null)).toBeNull();
  });

  it('turns an https PMTiles archive into a raster basemap read through the pmtiles protocol', async () => {
    const { pmtilesBasemap } = await import('../../src/content/load');
    expect(pmtilesBasemap('https://example.org/luohu.pmtiles')).toMatchObject({
      type: 'raster',
      tiles: ['pmtiles://https://example.org/luohu.pmtiles/{z}/{x}/{y}'],
    });
    expect(pmtilesBasemap('file:///etc/passwd')).toBeNull();
  });
});
