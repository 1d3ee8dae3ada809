import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureProps, Section } from '../../src/content/types';
import { KIND_LABELS } from '../../src/i18n/feature-inspector';
import {
  accuracyInfo,
  categoryLabel,
  featureName,
  isSchematic,
  kindLabel,
  langTag,
  localizedProp,
  measureSections,
  mentionLabel,
  mentionLabels,
  sectionLabel,
  statusLabel,
} from '../../src/ui/feature-inspector/format';

const section = (id: string, kind: Section['kind'], number: number | undefined, zh: string, en: string) =>
  ({
    id,
    kind,
    ...(number === undefined ? {} : { number }),
    title: { zh, en },
    paragraphs: [
      { id: `${id}-p1`, zh: '', en: '' },
      { id: `${id}-p2`, zh: '', en: '' },
    ],
  }) as Section;

const SECTIONS: Section[] = [
  section('intro', 'intro', undefined, '导语', 'Introduction'),
  section('m3', 'measure', 3, '产城融合', 'Integrating industry and city'),
  section('m4', 'measure', 4, '内通外联', 'Connected inside and out'),
  section('g1', 'guarantee', 1, '坚持党的领导', 'Party leadership'),
];

const props = (extra: Partial<FeatureProps> = {}): FeatureProps => ({
  name_zh: '罗湖口岸',
  name_en: 'Luohu Port',
  kind: 'port',
  measures: [4],
  source: 'test',
  accuracy: 'approximate',
  ...extra,
});

describe('label lookups', () => {
  it('translates kinds and falls back to the raw kind', () => {
    expect(kindLabel('metro-station', 'zh')).toBe('地铁站');
    expect(kindLabel('metro-station', 'en')).toBe('Metro station');
    expect(kindLabel('cable-car', 'zh')).toBe('cable-car');
    // Inherited object keys are not labels.
    expect(kindLabel('toString', 'en')).toBe('toString');
  });

  it('has a label for every kind used in data/layers', () => {
    const dir = 'data/layers';
    const kinds = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.geojson'))
        .flatMap((f) =>
          (
            JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as {
              features: { properties: { kind: string } }[];
            }
          ).features.map((x) => x.properties.kind),
        ),
    );
    expect(kinds.size).toBeGreaterThan(0);
    expect([...kinds].filter((k) => !(k in KIND_LABELS))).toEqual([]);
  });

  it('has a label for every project category in the manifest', () => {
    const atlas = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as {
      layers: { style: { colorBy?: { values: Record<string, string> } } }[];
    };
    const categories = atlas.layers.flatMap((l) => Object.keys(l.style.colorBy?.values ?? {}));
    expect(categories.length).toBeGreaterThan(0);
    expect(categories.filter((c) => categoryLabel(c, 'zh') === c || categoryLabel(c, 'en') === c)).toEqual(
      [],
    );
    expect(categoryLabel('health', 'zh')).toBe('医疗卫生');
    expect(categoryLabel('space', 'en')).toBe('space');
  });

  it('translates statuses with fallback', () => {
    expect(statusLabel('completed', 'zh')).toBe('已建成');
    expect(statusLabel('under-construction', 'zh')).toBe('在建');
    expect(statusLabel('listed', 'en')).toBe('Listed');
    expect(statusLabel('plan-approved', 'zh')).toBe('规划获批');
    expect(statusLabel('paused', 'zh')).toBe('paused');
  });

  it('labels and explains accuracy classes', () => {
    expect(accuracyInfo('surveyed', 'zh').label).toBe('多源核对（约 50 米内）');
    expect(accuracyInfo('area', 'en').label).toBe('Subdistrict only');
    expect(accuracyInfo('approximate', 'zh').label).toBe('近似（约 200 米内）');
    expect(accuracyInfo('schematic', 'zh').label).toBe('示意');
    expect(accuracyInfo('schematic', 'en').explanation).not.toBe('');
    expect(accuracyInfo('guessed', 'en')).toEqual({ label: 'guessed', explanation: '' });
  });
});

describe('section and mention labels', () => {
  it('names measures and guarantees with their number', () => {
    expect(sectionLabel(SECTIONS[1] as Section, 'zh')).toBe('措施 3 · 产城融合');
    expect(sectionLabel(SECTIONS[1] as Section, 'en')).toBe('Measure 3 · Integrating industry and city');
    expect(sectionLabel(SECTIONS[3] as Section, 'zh')).toBe('保障 1 · 坚持党的领导');
    expect(sectionLabel(SECTIONS[0] as Section, 'zh')).toBe('导语');
  });

  it('quotes the term after the section', () => {
    expect(mentionLabel('措施 4 · 内通外联', '口岸', 'zh')).toBe('措施 4 · 内通外联：“口岸”');
    expect(mentionLabel('Measure 4 · Connected inside and out', 'ports', 'en')).toBe(
      'Measure 4 · Connected inside and out: “ports”',
    );
  });

  it('labels mentions and tells repeated ones apart by paragraph', () => {
    const labels = mentionLabels(
      [
        { paragraph: 'm4-p1', section: 'm4', term: '口岸' },
        { paragraph: 'm4-p2', section: 'm4', term: '口岸' },
        { paragraph: 'm3-p1', section: 'm3', term: '口岸' },
        { paragraph: 'x-p1', section: 'x', term: '口岸' },
      ],
      SECTIONS,
      'zh',
    );
    expect(labels).toEqual([
      '措施 4 · 内通外联：“口岸”（第 1 段）',
      '措施 4 · 内通外联：“口岸”（第 2 段）',
      '措施 3 · 产城融合：“口岸”',
      'x：“口岸”',
    ]);
  });

  it('finds the measure sections a feature serves, skipping numbers without one', () => {
    expect(measureSections([4, 3, 9], SECTIONS).map((s) => s.id)).toEqual(['m4', 'm3']);
    // Guarantee 1 is not measure 1.
    expect(measureSections([1], SECTIONS)).toEqual([]);
  });
});

describe('feature helpers', () => {
  it('flags schematic features and features of schematic layers', () => {
    expect(isSchematic(props({ accuracy: 'schematic' }))).toBe(true);
    expect(isSchematic(props(), { schematic: true })).toBe(true);
    expect(isSchematic(props(), { schematic: false })).toBe(false);
    expect(isSchematic(props())).toBe(false);
  });

  it('picks the current language and falls back to the other, tagged', () => {
    const p = props({
      description_zh: '中文描述',
      description_en: 'English description',
      handles_zh: '旅客',
    });
    expect(localizedProp(p, 'description', 'en')).toEqual({ text: 'English description', lang: 'en' });
    expect(localizedProp(p, 'handles', 'en')).toEqual({ text: '旅客', lang: 'zh' });
    expect(localizedProp(props({ description_en: '  ' }), 'description', 'en')).toBeUndefined();
  });

  it('names features and tags languages', () => {
    expect(featureName(props(), 'zh')).toBe('罗湖口岸');
    expect(featureName(props(), 'en')).toBe('Luohu Port');
    expect(langTag('zh')).toBe('zh-CN');
    expect(langTag('en')).toBe('en');
  });
});
