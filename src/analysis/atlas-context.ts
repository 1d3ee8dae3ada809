/**
 * The atlas's features sorted into what the planner tools measure against. Features are told apart by
 * the roles the manifest gives their `kind` (station, port, hub, layout, area, project; see
 * data/README.md), never by a layer id, a kind name or a place name, so another atlas with its own kinds
 * works unchanged. Pure: no DOM, no map. Light on purpose: the
 * polygon clipping and buffering of metrics and catchments live in atlas-measures.ts, loaded on use.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Content } from '../content/load';
import type { TiledIndex } from '../content/tiled-index';
import { type AtlasFeature, isPlaced, type KindRole } from '../content/types';
import { kindsWithRole } from '../content/vocabulary';
import type { CatchmentCandidates } from './catchment';
import type { MetricsContext } from './metrics';
import type { PointSet } from './point-set';
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
 * A tiled layer's points as the analysis reads them, through its index (empty until it has arrived)
 * and its property columns (categories once they have loaded; see `tiledReadiness`). With `kinds`,
 * only points of those kinds, which the columns say (none are counted before they have loaded).
 */
function pointSet(tiled: TiledIndex, kinds: readonly string[] | null): PointSet {
  return {
    get size() {
      return tiled.size;
    },
    point: (i) => (!kinds || kinds.includes(tiled.prop(i, 'kind') as string) ? tiled.point(i) : null),
    id: (i) => tiled.index.ids[i] as string,
    category: (i) => tiled.category(i),
  };
}

/**
 * What the analysis of tiled layers has to read with: how many entries of each index and whether its
 * columns have loaded. A result computed before they arrived is computed again after (atlas-measures).
 */
export function tiledReadiness(content: Content): string {
  return content.layers
    .flatMap(({ tiled }) => (tiled ? [`${tiled.size}${tiled.propsLoaded ? '+' : ''}`] : []))
    .join(',');
}

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
  // Tiled layers' points, as columns: a records layer's one kind gives all its points their roles;
  // in another layer each point's kind is read from the property columns.
  const setsOf = (role: KindRole) => {
    const kinds = kindsWithRole(content.manifest, role);
    return content.layers.flatMap(({ def, tiled }) => {
      if (!tiled || (def.records && !kinds.includes(def.records.kind))) return [];
      return [pointSet(tiled, def.records ? null : kinds)];
    });
  };
  const columns = { stations: setsOf('station'), ports: setsOf('port'), projects: setsOf('project') };
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
      columns,
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
      { layer: 'stations', features: stations, sets: columns.stations },
      { layer: 'hubs', features: hubs, sets: setsOf('hub') },
      { layer: 'projects', features: projects, sets: columns.projects },
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
