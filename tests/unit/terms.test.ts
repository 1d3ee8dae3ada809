import { describe, expect, it } from 'vitest';
import { mentionsOf, type Segment, segmentParagraph } from '../../src/content/terms';
import type { Link, TextDoc } from '../../src/content/types';
import { packJson } from './fixtures/fictional-pack';

// The fictional pack's text and links.
const TEXT = packJson<TextDoc>('text/actions.json');
const LINKS = packJson<Link[]>('text/links.json');

function link(id: string, zh: string, en: string, features: string[] = [], layers: string[] = []): Link {
  return { id, zh, en, features, layers };
}

const HILLS = link('hills', '山水', 'hills and water', [], ['green-blue']);
const HALF = link('half', '一半山水一半城', 'half hills and water, half city', [], ['green-blue']);
const PORTS = link('ports', '口岸', 'ports', ['pier-old-harbour']);

/** A one-paragraph document with the given Chinese text. */
function mini(zh: string): TextDoc {
  const paragraphs = [{ id: 'p', zh, en: '' }];
  return {
    source: TEXT.source,
    sections: [{ id: 's', kind: 'intro', title: { zh: 't', en: 't' }, paragraphs }],
  };
}

/** Segments as [text, link id] pairs, which read better in assertions than objects. */
function pairs(segments: Segment[]): [string, string | null][] {
  return segments.map((s) => [s.text, s.link?.id ?? null]);
}

describe('segmentParagraph', () => {
  it('lets the longest term win where terms overlap, in Chinese', () => {
    const text = '守护“一半山水一半城”,让城区与山水共生。';
    expect(pairs(segmentParagraph(text, [HILLS, HALF], 'zh'))).toEqual([
      ['守护“', null],
      ['一半山水一半城', 'half'],
      ['”,让城区与', null],
      ['山水', 'hills'],
      ['共生。', null],
    ]);
  });

  it('lets the longest term win regardless of link order, in English', () => {
    const text = 'the base of “half hills and water, half city”, living with the hills and water.';
    for (const links of [
      [HILLS, HALF],
      [HALF, HILLS],
    ]) {
      expect(pairs(segmentParagraph(text, links, 'en'))).toEqual([
        ['the base of “', null],
        ['half hills and water, half city', 'half'],
        ['”, living with the ', null],
        ['hills and water', 'hills'],
        ['.', null],
      ]);
    }
  });

  it('lets the longest term win even when a shorter one starts first', () => {
    const city = link('city', '城区', 'urban', ['district']);
    const core = link('core', '区与山水共生', 'living with', ['core']);
    expect(pairs(segmentParagraph('让城区与山水共生', [city, core, HILLS], 'zh'))).toEqual([
      ['让城', null],
      ['区与山水共生', 'core'],
    ]);
  });

  it('finds every occurrence of a term', () => {
    const segments = segmentParagraph('口岸经济,口岸设施,口岸', [PORTS], 'zh');
    expect(segments.filter((s) => s.link?.id === 'ports')).toHaveLength(3);
    expect(segments.map((s) => s.text).join('')).toBe('口岸经济,口岸设施,口岸');
  });

  it('matches English case-sensitively, as the terms are written', () => {
    expect(pairs(segmentParagraph('Ports and ports', [PORTS], 'en'))).toEqual([
      ['Ports and ', null],
      ['ports', 'ports'],
    ]);
  });

  it('uses only the terms of the language asked for', () => {
    expect(pairs(segmentParagraph('山水 hills and water', [HILLS], 'en'))).toEqual([
      ['山水 ', null],
      ['hills and water', 'hills'],
    ]);
  });

  it('returns the text as one plain run when no term occurs', () => {
    expect(pairs(segmentParagraph('没有术语的段落。', [HILLS, HALF, PORTS], 'zh'))).toEqual([
      ['没有术语的段落。', null],
    ]);
    expect(segmentParagraph('', [HILLS], 'zh')).toEqual([]);
  });

  it('never produces overlapping or empty segments', () => {
    const a = link('a', 'ABC', 'x');
    const b = link('b', 'CDE', 'y');
    const c = link('c', 'BCD', 'z');
    const segments = segmentParagraph('ABCDE', [a, b, c], 'zh');
    expect(pairs(segments)).toEqual([
      ['ABC', 'a'],
      ['DE', null],
    ]);
    expect(segments.every((s) => s.text.length > 0)).toBe(true);
  });

  it('gives back every paragraph of the pack exactly, in both languages', () => {
    let linked = 0;
    for (const section of TEXT.sections) {
      for (const p of section.paragraphs) {
        for (const lang of ['zh', 'en'] as const) {
          const segments = segmentParagraph(p[lang], LINKS, lang);
          expect(segments.map((s) => s.text).join('')).toBe(p[lang]);
          for (const s of segments) if (s.link) expect(s.text).toBe(s.link[lang]);
          linked += segments.filter((s) => s.link).length;
        }
      }
    }
    // Every link's term was written to appear in the text in both languages.
    expect(linked).toBeGreaterThanOrEqual(LINKS.length * 2);
  });

  it('renders each linked term of action 2 whole', () => {
    const a2 = TEXT.sections.find((s) => s.id === 'a2')?.paragraphs[0];
    expect(a2).toBeDefined();
    const ids = segmentParagraph(a2?.zh ?? '', LINKS, 'zh').map((s) => s.link?.id);
    expect(ids).toContain('link-east-gate');
    expect(ids).toContain('link-pier');
  });
});

