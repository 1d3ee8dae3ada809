import { describe, expect, it } from 'vitest';
import { frameRatio } from '../bench/stats';

describe('the bench compares frame times in display refreshes', () => {
  it('timer jitter of a fraction of a millisecond does not change a ratio of whole refreshes', () => {
    expect(frameRatio(200.1, 166.7)).toBe(1.2);
    expect(frameRatio(166.6, 150.1)).toBeCloseTo(10 / 9);
    expect(frameRatio(150.1, 150)).toBe(1);
  });

  it('times that are not whole 60 Hz refreshes are compared as they are', () => {
    expect(frameRatio(105, 95)).toBeCloseTo(105 / 95);
  });
});
