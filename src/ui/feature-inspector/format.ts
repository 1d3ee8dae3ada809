import type { Bilingual, FeatureProps, Lang, LayerDef, Manifest, Section } from '../../content/types';
import { categoryName, kindName } from '../../content/vocabulary';
import { ACCURACY_LABELS, CRS_LABELS, STATUS_LABELS, ti } from '../../i18n/feature-inspector';

/** One place in the text that names a feature, as the app computes it. */
export interface Mention {
  /** Paragraph id. */
  paragraph: string;
  /** Id of the section holding the paragraph. */
  section: string;
  /** The term as it appears in the current language. */
  term: string;
}

/** The other language of the atlas. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** BCP 47 tag for a `lang` attribute; `zh-CN` so screen readers pick simplified Chinese voices. */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

// Data grows new values faster than the UI tables: show the raw value rather than nothing.
function lookup(table: Readonly<Record<string, Bilingual>>, key: string, lang: Lang): string {
  return Object.hasOwn(table, key) ? (table[key] as Bilingual)[lang] : key;
}

/** Label of a feature kind from the manifest's vocabulary, or the raw kind when it has none. */
export function kindLabel(manifest: Pick<Manifest, 'kinds'>, kind: string, lang: Lang): string {
  return kindName(manifest, kind)[lang];
}

/** Label of a project status, or the raw status when it has none. */
export function statusLabel(status: string, lang: Lang): string {
  return lookup(STATUS_LABELS, status, lang);
}

/** Label of a category from the manifest, shared with the legend so both name it alike; raw value as fallback. */
export function categoryLabel(manifest: Pick<Manifest, 'categories'>, category: string, lang: Lang): string {
  return categoryName(manifest, category)[lang];
}

/**
 * Label and explanation of an accuracy class; an unknown class shows as itself, unexplained. `area`
 * names what the atlas's areas are called (the manifest's `areas.label`, "subdistrict" by default).
 */
export function accuracyInfo(
  accuracy: string,
  lang: Lang,
  area: Bilingual = { zh: '区域', en: 'area' },
): { label: string; explanation: string } {
  const entry = Object.hasOwn(ACCURACY_LABELS, accuracy) ? ACCURACY_LABELS[accuracy] : undefined;
  const fill = (text: string) =>
    text
      .replace('{Area}', area[lang].charAt(0).toUpperCase() + area[lang].slice(1))
      .replace('{area}', area[lang]);
  return entry
    ? { label: fill(entry.label[lang]), explanation: fill(entry.explanation[lang]) }
    : { label: accuracy, explanation: '' };
}

/** Whether the reader must be told this is our reading: the feature or its whole layer is schematic. */
export function isSchematic(
  props: Pick<FeatureProps, 'accuracy'>,
  layer?: Pick<LayerDef, 'schematic'>,
): boolean {
  return props.accuracy === 'schematic' || layer?.schematic === true;
}

/** Short name of a section: "措施 3 · 产城融合" for measures, "保障 1 · …" for guarantees, else the title. */
export function sectionLabel(section: Pick<Section, 'kind' | 'number' | 'title'>, lang: Lang): string {
  const title = section.title[lang];
  if (section.number === undefined) return title;
  if (section.kind === 'measure') return ti(lang, 'measureChip', { n: section.number, title });
  if (section.kind === 'guarantee') return ti(lang, 'guaranteeChip', { n: section.number, title });
  return title;
}

/** Label of a mention: the section's short name and the quoted term. */
export function mentionLabel(section: string, term: string, lang: Lang): string {
  return ti(lang, 'mention', { section, term });
}

/** The measure sections a feature serves, in the order of its `measures`; numbers without a section drop out. */
export function measureSections(measures: readonly number[], sections: readonly Section[]): Section[] {
  return measures.flatMap((n) => sections.filter((s) => s.kind === 'measure' && s.number === n).slice(0, 1));
}

