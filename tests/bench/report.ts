/** The benchmark's table: measured figures, ratios app / baseline, and each target met or missed. */
import type { AnswerTimes } from './answers';
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
  /** Wall time of `vite build` on a data folder with this many projects. */
  buildSeconds: number;
  /** Sizes of the projects layer's archive, index and columns when the build tiled it, in MB. */
  tiledMb?: { archive: number; index: number; props: number };
  /** The page loads; absent when they failed, and `error` says how. */
  app?: Summary;
  base?: Summary;
  /** This size's app and the default view's, loaded in turn in the same minutes (the scale targets). */
  vsDefault?: { app: Summary; home: Summary };
  /** Search and near-me answer times on the app with the projects shown. */
  answers?: AnswerTimes;
  error?: string;
}

export function scaleTable(rows: ScaleRow[]): string {
  const of = (s: Summary | undefined, key: 'idleMs' | 'frameP95Ms', digits: number) =>
    s ? fmt(s[key], digits) : '-';
  return table(
    [
      'projects',
      'build (s)',
      'shipped as (MB)',
      'app idle (ms)',
      'baseline idle (ms)',
      'ratio',
      'app p95 (ms)',
      'baseline p95 (ms)',
      'ratio',
      'search / near-me (ms)',
    ],
    rows.map((r) => [
      r.points.toLocaleString('en'),
      fmt(r.buildSeconds, 0),
      r.tiledMb
        ? `tiles ${fmt(r.tiledMb.archive, 1)}, index ${fmt(r.tiledMb.index, 1)}, props ${fmt(r.tiledMb.props, 1)}`
        : 'GeoJSON',
      of(r.app, 'idleMs', 0),
      of(r.base, 'idleMs', 0),
      r.app && r.base ? fmt(ratio(r.app.idleMs, r.base.idleMs), 2) : (r.error ?? '-'),
      of(r.app, 'frameP95Ms', 1),
      of(r.base, 'frameP95Ms', 1),
      r.app && r.base ? fmt(ratio(r.app.frameP95Ms, r.base.frameP95Ms), 2) : '-',
      r.answers ? `${fmt(r.answers.search.ms, 0)} / ${fmt(r.answers.near.ms, 0)}` : '-',
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
