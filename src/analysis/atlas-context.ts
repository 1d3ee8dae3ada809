/**
 * The atlas's features sorted into what the planner tools measure against. Features are told apart by
 * the roles the manifest gives their `kind` (station, port, hub, layout, area, project; see
 * data/README.md), never by a layer id, a kind name or a place name, so another atlas with its own kinds
 * works unchanged. Pure: no DOM, no map. Light on purpose: the
 * polygon clipping and buffering of metrics and catchments live in atlas-measures.ts, loaded on use.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Content } from '../content/load';
import { type AtlasFeature, isPlaced, type KindRole } from '../content/types';
import { kindsWithRole } from '../content/vocabulary';
import type { CatchmentCandidates } from './catchment';
import type { MetricsContext } from './metrics';
import { type WhatHere, type WhatHereContext, whatAppliesHere } from './what-here';

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
  const ofRole = (role: KindRole) => {
    const kinds = kindsWithRole(content.manifest, role);
    return thematic.filter((f) => kinds.includes(f.properties.kind));
  };
  const stations = ofRole('station').filter(isPoint);
  const ports = ofRole('port').filter(isPoint);
  const hubs = ofRole('hub').filter(isPoint);
  const projects = ofRole('project').filter(isPoint);
  const subdistricts = ofRole('area').filter(isArea);
  const focus = content.features.get(content.manifest.focus.feature)?.feature;
  const container = focus && isPlaced(focus) && isArea(focus) ? focus : undefined;
  const served = new Set(thematic.flatMap((f) => f.properties.measures));
  const districtMeasures = content.text.sections
    .filter((s) => s.kind === 'measure' && s.number !== undefined && !served.has(s.number))
    .map((s) => s.number as number);
  const analysis: AtlasAnalysis = {
    metrics: {
      stations,
      ports,
      projects,
      layoutKinds: kindsWithRole(content.manifest, 'layout'),
      ...(container ? { container } : {}),
    },
    here: {
      layout: ofRole('layout'),
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

/** "What applies here" at a point of this atlas. */
export function whatHereIn(content: Content, point: [number, number]): WhatHere {
  return whatAppliesHere(point, atlasAnalysis(content).here);
}
