import { describe, expect, it } from 'vitest';
import { checkProvenance } from '../../scripts/lib/check-provenance';
import type { Provenance } from '../../scripts/lib/inputs';
import {
  derivePositions,
  distance_m,
  parseCsv,
  readDocuments,
  readReferences,
  toWgs84,
} from '../../scripts/lib/provenance';
import { buildRecordFeatures, type RecordContext } from '../../scripts/lib/records';

// A tiny fictional content pack: two documents of different families and one of the first family again.
const DOCS = {
  'sources/documents/t.json': JSON.stringify({
    'doc-a': { url: 'https://example.org/a', title: 'A', publisher: 'Pub A', lang: 'en', family: 'fam-a' },
    'doc-a2': { url: 'https://example.org/a2', title: 'A2', publisher: 'Pub A', lang: 'en', family: 'fam-a' },
    'doc-b': {
      repo: 'owner/data',
      path: 'points.csv',
      title: 'B',
      publisher: 'Pub B',
      lang: 'zh',
      family: 'fam-b',
    },
  }),
};
const HEADER = 'feature_id,document,crs,raw_lon,raw_lat,stands_for,note\n';
const { documents } = readDocuments(DOCS);

function provenanceOf(csv: string): Provenance {
  const refs = readReferences({ 'sources/positions/p.csv': HEADER + csv }, documents);
  const derived = derivePositions(refs.references, documents);
  return {
    documents,
    positions: derived.positions,
    referenced: new Set(refs.references.map((r) => r.feature)),
    issues: [...refs.issues, ...derived.issues],
  };
}

describe('conversions', () => {
  // Published pairs: wandergis/coordtransform README.md ("result" block), inputs (116.404, 39.915).
  // Its GCJ-02 -> WGS84 is a one-step approximation (good to a few metres); gcoord iterates, so the
  // pair is compared within 5 m rather than digit for digit.
  it('GCJ-02 to WGS84 matches the published pair', () => {
    expect(
      distance_m(toWgs84('GCJ-02', [116.404, 39.915]), [116.39775550083061, 39.91359571849836]),
    ).toBeLessThan(5);
  });
  it('BD-09 to WGS84 matches the published BD-09 -> GCJ-02 -> WGS84 chain', () => {
    const gcj: [number, number] = [116.39762729119315, 39.90865673957631]; // bd09ToGcj02(116.404, 39.915)
    expect(distance_m(toWgs84('BD-09', [116.404, 39.915]), toWgs84('GCJ-02', gcj))).toBeLessThan(1);
  });
  it('WGS84 and CGCS2000 pass through unchanged', () => {
    expect(toWgs84('WGS84', [114.1, 22.5])).toEqual([114.1, 22.5]);
    expect(toWgs84('CGCS2000', [114.1, 22.5])).toEqual([114.1, 22.5]);
  });
  it('moves a GCJ-02 point in Luohu about 500-600 m west-south-west', () => {
    const raw: [number, number] = [114.1188, 22.5398];
    const d = distance_m(toWgs84('GCJ-02', raw), raw);
    expect(d).toBeGreaterThan(450);
    expect(d).toBeLessThan(650);
  });
});

describe('reference table', () => {
  it('parses quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\nd,e,f\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['d', 'e', 'f'],
    ]);
  });
  it('fails a point with no document, naming file, line and feature', () => {
    const p = provenanceOf('f-one,,WGS84,114.1,22.5,centre,\n');
    expect(p.issues).toContainEqual(
      expect.objectContaining({
        file: 'sources/positions/p.csv:2',
        feature: 'f-one',
        message: expect.stringMatching(/no document/),
      }),
    );
  });
  it('fails an unknown coordinate system', () => {
    const p = provenanceOf('f-one,doc-a,EPSG:2326,114.1,22.5,centre,\n');
    expect(p.issues.map((i) => i.message).join()).toMatch(/unknown coordinate system "EPSG:2326"/);
  });
  it('fails a document that is not registered', () => {
    const p = provenanceOf('f-one,doc-z,WGS84,114.1,22.5,centre,\n');
    expect(p.issues.map((i) => i.message).join()).toMatch(/"doc-z" is not in/);
  });
  it('fails a document with neither url nor repository', () => {
    const { issues } = readDocuments({
      'd.json': JSON.stringify({ 'doc-x': { title: 'X', publisher: 'P', lang: 'en', family: 'f' } }),
    });
    expect(issues[0]).toMatchObject({ file: 'd.json', feature: 'doc-x' });
  });
});

describe('accuracy from evidence', () => {
  it('two independent families within 50 m: surveyed, with their spread', () => {
    const p = provenanceOf('f-one,doc-a,WGS84,114.1000,22.5,c,\nf-one,doc-b,WGS84,114.1003,22.5,c,\n');
    expect(p.issues).toEqual([]);
    expect(p.positions.get('f-one')).toMatchObject({ accuracy: 'surveyed', independent: 2, spread_m: 31 });
  });
  it('one family, however many documents: approximate', () => {
    const p = provenanceOf('f-one,doc-a,WGS84,114.1,22.5,c,\nf-one,doc-a2,WGS84,114.1,22.5,c,\n');
    expect(p.positions.get('f-one')).toMatchObject({ accuracy: 'approximate', independent: 1 });
  });
  it('independent documents 50-200 m apart: approximate', () => {
    const p = provenanceOf('f-one,doc-a,WGS84,114.1000,22.5,c,\nf-one,doc-b,WGS84,114.1010,22.5,c,\n');
    expect(p.positions.get('f-one')).toMatchObject({ accuracy: 'approximate', spread_m: 103 });
  });
  it('references more than 200 m apart fail', () => {
    const p = provenanceOf(
      'f-one,doc-a,WGS84,114.1,22.5,c,\nf-one,doc-b,WGS84,114.1,22.5,c,\nf-two,doc-a,WGS84,114.10,22.5,c,\nf-two,doc-b,WGS84,114.11,22.5,c,\n',
    );
    expect(p.issues).toEqual([
      expect.objectContaining({ feature: 'f-two', message: expect.stringMatching(/disagree by 1027 m/) }),
    ]);
  });
  it('converts each reference from its own system before comparing', () => {
    const gcj = toWgs84('GCJ-02', [114.1188, 22.5398]);
    const p = provenanceOf(
      `f-one,doc-a,GCJ-02,114.1188,22.5398,c,\nf-one,doc-b,WGS84,${gcj[0]},${gcj[1]},c,\n`,
    );
    expect(p.positions.get('f-one')).toMatchObject({ accuracy: 'surveyed', spread_m: 0 });
  });
});

