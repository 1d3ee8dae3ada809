/** The planner tools' pure parts on the fictional pack: analysis context, overlays, map input, exports. */
import { distance } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlasAnalysis, whatHereIn } from '../../src/analysis/atlas-context';
import { catchmentOf, metricsOf } from '../../src/analysis/atlas-measures';
import type { Content } from '../../src/content/load';
import type { AtlasState, LngLat } from '../../src/state/store';
import { defaultUrlState } from '../../src/state/view';
import { visibleLayers } from '../../src/ui/planner-tools/export-geojson';
import {
  doubleClickPatch,
  enterPatch,
  finishPatch,
  plannerPointPatch,
} from '../../src/ui/planner-tools/map-input';
import { measureReadout } from '../../src/ui/planner-tools/measure-panel';
import { measureFeatures } from '../../src/ui/planner-tools/overlays';
import { loadPack } from './fixtures/fictional-pack';

let content: Content;
let state: AtlasState;
beforeAll(async () => {
  content = await loadPack();
  state = {
    ...defaultUrlState(content),
    hover: [],
    measurePoints: [],
    measureDone: false,
    tab: 'text',
    intent: null,
  };
});

const coords = (id: string) => content.features.get(id)?.feature.geometry as GeoJSON.Point;

describe('atlas analysis context', () => {
  it('sorts features by the roles the manifest gives their kinds, the district from the focus', () => {
    const a = atlasAnalysis(content);
    expect(a.metrics.stations.map((s) => s.id)).toEqual(['stop-mill-street', 'stop-east-gate']);
    expect(a.metrics.ports.map((p) => p.id)).toEqual(['pier-old-harbour']);
    expect(a.metrics.projects.map((p) => p.properties?.kind)).toEqual(['workshop', 'workshop', 'workshop']);
    expect(a.metrics.layoutKinds).toEqual(['quarter']);
    expect(a.here.layout.map((f) => f.id)).toEqual(['quarter-north', 'quarter-river']);
    // The pack declares no kind with the `area` role.
    expect(a.here.subdistricts).toEqual([]);
    expect(a.here.container?.id).toBe(content.manifest.focus.feature);
    // Measure 5 has no feature of its own: it applies across the district.
    expect(a.here.districtMeasures).toEqual([5]);
    expect(atlasAnalysis(content)).toBe(a);
  });

  it('leaves the centre out of its own catchment and recounts without it', () => {
    const c = catchmentOf(content, 'stop-mill-street', 500);
    expect(c?.items.some((i) => i.id === 'stop-mill-street')).toBe(false);
    const guomao = coords('stop-mill-street').coordinates;
    const expected = atlasAnalysis(content)
      .metrics.stations.filter(
        (s) =>
          s.id !== 'stop-mill-street' && distance(guomao, s.geometry.coordinates, { units: 'meters' }) <= 500,
      )
      .map((s) => s.id);
    expect(c?.items.filter((i) => i.layer === 'stations').map((i) => i.id)).toEqual(expected);
    expect(c?.counts.stations).toBe(expected.length);
    expect(catchmentOf(content, 'no-such-feature', 500)).toBeNull();
  });

  it('gives a quarter its area and the stations within 500 m; a point has no area', () => {
    const quarter = metricsOf(content, 'quarter-north');
    expect(quarter?.area_km2).toBeGreaterThan(0);
    expect(quarter?.stations_near?.map((s) => s.id)).toEqual(['stop-mill-street']);
    expect(metricsOf(content, 'stop-mill-street')?.area_km2).toBeUndefined();
  });

  it('finds the quarter and the district-wide measure at a stop', () => {
    const w = whatHereIn(content, coords('stop-mill-street').coordinates as LngLat);
    expect(w.nearestStation).toEqual({ id: 'stop-mill-street', distance_m: 0 });
    expect(w.zones).toEqual(['quarter-north']);
    expect(w.measures).toEqual([1, 5]);
  });
});

describe('map input by mode', () => {
  const p: LngLat = [114.1, 22.55];
  it('adds a measuring point, sets "here", and leaves other modes to the app', () => {
    expect(plannerPointPatch({ ...state, mode: 'measure', measurePoints: [[1, 2]] }, p)).toEqual({
      measurePoints: [[1, 2], p],
    });
    expect(plannerPointPatch({ ...state, mode: 'here' }, p)).toEqual({ here: p });
    expect(plannerPointPatch({ ...state, mode: 'explore' }, p)).toBeNull();
    expect(plannerPointPatch({ ...state, mode: 'near' }, p)).toBeNull();
  });
});

