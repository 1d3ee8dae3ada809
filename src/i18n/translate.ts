import type { Lang } from '../content/types';

/** A table of UI strings: Chinese defines the keys, English must give every one of them. */
export type StringTable<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

/** Makes a translate function over a table; `{name}` placeholders are filled from `vars`. */
export function translator<K extends string>(table: StringTable<K>) {
  return (lang: Lang, key: K, vars: Record<string, string | number> = {}): string =>
    table[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
