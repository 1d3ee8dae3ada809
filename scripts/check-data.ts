// Validates everything in data/ and exits non-zero naming each bad file and feature.
// Run by `npm run data:check`, which `npm run dev`, `npm run build` and `npm test` call first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataDir } from '../src/content/read-node';
import { formatIssue } from '../src/content/types';
import { validateAtlas } from '../src/content/validate-atlas';
import { type CheckedCollection, checkProvenance, provenanceApplies } from './lib/check-provenance';
import { loadProvenance } from './lib/inputs';

// The folder the build reads (vite.config.ts): ATLAS_DATA, else data/.
const dir = process.argv[2] ?? process.env.ATLAS_DATA ?? 'data';
const read = readDataDir(dir);
const { atlas, issues } = validateAtlas(read);
// A pack without data/sources/positions (a fictional test pack) is exempt from the provenance rules.
if (atlas && provenanceApplies(dir)) {
  const manifest = atlas.manifest;
  const files = new Map<string, CheckedCollection>();
  for (const file of new Set([...manifest.context.map((c) => c.file), ...manifest.layers.map((l) => l.file)]))
    files.set(file, read(file) as CheckedCollection);
  const flows = manifest.flows ? JSON.parse(readFileSync(join(dir, manifest.flows), 'utf8')) : undefined;
  issues.push(
    ...checkProvenance(
      loadProvenance(dir),
      files,
      flows && manifest.flows ? { file: manifest.flows, items: flows.destinations } : undefined,
    ),
  );
}
if (issues.length) {
  console.error(`Content check failed: ${issues.length} problem(s) in ${dir}/`);
  for (const issue of issues) console.error(`  ${dir}/${formatIssue(issue)}`);
  process.exit(1);
}
console.log(
  `Content check passed: ${atlas?.features.size} features, ${atlas?.manifest.layers.length} layers.`,
);
