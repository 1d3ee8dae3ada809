/** Map scale: ground resolution, round lengths, and what the live scale bar shows. */
import { describe, expect, it } from 'vitest';
import { metresPerPixel, roundLength } from '../../src/analysis/scale';
import { scaleBarView } from '../../src/map/scale-bar';

const zh = { meters: '米', kilometers: '公里' };

describe('scale bar', () => {
  it('names the longest round length that fits and is drawn exactly as long as it', () => {
    // 10 m a pixel: 1,200 m fit in the bar's 120 pixels, 1 km is shown over 100 pixels.
    expect(scaleBarView(10, zh)).toEqual({ width: 100, text: '1\u00a0公里' });
    expect(scaleBarView(3, { meters: 'm', kilometers: 'km' })).toEqual({ width: 67, text: '200\u00a0m' });
    expect(scaleBarView(100, zh)).toEqual({ width: 100, text: '10\u00a0公里' });
  });

  it('keeps its width to the whole pixel, so a small change of latitude leaves it as it is', () => {
    const at = (lat: number) => scaleBarView(metresPerPixel(13, lat), zh);
    expect(at(22.55)).toEqual(at(22.551));
    expect(Number.isInteger(at(22.55).width)).toBe(true);
  });

  it('works from the web-Mercator ground resolution and round lengths', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(1, 60)).toBeCloseTo(78271.5 / 4, 0);
    expect(roundLength(1234)).toBe(1000);
    expect(roundLength(260)).toBe(200);
    expect(roundLength(0.7)).toBe(0.5);
    expect(roundLength(0)).toBe(0);
  });
});
