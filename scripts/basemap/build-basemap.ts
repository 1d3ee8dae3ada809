// npm run basemap -- <extract.osm.pbf|extract.osm> [--out data/basemap/basemap.pmtiles] [--data data]
// Builds the offline street basemap (PMTiles, zoom 10-16) for the manifest's extent from an
// OpenStreetMap extract. Runs offline; the output is the same bytes for the same extract.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest } from '../../src/content/types.ts';
import { buildBasemap } from './build.ts';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, data: { type: 'string', default: 'data' } },
  });
  const input = positionals[0];
  if (!input) {
    console.error(
      'usage: npm run basemap -- <extract.osm.pbf|extract.osm> [--out file.pmtiles] [--data dir]',
    );
    process.exit(2);
  }
  const dataDir = values.data ?? 'data';
  const manifest = JSON.parse(readFileSync(join(dataDir, 'atlas.json'), 'utf8')) as Manifest;
  const output = values.out ?? join(dataDir, 'basemap', 'basemap.pmtiles');
  const started = performance.now();
  const stats = await buildBasemap(input, output, manifest.extent);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(stats.features)
    .map(([layer, n]) => `${layer} ${n}`)
    .join(', ');
  console.log(
    `basemap: ${output}: ${stats.tiles} tiles, ${(stats.bytes / 1e6).toFixed(2)} MB in ${seconds} s`,
  );
  console.log(`features: ${counts || 'none'} (extent ${manifest.extent.join(', ')})`);
  if (!stats.sea) {
    console.log('sea: none (no coastline crosses the extent, or one stops inside it: is the extract whole?)');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
