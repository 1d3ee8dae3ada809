import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/content/read-node';
import { formatIssue } from '../../src/content/types';
import { validateAtlas } from '../../src/content/validate-atlas';
import { FICTIONAL_PACK } from './fixtures/fictional-pack';
import { miniAtlas, readerOf } from './fixtures/mini-atlas';

type Files = ReturnType<typeof miniAtlas>;
// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely to break them
type Any = any;

/** Validates the mini atlas after `breakIt` mutates it, and returns the formatted issues. */
function issuesAfter(breakIt: (files: Files & Record<string, Any>) => void): string[] {
  const files = miniAtlas() as Files & Record<string, Any>;
  breakIt(files);
  return validateAtlas(readerOf(files)).issues.map(formatIssue);
}

describe('content validation', () => {
  it('accepts a valid atlas', () => {
    const { atlas, issues } = validateAtlas(readerOf(miniAtlas()));
    expect(issues).toEqual([]);
    expect(atlas?.features.size).toBe(3);
  });

  it('accepts the fictional pack in tests/fixtures (another district, five measures, no flows)', () => {
    const { atlas, issues } = validateAtlas(readDataDir(FICTIONAL_PACK));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(atlas?.manifest.measures).toBe(5);
  });

  it('names a file that is not JSON', () => {
    const issues = validateAtlas((path) => {
      if (path === 'zones.geojson') return JSON.parse('{ broken');
      return readerOf(miniAtlas())(path);
    }).issues.map(formatIssue);
    expect(issues.some((i) => i.startsWith('zones.geojson: cannot be read as JSON'))).toBe(true);
  });

  it('names a missing file', () => {
    const issues = issuesAfter((f) => {
      delete f['zones.geojson'];
    });
    expect(issues.some((i) => i.startsWith('zones.geojson: cannot be read'))).toBe(true);
  });

  it('rejects a ring that is not closed', () => {
    const issues = issuesAfter((f) => {
      f['zones.geojson'].features[0].geometry.coordinates[0].pop();
    });
    expect(issues).toContain('zones.geojson [zone-1]: has a ring 0 that is not closed');
  });

  it('rejects a clockwise exterior ring (RFC 7946 right-hand rule)', () => {
    const issues = issuesAfter((f) => {
      f['zones.geojson'].features[0].geometry.coordinates[0].reverse();
    });
    expect(issues).toContain(
      'zones.geojson [zone-1]: has an exterior ring wound clockwise (RFC 7946 wants counter-clockwise)',
    );
  });

  it('rejects swapped or out-of-range coordinates', () => {
    const issues = issuesAfter((f) => {
      f['zones.geojson'].features[1].geometry.coordinates = [3, 200];
    });
    expect(issues.some((i) => i.startsWith('zones.geojson [stop-1]: has a position out of range'))).toBe(
      true,
    );
  });

  it('rejects a feature outside the atlas extent', () => {
    const issues = issuesAfter((f) => {
      f['zones.geojson'].features[1].geometry.coordinates = [30, 3];
    });
    expect(issues.some((i) => i.startsWith('zones.geojson [stop-1]: lies outside the atlas extent'))).toBe(
      true,
    );
  });

  it('rejects a feature outside the area its layer must stay within', () => {
    const issues = issuesAfter((f) => {
      f['zones.geojson'].features[1].geometry.coordinates = [8, 8];
    });
    expect(issues).toContain('zones.geojson [stop-1]: lies outside district-a');
  });

  it('rejects a duplicate id, within a file and across files', () => {
    const within = issuesAfter((f) => {
      f['zones.geojson'].features[1].id = 'zone-1';
    });
    expect(within).toContain('zones.geojson [zone-1]: id is used twice in this file');
    const across = issuesAfter((f) => {
      f['zones.geojson'].features[1].id = 'district-a';
    });
    expect(across).toContain('zones.geojson [district-a]: id is also used in land.geojson');
  });

  it('rejects a feature without an id or required property', () => {
    const issues = issuesAfter((f) => {
      delete f['zones.geojson'].features[0].id;
      delete f['zones.geojson'].features[1].properties.source;
      f['zones.geojson'].features[1].properties.accuracy = 'guessed';
    });
    expect(issues).toContain('zones.geojson [#0]: needs a kebab-case string "id" at the top level');
    expect(issues).toContain(
      'zones.geojson [stop-1]: needs its provenance: "docs" (document ids) or a non-empty "source"',
    );
    expect(issues).toContain(
      'zones.geojson [stop-1]: property "accuracy" must be one of surveyed, approximate, schematic, area',
    );
  });

  it('accepts a feature without geometry only when it stands in an area', () => {
    const issues = issuesAfter((f) => {
      f['zones.geojson'].features[0].geometry = null;
      f['zones.geojson'].features[1].geometry = null;
      f['zones.geojson'].features[1].properties.accuracy = 'area';
    });
    expect(issues).toContain('zones.geojson [zone-1]: has no geometry');
    expect(issues).toContain(
      'zones.geojson [stop-1]: has accuracy "area" but no "area" naming the feature that stands for it',
    );
  });

  it('rejects a link to a missing feature or a term not in the text', () => {
    const issues = issuesAfter((f) => {
      f['links.json'][0].features = ['zone-9'];
      f['links.json'][0].en = 'zone nine';
    });
    expect(issues).toContain('links.json [link-zone]: points at missing feature "zone-9"');
    expect(issues).toContain('links.json [link-zone]: term "zone nine" occurs in no English paragraph');
  });

  it('rejects a story step that names a missing layer, feature or section', () => {
    const issues = issuesAfter((f) => {
      f['story.json'].steps[0].layers = ['nope'];
      f['story.json'].steps[0].highlight = ['zone-9'];
      f['story.json'].steps[0].section = 'm9';
    });
    expect(issues).toContain('story.json [s1]: shows missing layer "nope"');
    expect(issues).toContain('story.json [s1]: highlights missing feature "zone-9"');
    expect(issues).toContain('story.json [s1]: names missing section "m9"');
  });

  it('rejects a layer in an unknown group and a missing focus feature', () => {
    const issues = issuesAfter((f) => {
      f['atlas.json'].layers[0].group = 'nope';
    });
    expect(issues).toContain('atlas.json: layer "zones" names unknown group "nope"');
    const focus = issuesAfter((f) => {
      f['atlas.json'].focus.feature = 'district-z';
    });
    expect(focus).toContain('atlas.json: focus.feature "district-z" does not exist');
  });

  it('accepts an empty or absolute http(s) public URL and rejects anything else', () => {
    const message =
      'atlas.json: "publicUrl" must be empty or an absolute http(s) URL such as "https://example.org/atlas/"';
    for (const ok of ['', 'https://example.org/atlas/', 'http://intranet.local/luohu/'])
      expect(
        issuesAfter((f) => {
          f['atlas.json'].publicUrl = ok;
        }),
      ).not.toContain(message);
    for (const bad of ['example.org/atlas', 'ftp://example.org/', 42])
      expect(
        issuesAfter((f) => {
          f['atlas.json'].publicUrl = bad;
        }),
      ).toContain(message);
  });

  it('rejects a measure that nothing on the map serves', () => {
    const issues = issuesAfter((f) => {
      f['text.json'].sections.push({
        id: 'm2',
        kind: 'measure',
        number: 2,
        title: { zh: '二', en: 'Two' },
        paragraphs: [{ id: 'm2-1', zh: '无图。', en: 'No map.' }],
      });
    });
    expect(issues).toContain('text.json [m2]: no layer, feature or link serves it');
  });

  it('names the manifest field of a missing or malformed vocabulary', () => {
    const issues = issuesAfter((f) => {
      const m = f['atlas.json'];
      delete m.lang;
      m.measures = 0;
      m.labels.noLayout = { zh: '', en: 'x' };
      m.credits = [{ zh: 'only zh' }];
      m.kinds.zone.roles = ['tower'];
      m.kinds.zone.extrude = -5;
      m.categories.park = 'Parks';
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'atlas.json: "lang" must be a BCP 47 language tag such as "zh-CN"',
        'atlas.json: "measures" must be the number of measures in the text (an integer from 1)',
        'atlas.json: "labels.noLayout" must be { zh, en }',
        'atlas.json: credits[0] must be { zh, en }',
        'atlas.json: kinds["zone"] roles must be a list of station, port, hub, layout, area, project',
        'atlas.json: kinds["zone"] extrude must be a height in metres above 0',
        'atlas.json: categories["park"] must be { zh, en }',
      ]),
    );
  });

  it('rejects a kind the manifest does not declare and a colour category without a label', () => {
    const issues = issuesAfter((f) => {
      f['zones.geojson'].features[1].properties.kind = 'tower';
      f['atlas.json'].layers[0].style.colorBy = { property: 'category', values: { park: '#00ff00' } };
    });
    expect(issues).toContain('zones.geojson [stop-1]: kind "tower" is not declared in atlas.json "kinds"');
    expect(issues).toContain(
      'atlas.json: layer "zones" colours category "park", which "categories" does not name',
    );
  });

  it("follows the manifest's measure count: no fixed limit, nothing beyond the count", () => {
    const beyond = issuesAfter((f) => {
      f['zones.geojson'].features[0].properties.measures = [2];
    });
    expect(beyond).toContain(
      'zones.geojson [zone-1]: property "measures" must be an array of measure numbers 1-1 (the manifest\'s "measures")',
    );
    const twelve = issuesAfter((f) => {
      f['atlas.json'].measures = 12;
      for (let n = 2; n <= 12; n++)
        f['text.json'].sections.push({
          id: `m${n}`,
          kind: 'measure',
          number: n,
          title: { zh: `措施${n}`, en: `Measure ${n}` },
          paragraphs: [{ id: `m${n}-1`, zh: '建设一区。', en: 'Build zone one.' }],
        });
      f['zones.geojson'].features[0].properties.measures = [1, 9, 12];
    });
    expect(twelve).toEqual([]);
    const gap = issuesAfter((f) => {
      f['atlas.json'].measures = 2;
    });
    expect(gap).toContain('text.json: measure sections are numbered 1; atlas.json "measures" says 1-2');
  });
});
