import type { Lang } from '../content/types';

/** A table of UI strings: Chinese defines the keys, English must give every one of them. */
export type StringTable<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = {
  zh: new Intl.PluralRules('zh-CN'),
  en: new Intl.PluralRules('en'),
};

// `{n, plural, one {# point} other {# points}}`: a plural block whose branches may hold `{name}`
// placeholders and `#` for the number; the branch is chosen by the language's Intl.PluralRules.
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /([\w=]+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

const NUMBERS: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN'),
  en: new Intl.NumberFormat('en'),
};

/** A count as the language writes it: 99,900 rather than 99900. */
export function formatCount(n: number, lang: Lang): string {
  return NUMBERS[lang].format(n);
}

/** Picks the branch of a plural block for `count`: an exact `=n` branch first, then the plural category. */
function pluralBranch(branches: string, count: number, lang: Lang): string {
  const found = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1] as string, m[2] as string]));
  const text =
    found.get(`=${count}`) ?? found.get(PLURAL_RULES[lang].select(count)) ?? found.get('other') ?? '';
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
