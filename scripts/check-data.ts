// Validates everything in data/ and exits non-zero naming each bad file and feature.
// Run by `npm run data:check`, which `npm run dev`, `npm run build` and `npm test` call first.
import { readDataDir } from '../src/content/read-node';
import { formatIssue } from '../src/content/types';
import { validateAtlas } from '../src/content/validate-atlas';

const dir = process.argv[2] ?? 'data';
const { atlas, issues } = validateAtlas(readDataDir(dir));
if (issues.length) {
  console.error(`Content check failed: ${issues.length} problem(s) in ${dir}/`);
  for (const issue of issues) console.error(`  ${dir}/${formatIssue(issue)}`);
  process.exit(1);
}
console.log(
  `Content check passed: ${atlas?.features.size} features, ${atlas?.manifest.layers.length} layers.`,
);