describe('measuring overlay and read-out', () => {
  const a: LngLat = [114.1, 22.55];
  const b: LngLat = [114.11, 22.55];
  const c: LngLat = [114.11, 22.56];
  const roles = (f: GeoJSON.Feature[]) => f.map((x) => x.properties?.role);

  it('draws a path with a labelled total, or the closed polygon in area mode', () => {
    const path = measureFeatures([a, b], false, 'en');
    expect(roles(path)).toEqual(['path', 'vertex', 'vertex', 'label']);
    expect(path[3]?.properties?.text).toMatch(/^1\.03 km$/);
    const area = measureFeatures([a, b, c], true, 'zh');
    // Three sides labelled at their middles, then the area at the last point.
    expect(roles(area)).toEqual(['area', 'vertex', 'vertex', 'vertex', 'label', 'label', 'label', 'label']);
    expect((area[0] as GeoJSON.Feature<GeoJSON.Polygon>).geometry.coordinates[0]).toEqual([a, b, c, a]);
    expect(area.slice(4, 7).map((f) => f.properties?.text)).toEqual(['1.03 公里', '1.11 公里', '1.51 公里']);
    expect(area[7]?.properties?.text).toMatch(/平方(公里|米)$/);
    // Area mode with two points is still a path.
    expect(roles(measureFeatures([a, b], true, 'en'))[0]).toBe('path');
    expect(measureFeatures([], false, 'en')).toEqual([]);
  });

  it('reads out the count of points and says when an area needs more', () => {
    expect(measureReadout([a, b], false, 'zh')).toBe('距离：1.03 公里（2 个点）');
    expect(measureReadout([a, b], true, 'en')).toBe('An area needs at least 3 points (2 points)');
    expect(measureReadout([], false, 'en')).toBe('No points yet');
    expect(measureReadout([a], false, 'en')).toBe('Distance: 0 m (1 point)');
  });

  it('finishes on a double click without the second click’s point, and starts anew after', () => {
    const measuring = { ...state, mode: 'measure' as const, measurePoints: [a, b, b] };
    expect(doubleClickPatch(measuring, false)).toEqual({ measurePoints: [a, b], measureDone: true });
    expect(doubleClickPatch({ ...measuring, measurePoints: [a, a] }, false)).toEqual({
      measurePoints: [a],
      measureDone: false,
    });
    expect(doubleClickPatch({ ...state, mode: 'explore' }, false)).toBeNull();
    expect(finishPatch({ ...measuring, measurePoints: [a, b] }, true)).toBeNull();
    expect(finishPatch({ ...measuring, measurePoints: [a, b] }, false)).toEqual({ measureDone: true });
    expect(plannerPointPatch({ ...measuring, measureDone: true }, c)).toEqual({
      measurePoints: [c],
      measureDone: false,
    });
  });
});

describe('Enter on the focused map', () => {
  const at: [number, number] = [114.12, 22.55];
  it('places a point at the centre, finishes after pointer points or a second press in place', () => {
    const measuring: AtlasState = { ...state, mode: 'measure', measurePoints: [], measureDone: false };
    expect(enterPatch(measuring, at, 'key', false)).toEqual({
      patch: { measurePoints: [at] },
      finished: false,
    });
    const two = { ...measuring, measurePoints: [[114.1, 22.5], at] as [number, number][] };
    // Pressed again where the last point is: the path is finished, not given a duplicate point.
    expect(enterPatch(two, at, 'key', false)).toEqual({ patch: { measureDone: true }, finished: true });
    expect(enterPatch(two, [114.2, 22.6], 'pointer', false)).toEqual({
      patch: { measureDone: true },
      finished: true,
    });
    // An area needs three points: a second press in place does nothing yet.
    expect(enterPatch(two, at, 'key', true)).toBeNull();
    expect(enterPatch({ ...measuring, mode: 'explore' }, at, 'key', false)).toBeNull();
  });
});

describe('exports', () => {
  it('puts every feature of the visible layers, with its layer, in one collection', async () => {
    const { features, omitted } = await visibleLayers(content, ['transit', 'quarters']);
    const all = [...features];
    const expected = content.layers
      .filter((l) => l.def.id === 'quarters' || l.def.id === 'transit')
      .flatMap((l) => l.data.features.map((f) => `${l.def.id}/${f.id}`));
    expect(all.map((f) => `${f.properties?.layer}/${f.id}`)).toEqual(expected);
    expect(all.some((f) => f.properties && 'fid' in f.properties)).toBe(false);
    expect(omitted).toEqual([]);
    expect([...(await visibleLayers(content, [])).features]).toEqual([]);
  });
});
