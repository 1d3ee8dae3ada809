/** The targets, checked as ratios within one run, each with a note that explains a miss. */
import type { RadiusResult } from './radius';
import type { Summary, Target } from './report';
import type { SessionResult } from './session';
import { fmt, ratio } from './stats';

type Pages = Record<string, { app: Summary; base: Summary }>;

/** Where the app's extra time to idle goes: its own marks say when content and panels were ready. */
function idleNote(app: Summary, base: Summary): string {
  const content = app.marks['content-loaded'];
  const panels = app.marks['panels-rendered'];
  return (
    `app: content fetched and validated at ${fmt(content ?? Number.NaN, 0)} ms, panels drawn at ` +
    `${fmt(panels ?? Number.NaN, 0)} ms; the rest is map start-up (the app's first style holds every ` +
    `thematic layer and hides the switched-off ones on load; the baseline's hides them from the start); ` +
    `blocking ${fmt(app.blockingMs, 0)} vs ${fmt(base.blockingMs, 0)} ms`
  );
}

/** The app's largest scripts before the first idle; the baseline's one chunk is MapLibre alone. */
function appChunks(app: Summary): string {
  return Object.entries(app.scripts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, kb]) => `${name} ${fmt(kb, 0)}`)
    .join(', ');
}

export function targets(pages: Pages, radius: RadiusResult[], session?: SessionResult): Target[] {
  const out: Target[] = [];
  for (const [name, { app, base }] of Object.entries(pages)) {
    const idle = ratio(app.idleMs, base.idleMs);
    out.push({
      name: `${name}: time to idle`,
      measured: `${fmt(idle, 2)}x (${fmt(app.idleMs, 0)} / ${fmt(base.idleMs, 0)} ms)`,
      limit: '≤ 1.10x',
      pass: idle <= 1.1,
      note: idleNote(app, base),
    });
    const blocking = ratio(app.blockingMs, base.blockingMs);
    out.push({
      name: `${name}: blocking time to idle`,
      measured: `${fmt(blocking, 2)}x (${fmt(app.blockingMs, 0)} / ${fmt(base.blockingMs, 0)} ms)`,
      limit: '≤ 1.15x',
      // Under 50 ms of blocking on both pages the ratio is noise: no task a user could feel.
      pass: blocking <= 1.15 || app.blockingMs - base.blockingMs < 50,
      note: 'long tasks beyond 50 ms before the first idle',
    });
    const p95 = ratio(app.frameP95Ms, base.frameP95Ms);
    out.push({
      name: `${name}: p95 frame time`,
      measured: `${fmt(p95, 2)}x (${fmt(app.frameP95Ms, 1)} / ${fmt(base.frameP95Ms, 1)} ms)`,
      limit: '≤ 1.1x',
      pass: p95 <= 1.1,
      note:
        `canvas ${app.canvas} vs ${base.canvas}; the app also re-renders its panels on every moveend ` +
        '(feature list of what is in view); software WebGL frame times are noisy',
    });
  }
  const desktop = pages.desktop;
  if (desktop) {
    const extra = desktop.app.jsGzipKb - desktop.base.jsGzipKb;
    out.push({
      name: 'initial JS above baseline',
      measured: `${fmt(extra, 0)} KB gzip (${fmt(desktop.app.jsGzipKb, 0)} / ${fmt(desktop.base.jsGzipKb, 0)} KB)`,
      limit: '≤ 60 KB gzip',
      pass: extra <= 60,
      note: `app scripts before idle, KB gzip: ${appChunks(desktop.app)}; eager code beyond MapLibre is over budget`,
    });
  }
  const at = (n: number) => radius.find((r) => r.points === n);
  const r100k = at(100_000);
  if (r100k) {
    out.push({
      name: 'radius query, 100k: speed-up over turf scan',
      measured: `${fmt(r100k.speedup, 0)}x (${fmt(r100k.indexQueryMs, 3)} vs ${fmt(r100k.scanQueryMs, 1)} ms)`,
      limit: '≥ 50x',
      pass: r100k.speedup >= 50 && r100k.agree,
      note: r100k.agree ? 'the index answers too slowly' : 'index and scan disagree on some answers',
    });
  }
  const r1m = at(1_000_000);
  if (r1m) {
    out.push({
      name: 'radius query, 1M: time per query',
      measured: `${fmt(r1m.indexQueryMs, 3)} ms`,
      limit: '< 2 ms',
      pass: r1m.indexQueryMs < 2 && r1m.agree,
      note: 'every point in the circle is sorted by distance and mapped to an id per query',
    });
  }
  if (session) {
    out.push({
      name: 'long session: heap growth',
      measured: `${session.growth >= 0 ? '+' : ''}${fmt(session.growth * 100, 1)}% (${fmt(session.firstHeapMb, 1)} → ${fmt(session.lastHeapMb, 1)} MB)`,
      limit: '≤ +20%',
      pass: session.growth <= 0.2 && session.errors.length === 0,
      note: session.errors.length
        ? `page errors: ${session.errors.slice(0, 2).join('; ')}`
        : 'heap grows: a leak',
    });
  }
  return out;
}
