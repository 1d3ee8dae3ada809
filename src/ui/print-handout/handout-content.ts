import { citationsOf } from '../../content/citations';
import type { LegendEntry } from '../../content/legend';
import type { Content } from '../../content/load';
import { mapLegend } from '../../content/map-legend';
import type { TiledIndex } from '../../content/tiled-index';
import type { FeatureProps, Lang, Paragraph, Section, StoryStep } from '../../content/types';
import { tp } from '../../i18n/presenter';
import { attributionLine } from '../../i18n/strings';

/** Titles named per publisher; the rest are counted. */
const MAX_TITLES = 4;
/** Publishers named per page (most cited first); the rest are counted. */
const MAX_PUBLISHERS = 6;

/** What one handout page says besides its map: drawn from the step and the content, nothing else. */
export interface HandoutText {
  section?: Section;
  paragraphs: Paragraph[];
  legend: { layer: string; entries: LegendEntry[] }[];
  highlighted: string[];
  sources: string[];
}

/**
 * The legend of what a step draws, by class (layers with nothing drawn are left out): shared by the
 * handout and the presenter's on-stage legend.
 */
export function stepLegend(
  content: Content,
  step: StoryStep,
  lang: Lang,
): { layer: string; entries: LegendEntry[] }[] {
  return mapLegend(content.layers, step.layers, content.manifest).map((g) => ({
    layer: g.layer[lang],
    entries: g.entries,
  }));
}

/** What a feature cites, and the layer that draws it. */
interface Described {
  props: Pick<FeatureProps, 'docs' | 'refs'>;
  layer: string | undefined;
}

/** What a tiled layer's features cite, one entry per distinct set: the build wrote it into the layer's `tiled`. */
function tiledDescribed(tiled: TiledIndex, layer: string): Described[] {
  return tiled.def.tiled.citations.map((props) => ({ props, layer }));
}

/**
 * The sources of what a step shows, written for readers: one line per publisher with the titles of
 * its documents, each once; features no document gives are said to be the atlas's own drawing.
 */
function readerSources(content: Content, described: Described[], lang: Lang): string[] {
  const quote = (title: string) => (lang === 'zh' ? `《${title}》` : `“${title}”`);
  const byPublisher = new Map<string, Set<string>>();
  const drawnLayers = new Set<string>();
  for (const f of described) {
    const cited = citationsOf(f.props as FeatureProps, content.documents);
    for (const c of cited) {
      const titles = byPublisher.get(c.publisher) ?? new Set<string>();
      titles.add(c.title);
      byPublisher.set(c.publisher, titles);
    }
    if (!cited.length) {
      const name = content.layers.find((l) => l.def.id === f.layer)?.def.name[lang];
      if (name) drawnLayers.add(name);
    }
  }
  const sep = lang === 'zh' ? '、' : ', ';
  const ranked = [...byPublisher].sort((a, b) => b[1].size - a[1].size);
  const lines = ranked.slice(0, MAX_PUBLISHERS).map(([publisher, titles]) => {
    const list = [...titles];
    const shown = list.slice(0, MAX_TITLES).map(quote).join(sep);
    const more =
      list.length > MAX_TITLES ? ` ${tp(lang, 'moreTitles', { n: list.length - MAX_TITLES })}` : '';
    return publisher ? `${publisher}${lang === 'zh' ? '：' : ': '}${shown}${more}` : `${shown}${more}`;
  });
  const rest = ranked.slice(MAX_PUBLISHERS).reduce((n, [, titles]) => n + titles.size, 0);
  if (rest) lines.push(tp(lang, 'moreSources', { n: rest }));
  if (drawnLayers.size) lines.push(tp(lang, 'drawnByAtlas', { layers: [...drawnLayers].join(sep) }));
  return lines;
}

/** The legend, the measure's text, the highlighted names and the sources of a step's page. */
export function handoutText(content: Content, step: StoryStep, lang: Lang): HandoutText {
  const section = content.text.sections.find((s) => s.id === step.section);
  const layers = content.layers.filter((l) => step.layers.includes(l.def.id));
  const highlighted = step.highlight
    .map((id) => content.features.get(id)?.feature)
    .filter((f) => f !== undefined);
  const name = (p: { name_zh: string; name_en: string }) => (lang === 'zh' ? p.name_zh : p.name_en);
  // Sources of what the step draws: the highlighted features and the features of its layers.
  const features = [...new Set([...highlighted, ...layers.flatMap((l) => l.data.features)])];
  const described: Described[] = [
    ...features.map((f) => ({ props: f.properties, layer: content.features.get(f.id)?.layer })),
    ...layers.flatMap((l) => (l.tiled ? tiledDescribed(l.tiled, l.def.id) : [])),
  ];
  const src = content.text.source;
  return {
    ...(section ? { section } : {}),
    paragraphs: section?.paragraphs ?? [],
    legend: stepLegend(content, step, lang),
    highlighted: highlighted.map((f) => name(f.properties)),
    sources: [
      tp(lang, 'textSource', { title: src.title[lang], publisher: src.publisher[lang], date: src.date }),
      attributionLine(content.manifest, src.publisher, lang),
      ...readerSources(content, described, lang),
    ],
  };
}
