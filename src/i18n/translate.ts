import type { Lang } from '../content/types';

/** A table of UI strings: Chinese defines the keys, English must give every one of them. */
export type StringTable<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

// Made on first use, not when the module loads: the first Intl.NumberFormat of a page loads the
// locale's number data, which took 56-85 ms of a phone's start at 4x CPU (measured in Chromium) inside
// the app's module evaluation, whether or not the first view writes a number.
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
const numbers: Partial<Record<Lang, Intl.NumberFormat>> = {};

// `{n, plural, one {# point} other {# points}}`: a plural block whose branches may hold `{name}`
// placeholders and `#` for the number; the branch is chosen by the language's Intl.PluralRules.
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /([\w=]+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/** A count as the language writes it: 99,900 rather than 99900. */
export function formatCount(n: number, lang: Lang): string {
  numbers[lang] ??= new Intl.NumberFormat(LOCALES[lang]);
  return numbers[lang].format(n);
}

function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  pluralRules[lang] ??= new Intl.PluralRules(LOCALES[lang]);
  return pluralRules[lang].select(count);
}

/** Picks the branch of a plural block for `count`: an exact `=n` branch first, then the plural category. */
function pluralBranch(branches: string, count: number, lang: Lang): string {
  const found = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1] as string, m[2] as string]));
  const text = found.get(`=${count}`) ?? found.get(pluralCategory(count, lang)) ?? found.get('other') ?? '';
  return text.replace(/#/g, formatCount(count, lang));
}

/** Fills a UI string: plural blocks first (`{n, plural, one {…} other {…}}`), then `{name}` placeholders. */
export function fill(lang: Lang, text: string, vars: Record<string, string | number> = {}): string {
  return text
    .replace(PLURAL, (_, name: string, branches: string) => pluralBranch(branches, Number(vars[name]), lang))
    .replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * Makes a translate function over a table; `{name}` placeholders are filled from `vars`, and counts
 * agree with their nouns through `{n, plural, one {# point} other {# points}}` (Intl.PluralRules).
 */
export function translator<K extends string>(table: StringTable<K>) {
  return (lang: Lang, key: K, vars: Record<string, string | number> = {}): string =>
    fill(lang, table[lang][key], vars);
}
