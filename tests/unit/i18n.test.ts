import { describe, expect, it } from 'vitest';
import { tp } from '../../src/i18n/planner-tools';
import { fill } from '../../src/i18n/translate';

describe('UI strings', () => {
  it('agrees counts with their nouns through Intl.PluralRules', () => {
    const text = '{n, plural, one {# point} other {# points}} in {where}';
    expect(fill('en', text, { n: 1, where: 'Luohu' })).toBe('1 point in Luohu');
    expect(fill('en', text, { n: 0, where: 'Luohu' })).toBe('0 points in Luohu');
    expect(fill('en', text, { n: 2, where: 'Luohu' })).toBe('2 points in Luohu');
    expect(fill('en', '{n, plural, =0 {none} one {# left} other {# left}}', { n: 0 })).toBe('none');
    expect(tp('en', 'points', { n: 1 })).toBe('1 point');
    expect(tp('zh', 'points', { n: 1 })).toBe('1 个点');
  });
});
