/**
 * Golden-file checks for the unit tests. To rewrite golden files ON PURPOSE after a deliberate change, run
 *   REGENERATE=1 npx vitest run tests/unit/<name>.test.ts
 * and review the diff before keeping it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const REGENERATE = process.env.REGENERATE === '1';

/** Compares `actual` with the JSON in `<fixturesDir>/out/<name>`, or writes it there when REGENERATE=1. */
export function golden(fixturesDir: string, name: string, actual: unknown): void {
  const path = join(fixturesDir, 'out', name);
  if (REGENERATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing; run with REGENERATE=1 to write it`);
  expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
