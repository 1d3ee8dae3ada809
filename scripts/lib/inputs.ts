// Reads the provenance inputs of a data folder from disk and derives the positions: the one place
// the build steps and the data check get them from, so both apply the same rules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DerivedPosition,
  type DocumentRef,
  derivePositions,
  type Issue,
  readDocuments,
  readReferences,
} from './provenance';

/** The files of `dir` ending in `ext`, keyed by their path relative to the data folder. */
export function readFolder(dataDir: string, dir: string, ext: string): Record<string, string> {
  const full = join(dataDir, dir);
  if (!existsSync(full)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(full).sort()) {
    if (name.endsWith(ext)) out[`${dir}/${name}`] = readFileSync(join(full, name), 'utf8');
  }
  return out;
}

export interface Provenance {
  documents: Map<string, DocumentRef>;
  positions: Map<string, DerivedPosition>;
  /** Feature ids that have references, whatever layer they belong to. */
  referenced: Set<string>;
  issues: Issue[];
}

export function loadProvenance(dataDir = 'data'): Provenance {
  const docs = readDocuments(readFolder(dataDir, 'sources/documents', '.json'));
  const refs = readReferences(readFolder(dataDir, 'sources/positions', '.csv'), docs.documents);
  const derived = derivePositions(refs.references, docs.documents);
  return {
    documents: docs.documents,
    positions: derived.positions,
    referenced: new Set(refs.references.map((r) => r.feature)),
    issues: [...docs.issues, ...refs.issues, ...derived.issues],
  };
}

/** The properties a positioned feature carries about where its point comes from. */
export function positionProperties(p: DerivedPosition): Record<string, unknown> {
  return { accuracy: p.accuracy, refs: p.refs, spread_m: p.spread_m, independent: p.independent };
}

/** Fails the build step, naming file and feature of every problem. */
export function failOn(issues: Issue[], step: string): void {
  if (!issues.length) return;
  console.error(`${step}: ${issues.length} problem(s) in data/`);
  for (const i of issues)
    console.error(`  data/${i.file}${i.feature ? ` [${i.feature}]` : ''}: ${i.message}`);
  process.exit(1);
}

/** One feature per line keeps diffs of layer files readable. */
export function featureCollectionText(features: unknown[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
