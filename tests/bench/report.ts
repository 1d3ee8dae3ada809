/** The benchmark's table: measured figures, ratios app / baseline, and each target met or missed. */
import type { PageMetrics } from './page-metrics';
import type { RadiusResult } from './radius';
import type { SessionResult } from './session';
import { fmt, median, ratio } from './stats';

export type Summary = Record<keyof Omit<PageMetrics, 'canvas' | 'marks' | 'scripts'>, number> & {
  /** Smallest and largest of each figure over the loads, as "min–max". */
  range: Partial<Record<keyof PageMetrics, string>>;
  canvas: string;
  scripts: Record<string, number>;
  marks: Record<string, number>;
};

export function summarise(runs: PageMetrics[]): Summary {
  const m = (key: keyof PageMetrics) => median(runs.map((r) => r[key] as number));
  const span = (key: keyof PageMetrics, digits: number) => {
    const values = runs.map((r) => r[key] as number).filter(Number.isFinite);
    return values.length ? `${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)}` : '–';
  };
  const markNames = [...new Set(runs.flatMap((r) => Object.keys(r.marks)))];
  return {
    idleMs: m('idleMs'),
    firstPaintMs: m('firstPaintMs'),
    fcpMs: m('fcpMs'),
    blockingMs: m('blockingMs'),
    heapMb: m('heapMb'),
    jsRawKb: m('jsRawKb'),
    jsGzipKb: m('jsGzipKb'),
    frameP50Ms: m('frameP50Ms'),
    frameP95Ms: m('frameP95Ms'),
    range: Object.fromEntries(ROWS.map(([key, , digits]) => [key, span(key as keyof PageMetrics, digits)])),
    canvas: runs[0]?.canvas ?? '',
    scripts: runs[0]?.scripts ?? {},
    marks: Object.fromEntries(markNames.map((n) => [n, median(runs.map((r) => r.marks[n] ?? Number.NaN))])),
  };
}

export interface Target {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
  note: string;
}

const ROWS: [keyof Summary, string, number][] = [
  ['idleMs', 'time to first idle (ms)', 0],
  ['firstPaintMs', 'first paint (ms)', 0],
  ['fcpMs', 'first contentful paint (ms)', 0],
  ['blockingMs', 'blocking time to idle (ms)', 0],
  ['heapMb', 'JS heap after GC (MB)', 1],
  ['jsRawKb', 'JS transferred raw (KB)', 0],
  ['jsGzipKb', 'JS transferred gzip (KB)', 0],
  ['frameP50Ms', 'frame time p50, pan+zoom (ms)', 1],
  ['frameP95Ms', 'frame time p95, pan+zoom (ms)', 1],
];

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function pageTable(label: string, app: Summary, base: Summary): string {
  const rows = ROWS.map(([key, name, digits]) => [
    name,
    fmt(app[key] as number, digits),
    app.range[key as keyof PageMetrics] ?? '',
    fmt(base[key] as number, digits),
    base.range[key as keyof PageMetrics] ?? '',
    fmt(ratio(app[key] as number, base[key] as number), 2),
  ]);
  rows.push(['map canvas (CSS px)', app.canvas, '', base.canvas, '', '']);
  return table(
    [label, 'app (median)', 'app min–max', 'baseline (median)', 'baseline min–max', 'app/baseline'],
    rows,
  );
}

export function radiusTable(results: RadiusResult[]): string {
  return table(
    [
      'projects',
      'index build (ms)',
      'index query (ms)',
      'turf scan query (ms)',
      'scan queries',
      'speed-up',
      'same answers',
    ],
    results.map((r) => [
      r.points.toLocaleString('en'),
      fmt(r.buildMs, 1),
      fmt(r.indexQueryMs, 4),
      fmt(r.scanQueryMs, 2),
      String(r.scanQueries),
      `${fmt(r.speedup, 0)}x`,
      r.agree ? 'yes' : 'NO',
    ]),
  );
}

export interface ScaleRow {
  points: number;
  app: Summary;
  base: Summary;
}

export function scaleTable(rows: ScaleRow[]): string {
  return table(
    [
      'projects (GeoJSON)',
      'app idle (ms)',
      'baseline idle (ms)',
      'ratio',
      'app p95 (ms)',
      'baseline p95 (ms)',
      'ratio',
    ],
    rows.map((r) => [
      r.points.toLocaleString('en'),
      fmt(r.app.idleMs, 0),
      fmt(r.base.idleMs, 0),
      fmt(ratio(r.app.idleMs, r.base.idleMs), 2),
      fmt(r.app.frameP95Ms, 1),
      fmt(r.base.frameP95Ms, 1),
      fmt(ratio(r.app.frameP95Ms, r.base.frameP95Ms), 2),
    ]),
  );
}

export function sessionLine(s: SessionResult): string {
  return (
    `long session: ${s.rounds} rounds (story via ${s.driver}=, every layer off and on), ${s.hashChanges} hash changes ` +
    `in ${fmt(s.seconds, 0)} s; heap ${fmt(s.firstHeapMb, 1)} MB after round 1, ${fmt(s.lastHeapMb, 1)} MB after ` +
    `round ${s.rounds} (${s.growth >= 0 ? '+' : ''}${fmt(s.growth * 100, 1)}%); DOM nodes ${s.firstNodes} → ` +
    `${s.lastNodes}; page errors: ${s.errors.length}`
  );
}

export function targetTable(targets: Target[]): string {
  return table(
    ['target', 'measured', 'limit', 'result', 'note'],
    targets.map((t) => [t.name, t.measured, t.limit, t.pass ? 'PASS' : 'MISS', t.pass ? '' : t.note]),
  );
}
