import type { Lang, Link, TextDoc } from './types';

/** A run of paragraph text; `link` is set when the run is a linked term. */
export interface Segment {
  text: string;
  link?: Link;
}

/** A paragraph that mentions a feature (or its layer) through a linked term. */
export interface Mention {
  paragraph: string;
  section: string;
  link: Link;
}

interface Match {
  start: number;
  end: number;
  link: Link;
  order: number;
}

/**
 * Splits a paragraph into plain runs and linked terms. Every occurrence of every link's term in `lang`
 * is found; where terms overlap the longest wins (一半山水一半城 over 山水), ties go to the earlier
 * occurrence, then to the earlier link. Matching is exact and case-sensitive because the terms were
 * written to appear verbatim. Joining the segments' text gives back `text` unchanged.
 */
export function segmentParagraph(text: string, links: Link[], lang: Lang): Segment[] {
  const matches: Match[] = [];
  links.forEach((link, order) => {
    const term = link[lang];
    if (!term) return;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      matches.push({ start: at, end: at + term.length, link, order });
    }
  });
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);

  const taken: Match[] = [];
  for (const m of matches) {
    if (taken.every((t) => m.end <= t.start || m.start >= t.end)) taken.push(m);
  }
  taken.sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  let pos = 0;
  for (const m of taken) {
    if (m.start > pos) segments.push({ text: text.slice(pos, m.start) });
    segments.push({ text: text.slice(m.start, m.end), link: m.link });
    pos = m.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos) });
  return segments;
}

/**
 * Every paragraph whose Chinese text shows a term linked to the feature, or to its layer, in document
 * order, one entry per paragraph. A link to the feature itself is preferred over a link to its layer,
 * so the term the reader is taken to is the most specific one. Terms swallowed by a longer term do not
 * count: the reader would not see them as links.
 */
export function mentionsOf(
  featureId: string,
  layerId: string | undefined,
  links: Link[],
  text: TextDoc,
): Mention[] {
  const direct = (l: Link) => l.features.includes(featureId);
  const viaLayer = (l: Link) => layerId !== undefined && l.layers.includes(layerId);
  const relevant = links.filter((l) => direct(l) || viaLayer(l));
  if (!relevant.length) return [];

  const mentions: Mention[] = [];
  for (const section of text.sections) {
    for (const paragraph of section.paragraphs) {
      // Segment with every link so overlaps resolve exactly as the text panel renders them.
      const shown = segmentParagraph(paragraph.zh, links, 'zh')
        .map((s) => s.link)
        .filter((l): l is Link => l !== undefined && relevant.includes(l));
      const link = shown.find(direct) ?? shown[0];
      if (link) mentions.push({ paragraph: paragraph.id, section: section.id, link });
    }
  }
  return mentions;
}
