/**
 * The engine names no place: the fictional pack (five measures, no flows, its own kinds and categories)
 * goes through the engine's validation and pure view functions, and nothing of Luohu comes out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlasAnalysis, whatHereIn } from '../../src/analysis/atlas-context';
import { catchmentOf, metricsOf } from '../../src/analysis/atlas-measures';
import { legendEntries } from '../../src/content/legend';
import type { Content } from '../../src/content/load';
import { pageHtml } from '../../src/content/page-html';
import { readDataDir } from '../../src/content/read-node';
import { formatIssue, LANGS, type Lang } from '../../src/content/types';
import { validateAtlas } from '../../src/content/validate-atlas';
import { visibleFeatures } from '../../src/content/visible-features';
import { categoryNamer, kindsWithRole } from '../../src/content/vocabulary';
import { roleVars, tm } from '../../src/i18n/feature-metrics';
import { tp as tPresenter } from '../../src/i18n/presenter';
import { attributionLine } from '../../src/i18n/strings';
import { nearCategories, nearItems } from '../../src/nearby/near-data';
import { deckView } from '../../src/state/deck-view';
import type { AtlasState } from '../../src/state/store';
import { lastMeasureKey } from '../../src/state/story';
import { decodeHash, encodeHash } from '../../src/state/url-codec';
import { defaultUrlState, mapView, urlVocabulary } from '../../src/state/view';
import {
  accuracyInfo,
  categoryLabel,
  kindLabel,
  measureSections,
  sectionLabel,
} from '../../src/ui/feature-inspector/format';
import { hereRows } from '../../src/ui/planner-tools/here-card';
import { FICTIONAL_PACK, loadPack } from './fixtures/fictional-pack';

/** Words of the Luohu atlas that no other district's view may show. */
const LUOHU = [
  '八大措施',
  '罗湖',
  '一主两区三带',
  'echarts',
  'GCJ',
  'Luohu',
  'eight measures',
  '街道',
  '地铁',
];

function expectNoLuohu(text: string): void {
  for (const word of LUOHU) expect(text, `"${word}" in the view`).not.toContain(word);
}

let content: Content;
let state: AtlasState;
beforeAll(async () => {
  content = await loadPack();
  state = {
    ...defaultUrlState(content),
    hover: [],
    measurePoints: [],
    tab: 'text',
    intent: null,
  } as unknown as AtlasState;
});

