import { describe, expect, it } from 'vitest';
import type { FeatureProps, Manifest, Section } from '../../src/content/types';
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
import { packJson } from './fixtures/fictional-pack';

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
  section('m3', 'measure', 3, '修复河湾', 'Restore the river bend'),
  section('m4', 'measure', 4, '连通电车与渡口', 'Join trams and ferries'),
  section('g1', 'guarantee', 1, '经费保障', 'Funding'),
];

const props = (extra: Partial<FeatureProps> = {}): FeatureProps => ({
  name_zh: '旧港渡口',
  name_en: 'Old Harbour pier',
  kind: 'ferry-pier',
  measures: [4],
  source: 'test',
  accuracy: 'approximate',
  ...extra,
});

const PACK = packJson<Manifest>('atlas.json');

describe('label lookups', () => {
  it('names kinds from the manifest and falls back to the raw kind', () => {
    expect(kindLabel(PACK, 'tram-stop', 'zh')).toBe('电车站');
    expect(kindLabel(PACK, 'tram-stop', 'en')).toBe('Tram stop');
    expect(kindLabel(PACK, 'cable-car', 'zh')).toBe('cable-car');
    // Inherited object keys are not labels.
    expect(kindLabel(PACK, 'toString', 'en')).toBe('toString');
  });

  it('names categories from the manifest, the raw value when it has none', () => {
    expect(categoryLabel(PACK, 'library', 'zh')).toBe('书屋');
    expect(categoryLabel(PACK, 'library', 'en')).toBe('Reading rooms');
    expect(categoryLabel(PACK, 'space', 'en')).toBe('space');
    expect(categoryLabel(PACK, 'constructor', 'en')).toBe('constructor');
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
    expect(accuracyInfo('area', 'en', { zh: '组团', en: 'quarter' }).label).toBe('Quarter only');
    expect(accuracyInfo('area', 'zh', { zh: '组团', en: 'quarter' }).label).toBe('仅知所在组团');
    expect(accuracyInfo('approximate', 'zh').label).toBe('近似（约 200 米内）');
    expect(accuracyInfo('schematic', 'zh').label).toBe('示意');
    expect(accuracyInfo('schematic', 'en').explanation).not.toBe('');
    expect(accuracyInfo('guessed', 'en')).toEqual({ label: 'guessed', explanation: '' });
  });
});

describe('section and mention labels', () => {
  it('names measures and guarantees with their number', () => {
    expect(sectionLabel(SECTIONS[1] as Section, 'zh')).toBe('措施 3 · 修复河湾');
    expect(sectionLabel(SECTIONS[1] as Section, 'en')).toBe('Measure 3 · Restore the river bend');
    expect(sectionLabel(SECTIONS[3] as Section, 'zh')).toBe('保障 1 · 经费保障');
    expect(sectionLabel(SECTIONS[0] as Section, 'zh')).toBe('导语');
  });

  it('quotes the term after the section', () => {
    expect(mentionLabel('措施 4 · 连通电车与渡口', '口岸', 'zh')).toBe('措施 4 · 连通电车与渡口：“口岸”');
    expect(mentionLabel('Measure 4 · Join trams and ferries', 'ports', 'en')).toBe(
      'Measure 4 · Join trams and ferries: “ports”',
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
      '措施 4 · 连通电车与渡口：“口岸”（第 1 段）',
      '措施 4 · 连通电车与渡口：“口岸”（第 2 段）',
      '措施 3 · 修复河湾：“口岸”',
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
    expect(featureName(props(), 'zh')).toBe('旧港渡口');
    expect(featureName(props(), 'en')).toBe('Old Harbour pier');
    expect(langTag('zh')).toBe('zh-CN');
    expect(langTag('en')).toBe('en');
  });
});
