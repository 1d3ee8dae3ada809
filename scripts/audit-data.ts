// `npm run data:audit`: per layer, the features by accuracy class, by number of independent
// documents behind their point, and the spread between those documents. Prints a Markdown table
// (the one in data/README.md), so the audit in the README is this command's output, not a claim.
import { readFileSync } from 'node:fs';

const DATA = 'data';
const manifest = JSON.parse(readFileSync(`${DATA}/atlas.json`, 'utf8'));
const CLASSES = ['surveyed', 'approximate', 'area', 'schematic'];

interface Props {
  accuracy: string;
  independent?: number;
  spread_m?: number;
}

const median = (xs: number[]) => {
  if (!xs.length) return '—';
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return String(s.length % 2 ? s[m] : Math.round(((s[m - 1] as number) + (s[m] as number)) / 2));
};

const rows: string[][] = [];
const layers = [
  ...manifest.layers.map((l: { id: string; file: string }) => ({ id: l.id, file: l.file })),
  { id: 'flows (destinations)', file: manifest.flows },
];
for (const { id, file } of layers) {
  const raw = JSON.parse(readFileSync(`${DATA}/${file}`, 'utf8'));
  const props: Props[] = raw.features
    ? raw.features.map((f: { properties: Props }) => f.properties)
    : raw.destinations;
  const count = (pred: (p: Props) => boolean) => props.filter(pred).length;
  const located = props.filter((p) => p.independent !== undefined);
  const spreads = located.filter((p) => (p.independent ?? 0) >= 2).map((p) => p.spread_m ?? 0);
  rows.push([
    id,
    String(props.length),
    ...CLASSES.map((c) => String(count((p) => p.accuracy === c))),
    String(count((p) => (p.independent ?? 0) >= 2)),
    String(count((p) => p.independent === 1)),
    median(spreads),
    spreads.length ? String(Math.max(...spreads)) : '—',
  ]);
}

const header = [
  'layer',
  'features',
  ...CLASSES,
  'points with 2+ independent documents',
  'points with 1',
  'median spread (m)',
  'max spread (m)',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