describe('the fictional pack through the engine', () => {
  it('passes the engine validation, with five measures and no flows', () => {
    const { atlas, issues } = validateAtlas(readDataDir(FICTIONAL_PACK));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(atlas?.manifest.measures).toBe(5);
    expect(content.failures).toEqual([]);
    expect(content.flows).toBeUndefined();
    expect(content.text.sections.filter((s) => s.kind === 'measure')).toHaveLength(5);
  });

  it('takes the roles of its own kinds from the manifest', () => {
    expect(kindsWithRole(content.manifest, 'station')).toEqual(['tram-stop']);
    const a = atlasAnalysis(content);
    expect(a.metrics.ports.map((p) => p.id)).toEqual(['pier-old-harbour']);
    expect(a.here.layout.map((f) => f.id)).toEqual(['quarter-north', 'quarter-river']);
    const view = deckView({ ...state, view3d: true }, content);
    expect(view.extrusion).toEqual({ quarter: 300 });
    expect(view.layoutFeatures.map((f) => f.id)).toEqual(['quarter-north', 'quarter-river']);
  });

  it('reaches all five measures from the URL and the keys, and no sixth', () => {
    const vocab = urlVocabulary(content);
    const defaults = defaultUrlState(content);
    expect(decodeHash('#m=a5', vocab, defaults).measure).toBe('a5');
    expect(decodeHash('#m=m6', vocab, defaults).measure).toBe(defaults.measure);
    expect(encodeHash({ ...defaults, measure: 'a5' }, defaults)).toContain('m=a5');
    expect(lastMeasureKey(content.text.sections)).toBe(5);
    expect(tPresenter('en', 'keys', { last: 5 })).toContain('1–5');
  });

  it('shows nothing of Luohu in any label, legend, card or summary, in either language', () => {
    const out: string[] = [];
    const m = content.manifest;
    for (const lang of LANGS as Lang[]) {
      out.push(attributionLine(m, content.text.source.publisher, lang));
      out.push(...Object.values(m.labels).map((l) => l[lang]));
      out.push(tPresenter(lang, 'presentLabel', { subject: m.labels.present[lang] }));
      out.push(tPresenter(lang, 'keys', { last: lastMeasureKey(content.text.sections) }));
      for (const { feature } of content.features.values()) {
        out.push(kindLabel(m, feature.properties.kind, lang));
        if (feature.properties.category) out.push(categoryLabel(m, feature.properties.category, lang));
        out.push(accuracyInfo(feature.properties.accuracy, lang, m.areas?.label).label);
        out.push(
          ...measureSections(feature.properties.measures, content.text.sections).map((s) =>
            sectionLabel(s, lang),
          ),
        );
      }
      for (const l of content.layers)
        out.push(...legendEntries(l.def, l.data.features, categoryNamer(m)).map((e) => e.label[lang]));
      const visible = visibleFeatures(
        content.layers,
        m.layers.map((l) => l.id),
        m.focus.bounds,
        lang,
        16,
      );
      out.push(JSON.stringify(visible));
      out.push(...nearCategories(content.layers).map((c) => categoryLabel(m, c, lang)));
      out.push(JSON.stringify(nearItems(content.layers)));
      const roles = roleVars(m, lang);
      for (const key of [
        'insideCounts',
        'stationsNear',
        'noStationsNear',
        'summary',
        'stations',
        'hubs',
        'projects',
        'subdistricts',
      ] as const)
        out.push(
          tm(lang, key, { ...roles, radius: 500, stations: 1, ports: 1, hubs: 1, projects: 1, areas: 0 }),
        );
      // "What applies here" inside a quarter, in the town outside every quarter, and outside the town.
      for (const point of [
        [100.03, 10.06],
        [100.015, 10.015],
        [100.15, 10.15],
      ] as [number, number][]) {
        const rows = hereRows(content, whatHereIn(content, point), lang);
        out.push(...rows.flatMap((r) => [r.heading, r.empty]));
      }
      out.push(JSON.stringify(metricsOf(content, 'quarter-north')));
      out.push(JSON.stringify(catchmentOf(content, 'stop-mill-street', 1000)));
    }
    out.push(JSON.stringify(mapView(state, content)));
    out.push(JSON.stringify(deckView({ ...state, view3d: true }, content)));
    const text = out.join('\n');
    expect(text).toContain('五项行动');
    expect(text).toContain('Tram stop');
    expect(text).toContain('Reading rooms');
    expect(text).toContain('区界：虚构，仅供测试');
    expect(text).toContain('不在任何组团内');
    expectNoLuohu(text);
  });

  it('leaves out the rows of roles the pack has no kind for', () => {
    const rows = hereRows(content, whatHereIn(content, [100.015, 10.015]), 'zh');
    expect(rows.map((r) => r.heading)).toEqual(['所在组团', '最近电车站', '最近渡口']);
    expect(rows[0]?.ids).toEqual([]);
    expect(rows[0]?.empty).toBe('不在任何组团内');
    const en = hereRows(content, whatHereIn(content, [100.03, 10.06]), 'en');
    expect(en.map((r) => r.heading)).toEqual(['Quarters', 'Nearest tram stop', 'Nearest ferry pier']);
    expect(en[0]?.ids).toEqual(['quarter-north']);
  });

  it('gives the pages their language and title from the manifest', () => {
    const html = readFileSync('index.html', 'utf8');
    const page = pageHtml(html, content.manifest, 'app');
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<title>澄川五项行动地图</title>');
    expect(page).toContain('content="澄川五项行动地图 · Chengchuan Five Actions Atlas"');
    expect(pageHtml(readFileSync('notes.html', 'utf8'), content.manifest, 'notes')).toContain(
      '<title>演讲者备注 · Speaker notes · 澄川五项行动地图</title>',
    );
    expectNoLuohu(`${html}\n${readFileSync('notes.html', 'utf8')}`);
  });

  it('asks for the files of the first view at once, and no others', () => {
    const page = pageHtml(readFileSync('index.html', 'utf8'), content.manifest, 'app');
    const preloaded = [...page.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)"/g)].map(
      (m) => m[1],
    );
    // The manifest, the text, the context and the layers shown first; not the hidden workshops.
    expect(preloaded).toEqual([
      'data/atlas.json',
      'data/text/actions.json',
      'data/text/links.json',
      'data/story.json',
      'data/layers/town.geojson',
      'data/layers/quarters.geojson',
      'data/layers/transit.geojson',
    ]);
    // A layer the build cut into tiles is not fetched as GeoJSON at all.
    const tiled = {
      ...content.manifest,
      layers: content.manifest.layers.map((l) =>
        l.id === 'transit'
          ? {
              ...l,
              tiled: {
                archive: 'a',
                index: 'i',
                props: 'p',
                count: 1,
                minzoom: 0,
                maxzoom: 1,
                bounds: [0, 0, 1, 1] as [number, number, number, number],
                geometries: ['Point' as const],
                legend: [],
                citations: [],
              },
            }
          : l,
      ),
    };
    expect(pageHtml(readFileSync('index.html', 'utf8'), tiled, 'app')).not.toContain('transit.geojson');
    expect(pageHtml(readFileSync('notes.html', 'utf8'), content.manifest, 'notes')).not.toContain('preload');
  });
});

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine source', () => {
  it('names no Luohu place or label outside comments', () => {
    const words = ['八大措施', '罗湖', '一主两区三带', 'echarts', 'Luohu', 'eight measures'];
    const found: string[] = [];
    for (const file of sources('src')) {
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
      for (const [i, line] of code.entries())
        for (const word of words) if (line.includes(word)) found.push(`${file}:${i + 1}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});
