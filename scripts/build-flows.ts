// Sets the point of every Bay Area destination in data/flows.json from its documents
// (data/sources/positions/flows.csv); names, routes and links stay as written. A destination
// no document locates fails the build rather than keeping an undocumented point.
import { readFileSync, writeFileSync } from 'node:fs';
import { failOn, loadProvenance, positionProperties } from './lib/inputs';

const FILE = 'data/flows.json';
const provenance = loadProvenance('data');
failOn(provenance.issues, 'provenance');
const flows = JSON.parse(readFileSync(FILE, 'utf8'));
const missing: { file: string; feature: string; message: string }[] = [];
for (const d of flows.destinations) {
  const p = provenance.positions.get(d.id);
  if (!p) {
    missing.push({
      file: 'flows.json',
      feature: d.id,
      message: 'no document gives this destination a position',
    });
    continue;
  }
  d.coordinates = p.point;
  delete d.source;
  Object.assign(d, positionProperties(p));
  d.docs = [...new Set(p.refs.map((r) => r.doc))];
}
failOn(missing, 'flows');
writeFileSync(FILE, `${JSON.stringify(flows, null, 2)}\n`);
