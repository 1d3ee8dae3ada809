// `npm run data:verify` (part of `npm test`): rebuilds data/ in a scratch copy and fails, naming each
// file, when a committed generated file differs from what its inputs derive.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildData } from './build-data';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'atlas-data-'));
try {
  cpSync('data', join(scratch, 'data'), { recursive: true });
  buildData(scratch, true);
  const stale: string[] = [];
  for (const path of files(join(scratch, 'data'))) {
    const rel = relative(scratch, path);
    let committed: Buffer | null = null;
    try {
      committed = readFileSync(rel);
    } catch {}
    if (!committed?.equals(readFileSync(path))) stale.push(rel);
  }
  if (stale.length) {
    console.error(
      `Derived data is out of date: run \`npm run data:build\` and commit. Differs: ${stale.join(', ')}`,
    );
    process.exit(1);
  }
  console.log('Derived data matches its inputs.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