describe('derived layers', () => {
  const point = (id: string, coordinates: [number, number], accuracy = 'approximate') => ({
    id,
    properties: { accuracy },
    geometry: { type: 'Point', coordinates },
  });
  it('fails a drawn point with no reference', () => {
    const issues = checkProvenance(
      provenanceOf(''),
      new Map([['layers/x.geojson', { features: [point('f-one', [114.1, 22.5])] }]]),
      undefined,
    );
    expect(issues).toEqual([
      {
        file: 'layers/x.geojson',
        feature: 'f-one',
        message: expect.stringMatching(/point with no document/),
      },
    ]);
  });
  it('fails a point that differs from the conversion of its references', () => {
    const p = provenanceOf('f-one,doc-a,GCJ-02,114.1188,22.5398,c,\n');
    const issues = checkProvenance(
      p,
      new Map([['layers/x.geojson', { features: [point('f-one', [114.1188, 22.5398])] }]]),
      undefined,
    );
    expect(issues[0]?.message).toMatch(/differs from the conversion of its references/);
  });
  it('passes a point equal to its derivation, and fails a reference to no feature', () => {
    const p = provenanceOf('f-one,doc-a,WGS84,114.1,22.5,c,\nf-gone,doc-a,WGS84,114.1,22.5,c,\n');
    const issues = checkProvenance(
      p,
      new Map([['layers/x.geojson', { features: [point('f-one', [114.1, 22.5])] }]]),
      undefined,
    );
    expect(issues).toEqual([
      expect.objectContaining({ feature: 'f-gone', message: expect.stringMatching(/no feature of that id/) }),
    ]);
  });
});

describe('project records', () => {
  const ctx = (csv = ''): RecordContext => ({
    documents,
    positions: provenanceOf(csv).positions,
    areas: new Map([['北区', 'area-north']]),
    fallbackArea: 'area-all',
    kind: 'project',
    statuses: true,
    categories: ['school', 'park'],
    measureCount: 5,
  });
  const project = (over: Record<string, unknown>) => ({
    id: 'p-one',
    name_zh: '一号',
    name_en: 'One',
    category: 'school',
    measures: [5],
    subdistrict: '北区',
    documents: ['doc-a'],
    statuses: [{ status: 'listed', date: '2019-03', document: 'doc-a' }],
    ...over,
  });
  const build = (records: unknown[], c = ctx()) =>
    buildRecordFeatures({ 'records/p.json': JSON.stringify(records) }, c);

  it('fails a status without a date', () => {
    const { issues } = build([project({ statuses: [{ status: 'completed', document: 'doc-a' }] })]);
    expect(issues).toEqual([
      { file: 'records/p.json', feature: 'p-one', message: expect.stringMatching(/"completed" has no date/) },
    ]);
  });
  it('fails a project without a document', () => {
    const { issues } = build([project({ documents: [] })]);
    expect(issues[0]?.message).toMatch(/names no document/);
  });
  it('fails a measure beyond the text, a category not declared and an unknown subdistrict', () => {
    const { issues } = build([project({ measures: [6], category: 'mall', subdistrict: '南区' })]);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/category "mall"/),
      expect.stringMatching(/measure numbers 1-5/),
      expect.stringMatching(/subdistrict "南区"/),
    ]);
  });
  it('keeps a project no document locates, without geometry, in its area', () => {
    const { features, issues } = build([project({})]);
    expect(issues).toEqual([]);
    expect(features[0]).toMatchObject({
      geometry: null,
      properties: { accuracy: 'area', area: 'area-north', status: 'listed' },
    });
  });
  it('falls back to the whole district when no document names a subdistrict', () => {
    const { subdistrict: _, ...rest } = project({});
    expect(build([rest]).features[0]?.properties.area).toBe('area-all');
  });
  it('draws a located project at its derived point, statuses in date order, latest as its status', () => {
    const { features } = build(
      [
        project({
          statuses: [
            { status: 'completed', date: '2022-09-01', document: 'doc-a' },
            { status: 'listed', date: '2019', document: 'doc-a' },
          ],
        }),
      ],
      ctx('p-one,doc-b,BD-09,114.1,22.5,site,\n'),
    );
    expect(features[0]?.geometry?.coordinates).toEqual(
      provenanceOf('p-one,doc-b,BD-09,114.1,22.5,site,\n').positions.get('p-one')?.point,
    );
    expect(features[0]?.properties).toMatchObject({
      status: 'completed',
      status_date: '2022-09-01',
      accuracy: 'approximate',
    });
    const statuses = (features[0]?.properties.statuses ?? []) as { date: string }[];
    expect(statuses.map((s) => s.date)).toEqual(['2019', '2022-09-01']);
  });
});
