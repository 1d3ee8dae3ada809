/**
 * The district's vocabularies and labels, read from the manifest: kinds with their roles and 3D
 * heights, categories, the labels of the text and the map's credits. The engine asks here instead of
 * naming kinds or places itself, so another content pack brings its own words.
 */
import type { Bilingual, KindRole, Lang, Manifest } from './types';

type Vocabulary = Pick<Manifest, 'kinds' | 'categories'>;

// Data grows new values faster than the manifest: show the raw value rather than nothing.
function raw(key: string): Bilingual {
  return { zh: key, en: key };
}

/** The label of a feature kind; the kind itself when the manifest has none. */
export function kindName(manifest: Pick<Manifest, 'kinds'>, kind: string): Bilingual {
  return Object.hasOwn(manifest.kinds, kind) ? (manifest.kinds[kind]?.label ?? raw(kind)) : raw(kind);
}

/** The label of a category value; the value itself when the manifest has none. */
export function categoryName(manifest: Pick<Manifest, 'categories'>, category: string): Bilingual {
  return Object.hasOwn(manifest.categories, category)
    ? (manifest.categories[category] ?? raw(category))
    : raw(category);
}

/**
 * A namer of `colorBy` values for the legend (`legendEntries`), bound to one manifest: values of the
 * `kind` property are named by the kinds, any other by the categories.
 */
export function categoryNamer(manifest: Vocabulary): (value: string, property?: string) => Bilingual {
  return (value, property) =>
    property === 'kind' ? kindName(manifest, value) : categoryName(manifest, value);
}

/** A kind namer for the legend, bound to one manifest. */
export function kindNamer(manifest: Pick<Manifest, 'kinds'>): (kind: string) => Bilingual {
  return (kind) => kindName(manifest, kind);
}

/** The kinds that play a role, in the manifest's order. */
export function kindsWithRole(manifest: Pick<Manifest, 'kinds'>, role: KindRole): string[] {
  return Object.entries(manifest.kinds)
    .filter(([, def]) => def.roles?.includes(role))
    .map(([kind]) => kind);
}

/** Heights in metres of the kinds the 3D view extrudes. */
export function extrusionHeights(manifest: Pick<Manifest, 'kinds'>): Record<string, number> {
  const heights: Record<string, number> = {};
  for (const [kind, def] of Object.entries(manifest.kinds)) if (def.extrude) heights[kind] = def.extrude;
  return heights;
}

/** The name of the first kind with a role, in the reader's case ("metro station" mid-sentence in English). */
export function roleName(manifest: Pick<Manifest, 'kinds'>, role: KindRole, lang: Lang): string | null {
  const kind = kindsWithRole(manifest, role)[0];
  if (kind === undefined) return null;
  const label = kindName(manifest, kind)[lang];
  return lang === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

// What a role is called when the manifest gives it to no kind: the engine's own words for the role.
const ROLE_FALLBACK: Record<KindRole, Bilingual> = {
  station: { zh: '车站', en: 'Stations' },
  port: { zh: '口岸', en: 'Ports' },
  hub: { zh: '枢纽', en: 'Hubs' },
  layout: { zh: '规划分区', en: 'Planned areas' },
  area: { zh: '区域', en: 'Areas' },
  project: { zh: '项目', en: 'Projects' },
};

/** The labels of every kind with a role, joined ("口岸、火车站" / "Border port, railway station"). */
export function roleLabel(manifest: Pick<Manifest, 'kinds'>, role: KindRole, lang: Lang): string {
  const labels = kindsWithRole(manifest, role).map((k) => kindName(manifest, k)[lang]);
  if (!labels.length) return ROLE_FALLBACK[role][lang];
  if (lang === 'zh') return labels.join('、');
  return labels.map((l, i) => (i === 0 ? l : l.charAt(0).toLowerCase() + l.slice(1))).join(', ');
}
