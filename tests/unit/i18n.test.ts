import { describe, expect, it, vi } from 'vitest';
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

  it('makes its number and plural formats on first use, once each, not when the module loads', async () => {
    // The first Intl.NumberFormat loads the locale's number data: tens of milliseconds of a phone's start.
    const made = { NumberFormat: 0, PluralRules: 0 };
    const originals = { NumberFormat: Intl.NumberFormat, PluralRules: Intl.PluralRules };
    for (const name of ['NumberFormat', 'PluralRules'] as const) {
      Object.assign(Intl, {
        [name]: new Proxy(originals[name], {
          construct(target, args) {
            made[name]++;
            return Reflect.construct(target, args);
          },
        }),
      });
    }
    try {
      vi.resetModules();
      const fresh = await import('../../src/i18n/translate');
      expect(made).toEqual({ NumberFormat: 0, PluralRules: 0 });
      expect(fresh.fill('en', '{n, plural, one {# point} other {# points}}', { n: 1200 })).toBe(
        '1,200 points',
      );
      expect(fresh.formatCount(5, 'en')).toBe('5');
      expect(made).toEqual({ NumberFormat: 1, PluralRules: 1 });
    } finally {
      Object.assign(Intl, originals);
    }
  });
});