/**
 * A bilingual property such as `description` in the wanted language, falling back to the other language
 * (with its tag, so it is read with the right voice) when only that one is given.
 */
export function localizedProp(
  props: FeatureProps,
  base: string,
  lang: Lang,
): { text: string; lang: Lang } | undefined {
  for (const l of [lang, otherLang(lang)]) {
    const value = props[`${base}_${l}`];
    if (typeof value === 'string' && value.trim()) return { text: value, lang: l };
  }
  return undefined;
}

/**
 * Button labels for a list of mentions. Two mentions of the same term in one section would read the
 * same, so those get the paragraph's position in its section to tell them apart.
 */
export function mentionLabels(
  mentions: readonly Mention[],
  sections: readonly Section[],
  lang: Lang,
): string[] {
  const base = mentions.map((m) => {
    const section = sections.find((s) => s.id === m.section);
    return mentionLabel(section ? sectionLabel(section, lang) : m.section, m.term, lang);
  });
  return base.map((label, i) => {
    if (base.indexOf(label) === base.lastIndexOf(label)) return label;
    const mention = mentions[i] as Mention;
    const index = sections
      .find((s) => s.id === mention.section)
      ?.paragraphs.findIndex((p) => p.id === mention.paragraph);
    return index === undefined || index < 0 ? label : ti(lang, 'inParagraph', { label, n: index + 1 });
  });
}

/** A feature's name in one language. */
export function featureName(props: Pick<FeatureProps, 'name_zh' | 'name_en'>, lang: Lang): string {
  return lang === 'zh' ? props.name_zh : props.name_en;
}

/**
 * How the position was established, in words a resident understands: how many independent documents
 * give it and how far apart they are; empty for features whose geometry is drawn, not cited.
 */
export function positionSentence(
  props: Pick<FeatureProps, 'refs' | 'spread_m' | 'independent'>,
  lang: Lang,
): string {
  const refs = props.refs ?? [];
  if (!refs.length) return '';
  const independent = props.independent ?? 1;
  const d = props.spread_m ?? 0;
  if (refs.length === 1) return ti(lang, 'posOne');
  if (independent < 2) return ti(lang, 'posSameFamily', { n: refs.length, d });
  return d === 0 ? ti(lang, 'posTwoSame', { n: independent }) : ti(lang, 'posTwo', { n: independent, d });
}

/** What a coordinate system is, for the reader; an unknown one shows as itself. */
export function crsLabel(crs: string, lang: Lang): string {
  return lookup(CRS_LABELS, crs, lang);
}

/** An area in square metres, grouped the reader's way. */
export function squareMetres(m2: number, lang: Lang): string {
  return ti(lang, 'sqm', { n: new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB').format(m2) });
}

const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * A feature's `source` note as a reader sees it: in Chinese only when the note is written in Chinese
 * (the accuracy line and the documents say the rest), and without the repository's file paths, which
 * are for whoever maintains the data. Null when nothing is left to show.
 */
export function readerSource(source: string | undefined, lang: Lang): string | null {
  if (!source) return null;
  // A Chinese term quoted in an English note does not make it Chinese: most of it must be.
  if (lang === 'zh' && (source.match(CJK)?.length ?? 0) < (source.match(LATIN)?.length ?? 0)) return null;
  const text = source
    .replace(/\s*\((?:see )?[\w./-]+\.(?:md|geojson|json|mjs)\)/g, '')
    .replace(/[;,]\s*see [\w./-]+\.(?:md|geojson|json|mjs)/g, '')
    .replace(/\b(?:in |from )?data\/[\w./-]+\.(?:md|geojson|json)/g, (m) =>
      m.startsWith('in ') || m.startsWith('from ')
        ? `${m.split(' ')[0]} the atlas’s source notes`
        : 'the atlas’s source notes',
    )
    .replace(/\b([\w-]+)\.geojson\b/g, (_, name: string) => `the ${name.replace(/-/g, ' ')} layer`)
    .trim();
  return text || null;
}
