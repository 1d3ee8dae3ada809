import type { FeatureProps, SourceDocument } from './types';

/** What features cite, one entry per distinct set of `docs` and `refs`, in the order first cited. */
export function distinctCitations(
  features: Iterable<{ properties: Pick<FeatureProps, 'docs' | 'refs'> }>,
): Pick<FeatureProps, 'docs' | 'refs'>[] {
  const seen = new Set<string>();
  const out: Pick<FeatureProps, 'docs' | 'refs'>[] = [];
  for (const { properties: p } of features) {
    const key = JSON.stringify([p.docs ?? null, p.refs ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...(p.docs ? { docs: p.docs } : {}), ...(p.refs ? { refs: p.refs } : {}) });
  }
  return out;
}

/** One cited document as a reader sees it: its title, who published it and where to open it. */
export interface Citation {
  id: string;
  title: string;
  publisher: string;
  date?: string;
  href?: string;
}

/** Where a reader opens a document: its URL, or the file in its repository. */
export function documentHref(doc: SourceDocument): string | undefined {
  if (doc.url) return doc.url;
  if (doc.repo && doc.path) return `https://github.com/${doc.repo}/blob/${doc.commit ?? 'HEAD'}/${doc.path}`;
  return undefined;
}

/** The documents a feature cites, once each, in the order it cites them; unknown ids show as themselves. */
export function citationsOf(props: FeatureProps, documents: Record<string, SourceDocument>): Citation[] {
  const ids = [...new Set([...(props.docs ?? []), ...(props.refs ?? []).map((r) => r.doc)])];
  return ids.map((id) => {
    const doc = Object.hasOwn(documents, id) ? documents[id] : undefined;
    if (!doc) return { id, title: id, publisher: '' };
    const href = documentHref(doc);
    return {
      id,
      title: doc.title,
      publisher: doc.publisher,
      ...(doc.date ? { date: doc.date } : {}),
      ...(href ? { href } : {}),
    };
  });
}
