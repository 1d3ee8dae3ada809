import { describe, expect, it } from 'vitest';
import type { LayerDef, Manifest } from '../../src/content/types';
import { USER_MARK_COLOR } from '../../src/map/style';
import {
  closestPair,
  deltaE2000,
  hexToRgb,
  rgbToLab,
  seenDifference,
  simulate,
  VISIONS,
} from './colour-vision';
import { readCollection, readJson } from './data';

const manifest = readJson<Manifest>('data/atlas.json');

/**
 * The least CIEDE2000 difference between classes that share a layer, for normal vision and simulated
 * protanopia and deuteranopia. About 10 is a clearly different colour at a glance; below ~3 two
 * swatches read as one.
 */
const MIN_DELTA_E = 9;

/** The classes of a layer with their colours: `colorBy` values, or distinct per-feature colours. */
function classColours(def: LayerDef): Record<string, string> {
  if (def.style.colorBy) return { ...def.style.colorBy.values };
  const key = def.style.colorProperty;
  if (!key) return { [def.id]: def.style.color };
  const out: Record<string, string> = {};
  for (const f of readCollection(`data/${def.file}`).features) {
    const c = f.properties?.[key];
    if (typeof c === 'string') out[c.toLowerCase()] = c.toLowerCase();
  }
  return out;
}

describe('colour science helpers', () => {
  it('match published values: CIEDE2000 pairs of Sharma et al. (2005)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 3);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 3);
  });

  it('simulate red and green alike under deuteranopia, unlike in normal vision', () => {
    const red = '#d62728';
    const green = '#6b8e23';
    expect(seenDifference(red, green, 'normal')).toBeGreaterThan(30);
    expect(seenDifference(red, green, 'deuteranopia')).toBeLessThan(15);
    // Grey stays grey: the matrices keep white and black.
    const white = simulate(hexToRgb('#ffffff'), 'protanopia');
    expect(rgbToLab(white)[0]).toBeGreaterThan(99);
  });
});

describe('the palette (data/atlas.json)', () => {
  for (const def of manifest.layers) {
    const colours = classColours(def);
    if (Object.keys(colours).length < 2) continue;
    it(`${def.id}: its classes differ by ΔE2000 ≥ ${MIN_DELTA_E} in normal, protan and deutan vision`, () => {
      const worst = closestPair(colours);
      expect(worst.d, `${worst.a} vs ${worst.b} (${worst.vision})`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
  }

  it('gives a category one colour in every layer, so points of two layers read alike', () => {
    const seen = new Map<string, string>();
    for (const def of manifest.layers)
      for (const [key, colour] of Object.entries(def.style.colorBy?.values ?? {})) {
        if (def.style.colorBy?.property !== 'category') continue;
        expect(seen.get(key) ?? colour, `${def.id}: ${key}`).toBe(colour);
        seen.set(key, colour);
      }
  });

  it('keeps the point symbols of all layers apart (ports, landmarks and projects show together)', () => {
    const points: Record<string, string> = {};
    for (const def of manifest.layers) {
      if (def.style.colorBy?.property === 'category') Object.assign(points, def.style.colorBy.values);
      else if (def.style.circleRadius && def.style.color !== '#ffffff')
        points[`layer:${def.id}`] = def.style.color;
    }
    // A layer may share its category's colour (ports are the "port" category, offices "public-admin").
    const distinct = Object.fromEntries(
      [...new Map(Object.entries(points).map(([k, c]) => [c.toLowerCase(), k] as const))].map(([c, k]) => [
        k,
        c,
      ]),
    );
    expect(Object.keys(distinct).length).toBeGreaterThanOrEqual(15);
    const worst = closestPair(distinct);
    expect(worst.d, `${worst.a} vs ${worst.b} (${worst.vision})`).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('leaves the user-mark colour to the user: no data class comes close, in any vision', () => {
    const all = manifest.layers.flatMap((def) => Object.values(classColours(def)));
    for (const colour of all)
      for (const vision of VISIONS)
        expect(
          seenDifference(USER_MARK_COLOR, colour, vision),
          `${colour} (${vision})`,
        ).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});
