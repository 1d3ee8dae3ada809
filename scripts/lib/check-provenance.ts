// The provenance rules of the data check: every drawn point has documents and equals the conversion
// of its references; every reference is for a feature that exists; record layers pass their rules.
// Pure over already-read inputs, so unit tests show each rule failing on a small fixture.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Provenance } from './inputs';
import type { Issue } from './provenance';

export interface CheckedFeature {
  id: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates?: unknown } | null;
}

export interface CheckedCollection {
  features: CheckedFeature[];
}

/**
 * Whether a content pack is under the provenance rules. A pack without a `sources/positions` folder is
 * exempt: it derives no point from documents, so its features carry free-text `source` instead of
 * references (the fictional test pack in tests/fixtures/pack-fictional is one). The schema check in
 * src/content/validate-features.ts still asks every feature for `docs` or a non-empty `source`.
 */
export function provenanceApplies(dataDir: string): boolean {
  return existsSync(join(dataDir, 'sources', 'positions'));
}

/** Positions are compared at the 6 decimals the build writes (about 0.1 m). */
const same = (a: number, b: number) => Math.abs(a - b) < 5e-7;

export function checkProvenance(
  provenance: Provenance,
  files: Map<string, CheckedCollection>,
  destinations: { file: string; items: { id: string; coordinates: unknown }[] } | undefined,
): Issue[] {
  const issues: Issue[] = [...provenance.issues];
  const known = new Set<string>();
  for (const [file, collection] of files) {
    for (const f of collection.features) {
      known.add(f.id);
      if (f.geometry?.type !== 'Point') continue;
      const add = (message: string) => issues.push({ file, feature: f.id, message });
      const derived = provenance.positions.get(f.id);
      if (!derived) {
        if (!provenance.referenced.has(f.id))
          add('is a point with no document: add its references to data/sources/positions/');
        continue;
      }
      const [lon, lat] = (f.geometry.coordinates ?? []) as number[];
      if (!same(lon ?? Number.NaN, derived.point[0]) || !same(lat ?? Number.NaN, derived.point[1]))
        add(
          `point (${lon}, ${lat}) differs from the conversion of its references (${derived.point.join(', ')}): run npm run data:build`,
        );
      if (f.properties.accuracy !== derived.accuracy)
        add(
          `accuracy "${String(f.properties.accuracy)}" differs from the "${derived.accuracy}" its references give`,
        );
    }
  }
  for (const d of destinations?.items ?? []) {
    known.add(d.id);
    const derived = provenance.positions.get(d.id);
    const [lon, lat] = (Array.isArray(d.coordinates) ? d.coordinates : []) as number[];
    if (!derived)
      issues.push({ file: destinations?.file ?? '', feature: d.id, message: 'is a point with no document' });
    else if (!same(lon ?? Number.NaN, derived.point[0]) || !same(lat ?? Number.NaN, derived.point[1]))
      issues.push({
        file: destinations?.file ?? '',
        feature: d.id,
        message: 'differs from the conversion of its references: run npm run data:build',
      });
  }
  for (const id of provenance.referenced) {
    if (!known.has(id))
      issues.push({
        file: 'sources/positions',
        feature: id,
        message: 'has references but no feature of that id exists',
      });
  }
  return issues;
}
