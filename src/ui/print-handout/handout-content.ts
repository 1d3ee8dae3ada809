import { citationsOf } from '../../content/citations';
import { type LegendEntry, legendEntries } from '../../content/legend';
import type { Content } from '../../content/load';
import type { Lang, Paragraph, Section, StoryStep } from '../../content/types';
import { categoryNamer } from '../../content/vocabulary';
import { tp } from '../../i18n/presenter';
import { attributionLine } from '../../i18n/strings';

/** Sources listed per page; the rest are counted, so one busy step cannot push the map off the page. */
const MAX_SOURCES = 6;

/** What one handout page says besides its map: drawn from the step and the content, nothing else. */
export interface HandoutText {
  section?: Section;
  paragraphs: Paragraph[];
  legend: { layer: string; entries: LegendEntry[] }[];
  highlighted: string[];
  sources: string[];
}

/** The legend, the measure's text, the highlighted names and the sources of a step's page. */
export function handoutText(content: Content, step: StoryStep, lang: Lang): HandoutText {
  const section = content.text.sections.find((s) => s.id === step.section);
  const layers = content.layers.filter((l) => step.layers.includes(l.def.id));
  const highlighted = step.highlight
    .map((id) => content.features.get(id)?.feature)
    .filter((f) => f !== undefined);
  const name = (p: { name_zh: string; name_en: string }) => (lang === 'zh' ? p.name_zh : p.name_en);
  // Sources of what the step points at: the highlighted features, else the features of its layers.
  const described = highlighted.length ? highlighted : layers.flatMap((l) => l.data.features);
  // One line per document (or free-text source), naming the features that cite it: never the same line twice.
  const bySource = new Map<string, string[]>();
  for (const f of described) {
    const cited = citationsOf(f.properties, content.documents).map((c) =>
      [c.publisher, `“${c.title}”`, c.date].filter(Boolean).join(', '),
    );
    for (const line of cited.length ? cited : f.properties.source ? [f.properties.source] : []) {
      const names = bySource.get(line) ?? [];
      names.push(name(f.properties));
      bySource.set(line, names);
    }
  }
  const featureSources = [...bySource].map(([source, names]) => `${source} (${names.join(', ')})`);
  const rest = featureSources.length - MAX_SOURCES;
  const src = content.text.source;
  return {
    ...(section ? { section } : {}),
    paragraphs: section?.paragraphs ?? [],
    legend: layers.map((l) => ({
      layer: l.def.name[lang],
      entries: legendEntries(l.def, l.data.features, categoryNamer(content.manifest)),
    })),
    highlighted: highlighted.map((f) => name(f.properties)),
    sources: [
      tp(lang, 'textSource', { title: src.title[lang], publisher: src.publisher[lang], date: src.date }),
      attributionLine(content.manifest, src.publisher, lang),
      ...featureSources.slice(0, MAX_SOURCES),
      ...(rest > 0 ? [`… +${rest}`] : []),
    ],
  };
}