describe('mentionsOf', () => {
  it('finds the pier in action 2', () => {
    const mentions = mentionsOf('pier-old-harbour', 'transit', LINKS, TEXT);
    expect(mentions.map((m) => m.section)).toEqual(['a2']);
    expect(mentions[0]?.paragraph).toBe('a2-1');
    expect(mentions[0]?.link.features).toContain('pier-old-harbour');
  });

  it('finds the East Gate stop once in action 2, through the link naming it', () => {
    const mentions = mentionsOf('stop-east-gate', 'transit', LINKS, TEXT);
    expect(mentions).toEqual([{ paragraph: 'a2-1', section: 'a2', link: expect.any(Object) }]);
    // A link naming the stop itself is preferred over one that only names its layer.
    expect(mentions[0]?.link.features).toContain('stop-east-gate');
  });

  it('lists one entry per paragraph, in document order', () => {
    const mentions = mentionsOf('nothing-here', 'quarters', LINKS, TEXT);
    expect(mentions.map((m) => m.paragraph)).toEqual(['a1-1', 'a3-1']);
  });

  it('finds features through their layer only when a layer is given', () => {
    expect(mentionsOf('some-workshop', undefined, LINKS, TEXT)).toEqual([]);
    expect(mentionsOf('some-workshop', 'workshops', LINKS, TEXT).length).toBeGreaterThan(0);
  });

  it('prefers a term naming the feature over an earlier one naming only its layer', () => {
    const text = mini('对外交通与旧港渡口');
    const layerLink = link('transport', '对外交通', '', [], ['transit']);
    const portLink = link('port', '旧港渡口', '', ['pier-old-harbour']);
    const mentions = mentionsOf('pier-old-harbour', 'transit', [layerLink, portLink], text);
    expect(mentions.map((m) => m.link.id)).toEqual(['port']);
    expect(mentionsOf('port-x', 'transit', [layerLink, portLink], text).map((m) => m.link.id)).toEqual([
      'transport',
    ]);
  });

  it('does not count a term hidden inside a longer one', () => {
    const text: TextDoc = {
      source: TEXT.source,
      sections: [
        {
          id: 's',
          kind: 'intro',
          title: { zh: 't', en: 't' },
          paragraphs: [{ id: 'p', zh: '一半山水一半城', en: '' }],
        },
      ],
    };
    const onlyHills = link('hills', '山水', '', ['spring']);
    expect(mentionsOf('spring', undefined, [HALF, onlyHills], text)).toEqual([]);
    expect(mentionsOf('spring', undefined, [onlyHills], text)).toHaveLength(1);
  });
});
