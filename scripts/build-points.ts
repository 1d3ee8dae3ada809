// Derives the record layers (projects, landmarks) and the document registry the app reads:
//   data/documents.json          all documents of data/sources/documents/*.json, sorted by id
//   data/layers/<layer>.geojson  one feature per record of data/records/<layer>/*.json, its point
//                                derived from data/sources/positions/*.csv (none when no document
//                                locates it: then its subdistrict stands for it)
// Run by `npm run data:build`; the outputs are committed and `npm run data:verify` checks them.
import { readFileSync, writeFileSync } from 'node:fs';
import { failOn, featureCollectionText, loadProvenance, readFolder } from './lib/inputs';
import { buildRecordFeatures } from './lib/records';

const DATA = 'data';
const manifest = JSON.parse(readFileSync(`${DATA}/atlas.json`, 'utf8'));
const text = JSON.parse(readFileSync(`${DATA}/${manifest.text}`, 'utf8'));
const measureCount = text.sections.filter((s: { kind: string }) => s.kind === 'measure').length;

const provenance = loadProvenance(DATA);
failOn(provenance.issues, 'provenance');

const sorted = [...provenance.documents.entries()].sort(([a], [b]) => a.localeCompare(b));
writeFileSync(`${DATA}/documents.json`, `${JSON.stringify(Object.fromEntries(sorted), null, 1)}\n`);

// Areas a record can be placed in when no document gives its point: the manifest's area layer.
const areaLayer = manifest.layers.find((l: { id: string }) => l.id === manifest.areas.layer);
const areaFeatures = JSON.parse(readFileSync(`${DATA}/${areaLayer.file}`, 'utf8')).features;
const areas = new Map<string, string>();
for (const f of areaFeatures) {
  areas.set(f.properties.name_zh, f.id);
  areas.set(f.properties.name_zh.replace(manifest.areas.suffix_zh, ''), f.id);
}

for (const layer of manifest.layers.filter((l: { records?: unknown }) => l.records)) {
  const { features, issues } = buildRecordFeatures(readFolder(DATA, `records/${layer.id}`, '.json'), {
    documents: provenance.documents,
    positions: provenance.positions,
    areas,
    fallbackArea: manifest.focus.feature,
    kind: layer.records.kind,
    statuses: layer.records.statuses === true,
    categories: Object.keys(layer.style.colorBy.values),
    measureCount,
  });
  failOn(issues, `records of ${layer.id}`);
  writeFileSync(`${DATA}/${layer.file}`, featureCollectionText(features));
  const located = features.filter((f) => f.geometry).length;
  console.log(`${layer.id}: ${features.length} features, ${located} with a documented point`);
}
