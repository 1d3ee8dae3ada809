/**
 * The atlas's features sorted into what the planner tools measure against. Features are told apart by
 * their `kind` (the data schema's vocabulary, see data/README.md), never by a layer id or a place name,
 * so another atlas with the same kinds works unchanged. Pure: no DOM, no map.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Content } from '../content/load';
import type { AtlasFeature } from '../content/types';
import { type CatchmentCandidates, type CatchmentResult, catchment } from './catchment';
import { type FeatureMetrics, featureMetrics, type MetricsContext } from './metrics';
import { type WhatHere, type WhatHereContext, whatAppliesHere } from './what-here';

/** Kinds that are metro stations. */
export const STATION_KINDS: readonly string[] = ['metro-station'];
/** Kinds that are border ports (the "nearest port" of "what applies here"). */
export const PORT_KINDS: readonly string[] = ['port'];
/** Kinds that are passenger hubs a catchment lists beside the ports. */
export const HUB_KINDS: readonly string[] = ['port', 'rail-station', 'bus-hub'];
/** Kinds of the spatial layout: the polygons among them are the zones a point can lie in. */
export const LAYOUT_KINDS: readonly string[] = ['zone', 'belt', 'corridor', 'corridor-axis'];

/** The groups a catchment lists, in display order. */
export type CatchmentGroup = 'stations' | 'hubs' | 'projects';

/** Everything the planner analysis needs from one atlas, sorted once. */
export interface AtlasAnalysis {
  metrics: MetricsContext;
  here: WhatHereContext;
  candidates: (CatchmentCandidates & { layer: CatchmentGroup })[];
  subdistricts: Feature<Polygon | MultiPolygon>[];
}

const isPoint = (f: AtlasFeature): f is AtlasFeature & Feature<Point> => f.geometry?.type === 'Point';
const isArea = (f: AtlasFeature): f is AtlasFeature & Feature<Polygon | MultiPolygon> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

const cache = new WeakMap<Content, AtlasAnalysis>();

/**
 * The analysis context of an atlas (cached per content). The container is the manifest's focus feature
 * (the district); measures that no feature serves have no footprint of their own, so they apply across
 * the whole district.
 */
export function atlasAnalysis(content: Content): AtlasAnalysis {
  const cached = cache.get(content);
  if (cached) return cached;
  const thematic = content.layers.flatMap((l) => l.data.features);
  const ofKinds = (kinds: readonly string[]) => thematic.filter((f) => kinds.includes(f.properties.kind));
  const stations = ofKinds(STATION_KINDS).filter(isPoint);
  const ports = ofKinds(PORT_KINDS).filter(isPoint);
  const hubs = ofKinds(HUB_KINDS).filter(isPoint);
  const projects = ofKinds(['project']).filter(isPoint);
  const subdistricts = ofKinds(['subdistrict']).filter(isArea);
  const focus = content.features.get(content.manifest.focus.feature)?.feature;
  const container = focus && isArea(focus) ? focus : undefined;
  const served = new Set(thematic.flatMap((f) => f.properties.measures));
  const districtMeasures = content.text.sections
    .filter((s) => s.kind === 'measure' && s.number !== undefined && !served.has(s.number))
    .map((s) => s.number as number);
  const analysis: AtlasAnalysis = {
    metrics: { stations, ports, projects, ...(container ? { container } : {}) },
    here: {
      layout: ofKinds(LAYOUT_KINDS),
      subdistricts,
      stations,
      ports,
      ...(container ? { container } : {}),
      districtMeasures,
    },
    candidates: [
      { layer: 'stations', features: stations },
      { layer: 'hubs', features: hubs },
      { layer: 'projects', features: projects },
    ],
    subdistricts,
  };
  cache.set(content, analysis);
  return analysis;
}

const metricsCache = new WeakMap<AtlasFeature, FeatureMetrics>();

/** Metrics of a feature of the atlas (cached: geometry never changes after loading). */
export function metricsOf(content: Content, id: string): FeatureMetrics | null {
  const feature = content.features.get(id)?.feature;
  if (!feature?.geometry) return null;
  let m = metricsCache.get(feature);
  if (!m) {
    m = featureMetrics(feature, atlasAnalysis(content).metrics);
    metricsCache.set(feature, m);
  }
  return m;
}

let lastCatchment: { content: Content; key: string; result: CatchmentResult | null } | null = null;

/**
 * The catchment of a feature at a radius, without the feature itself among the items; null when the
 * feature is unknown or has no geometry. The last result is kept, since the map and the inspector ask
 * for the same one.
 */
export function catchmentOf(content: Content, id: string, radius_m: number): CatchmentResult | null {
  const key = `${id}:${radius_m}`;
  if (lastCatchment?.content === content && lastCatchment.key === key) return lastCatchment.result;
  const feature = content.features.get(id)?.feature;
  let result: CatchmentResult | null = null;
  if (feature?.geometry) {
    const a = atlasAnalysis(content);
    const found = catchment(feature, radius_m, a.candidates, a.subdistricts);
    const items = found.items.filter((i) => i.id !== id);
    const counts = Object.fromEntries(
      Object.keys(found.counts).map((layer) => [layer, items.filter((i) => i.layer === layer).length]),
    );
    const byCategory: Record<string, number> = {};
    for (const i of items) if (i.category) byCategory[i.category] = (byCategory[i.category] ?? 0) + 1;
    result = { ...found, items, counts, byCategory, areas: found.areas.filter((a) => a !== id) };
  }
  lastCatchment = { content, key, result };
  return result;
}

/** "What applies here" at a point of this atlas. */
export function whatHereIn(content: Content, point: [number, number]): WhatHere {
  return whatAppliesHere(point, atlasAnalysis(content).here);
}
