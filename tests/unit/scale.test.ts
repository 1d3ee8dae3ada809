/** Map scale: ground resolution, round lengths, and what an on-screen scale bar shows. */
import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../src/analysis/amounts';
import { metresPerPixel, roundLength, screenScaleBar } from '../../src/analysis/scale';

describe('scale bar', () => {
  it('names the longest round length that fits and is drawn exactly as long as it', () => {
    // 10 m a pixel: 1,200 m fit in a 120-pixel bar, 1 km is shown over 100 pixels.
    expect(screenScaleBar(10, 120)).toEqual({ metres: 1000, px: 100 });
    expect(formatDistance(screenScaleBar(10, 120).metres, 'zh')).toBe('1 公里');
    expect(screenScaleBar(3, 120)).toEqual({ metres: 200, px: 67 });
    expect(formatDistance(screenScaleBar(3, 120).metres, 'en')).toBe('200 m');
    expect(screenScaleBar(100, 120)).toEqual({ metres: 10_000, px: 100 });
    expect(screenScaleBar(0, 120)).toEqual({ metres: 0, px: 0 });
  });

  it('keeps its length to the whole pixel, so a small change of latitude leaves it as it is', () => {
    const at = (lat: number) => screenScaleBar(metresPerPixel(13, lat), 120);
    expect(at(22.55)).toEqual(at(22.551));
    expect(Number.isInteger(at(22.55).px)).toBe(true);
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
