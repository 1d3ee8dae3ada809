import { describe, expect, it } from 'vitest';
import { tp } from '../../src/i18n/planner-tools';
import { fill, formatCount } from '../../src/i18n/translate';

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

  it("writes large counts with the language's grouping, and leaves other placeholders as given", () => {
    expect(
      fill('en', '{n, plural, one {# point} other {# points}} in {where}', { n: 99_900, where: 'Luohu' }),
    ).toBe('99,900 points in Luohu');
    expect(fill('zh', '{n, plural, other {# 个}}', { n: 1_000_000 })).toBe('1,000,000 个');
    expect(formatCount(12345, 'en')).toBe('12,345');
    // A year or an id passed as a placeholder is not a count.
    expect(fill('en', 'since {year}', { year: 2020 })).toBe('since 2020');
  });
});
