import { describe, expect, it } from 'vitest';
import { MODES, NEAR_RADIUS } from '../../src/state/store';
import { decodeHash, encodeHash, type UrlState } from '../../src/state/url-codec';
import { randomHashes } from '../support/hash-fuzz';
import { DEFAULTS, VOCAB } from './fixtures/url-state';

const inRange = (n: number, min: number, max: number) => Number.isFinite(n) && n >= min && n <= max;

/** Everything a decoded state may hold: known ids only and finite numbers in range. */
function checkState(s: UrlState): void {
  expect(['zh', 'en']).toContain(s.lang);
  if (s.measure !== null) expect(VOCAB.sections).toContain(s.measure);
  for (const id of s.layers) expect(VOCAB.layers).toContain(id);
  for (const [id, v] of Object.entries(s.opacity)) {
    expect(VOCAB.layers).toContain(id);
    expect(inRange(v, 0, 1)).toBe(true);
  }
  expect(Object.getPrototypeOf(s.opacity)).toBe(Object.prototype);
  if (s.selection !== null) expect(VOCAB.hasFeature(s.selection)).toBe(true);
  if (s.camera) {
    expect(inRange(s.camera.center[0], -180, 180) && inRange(s.camera.center[1], -85, 85)).toBe(true);
    expect(inRange(s.camera.zoom, 0, 22)).toBe(true);
    expect(inRange(s.camera.bearing ?? 0, -360, 360) && inRange(s.camera.pitch ?? 0, 0, 85)).toBe(true);
  }
  expect(VOCAB.basemaps).toContain(s.basemap);
  expect(MODES).toContain(s.mode);
  if (s.catchment) {
    expect(VOCAB.hasFeature(s.catchment.feature)).toBe(true);
    expect(inRange(s.catchment.radius, Number.MIN_VALUE, 5000)).toBe(true);
  }
  for (const p of [s.here, s.near.pin])
    if (p) expect(inRange(p[0], -180, 180) && inRange(p[1], -85, 85)).toBe(true);
  expect(inRange(s.near.radius, NEAR_RADIUS.min, NEAR_RADIUS.max)).toBe(true);
  for (const c of s.near.categories) expect(VOCAB.categories).toContain(c);
  for (const c of s.near.statuses) expect(VOCAB.statuses).toContain(c);
  if (s.step !== null) expect(VOCAB.steps).toContain(s.step);
  expect(typeof s.view3d === 'boolean' && typeof s.flows === 'boolean' && typeof s.dim === 'boolean').toBe(
    true,
  );
}

describe('URL codec under fuzzing', () => {
  const hashes = randomHashes(5000, 3);

  it('never throws and only ever yields known ids and in-range numbers', () => {
    for (const hash of hashes) checkState(decodeHash(hash, VOCAB, DEFAULTS));
  });

  it('reads back what it writes for any decoded state (encode is stable)', () => {
    for (const hash of hashes) {
      const state = decodeHash(hash, VOCAB, DEFAULTS);
      const written = encodeHash(state, DEFAULTS);
      expect(encodeHash(decodeHash(written, VOCAB, DEFAULTS), DEFAULTS)).toBe(written);
    }
  });

  it('keeps the defaults for pure garbage and does not share them with the result', () => {
    const garbage = [
      '#',
      '#%',
      '#<img src=x onerror=alert(1)>',
      `#${'x'.repeat(10_000)}`,
      '#lang=xx&m=m99&l=nope',
    ];
    for (const hash of garbage) expect(decodeHash(hash, VOCAB, DEFAULTS)).toEqual(DEFAULTS);
    const state = decodeHash('#o=ports:0.5&pin=114.1,22.5', VOCAB, DEFAULTS);
    expect(DEFAULTS.opacity).toEqual({});
    expect(DEFAULTS.near.pin).toBeNull();
    expect(state.opacity).toEqual({ ports: 0.5 });
  });

  it('generates hostile input in the first place (the fuzz is not all valid links)', () => {
    const text = hashes.join(' ');
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain('1e400');
    expect(hashes.some((h) => h.length > 5000)).toBe(true);
  });
});
