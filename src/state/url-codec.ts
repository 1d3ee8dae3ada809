import type { Camera, Lang } from '../content/types';
import { type AtlasState, type LngLat, MODES, type Mode, NEAR_RADIUS } from './store';

/** What the codec may accept: anything not listed here is ignored and the default kept. */
export interface UrlVocabulary {
  layers: readonly string[];
  sections: readonly string[];
  basemaps: readonly string[];
  steps: readonly string[];
  categories: readonly string[];
  statuses: readonly string[];
  hasFeature: (id: string) => boolean;
}

/** The part of the state the URL carries. */
export type UrlState = Omit<AtlasState, 'hover' | 'measurePoints' | 'measureDone' | 'tab' | 'intent'>;

const MAX_HASH = 4000;
const NONE = '-';

/**
 * Parses a location hash (`#m=m3&l=layout,ports&lang=en`) into URL state. Unknown keys, unknown ids
 * and malformed values fall back to the defaults one by one; nothing here throws.
 */
export function decodeHash(hash: string, vocab: UrlVocabulary, defaults: UrlState): UrlState {
  const state: UrlState = { ...defaults, opacity: { ...defaults.opacity }, near: { ...defaults.near } };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, '').slice(0, MAX_HASH));
  } catch {
    return state;
  }
  const lang = params.get('lang');
  if (lang === 'zh' || lang === 'en') state.lang = lang as Lang;
  const measure = params.get('m');
  if (measure && vocab.sections.includes(measure)) state.measure = measure;
  const layers = params.get('l');
  if (layers === NONE) state.layers = [];
  else if (layers) {
    const wanted = new Set(layers.split(','));
    const known = vocab.layers.filter((id) => wanted.has(id));
    if (known.length) state.layers = known;
  }
  const opacity = params.get('o');
  if (opacity) {
    for (const pair of opacity.split(',')) {
      const [id, value] = pair.split(':');
      const n = Number(value);
      if (id && vocab.layers.includes(id) && value !== '' && Number.isFinite(n) && n >= 0 && n <= 1) {
        state.opacity[id] = n;
      }
    }
  }
  const selection = params.get('sel');
  if (selection && vocab.hasFeature(selection)) state.selection = selection;
  const camera = parseCamera(params.get('c'));
  if (camera) state.camera = camera;
  const basemap = params.get('b');
  if (basemap && vocab.basemaps.includes(basemap)) state.basemap = basemap;
  const dim = params.get('dim');
  if (dim === '0' || dim === '1') state.dim = dim === '1';
  const mode = params.get('mode');
  if (mode && MODES.includes(mode as Mode)) state.mode = mode as Mode;
  const catchment = params.get('ca')?.split(':');
  if (catchment?.length === 2 && vocab.hasFeature(catchment[0] as string)) {
    const radius = Number(catchment[1]);
    if (Number.isFinite(radius) && radius > 0 && radius <= 5000)
      state.catchment = { feature: catchment[0] as string, radius };
  }
  // A catchment is drawn with its feature's card open (where it can be changed or hidden): a link
  // with `ca=` alone opens that feature; one whose `sel=` names another feature keeps the selection.
  if (state.catchment && !state.selection) state.selection = state.catchment.feature;
  else if (state.catchment && state.catchment.feature !== state.selection) state.catchment = null;
  const here = parseLngLat(params.get('h'));
  if (here) state.here = here;
  const pin = parseLngLat(params.get('pin'));
  if (pin) state.near.pin = pin;
  const radius = Number(params.get('r'));
  if (params.has('r') && Number.isFinite(radius) && radius >= NEAR_RADIUS.min && radius <= NEAR_RADIUS.max) {
    state.near.radius = radius;
  }
  const categories = params
    .get('cat')
    ?.split(',')
    .filter((c) => vocab.categories.includes(c));
  if (categories?.length) state.near.categories = categories;
  const statuses = params
    .get('st')
    ?.split(',')
    .filter((c) => vocab.statuses.includes(c));
  if (statuses?.length) state.near.statuses = statuses;
  const step = params.get('s');
  if (step && vocab.steps.includes(step)) state.step = step;
  if (params.get('v') === '3d') state.view3d = true;
  if (params.get('fl') === '1') state.flows = true;
  return state;
}

/** Writes URL state as a hash, leaving out what equals the defaults so links stay short. */
export function encodeHash(state: UrlState, defaults: UrlState): string {
  const params: string[] = [];
  const put = (key: string, value: string) =>
    params.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  if (state.lang !== defaults.lang) put('lang', state.lang);
  if (state.measure) put('m', state.measure);
  if (state.layers.join(',') !== defaults.layers.join(','))
    put('l', state.layers.length ? state.layers.join(',') : NONE);
  const opacity = Object.entries(state.opacity).filter(([, v]) => v !== 1);
  if (opacity.length) put('o', opacity.map(([id, v]) => `${id}:${round(v, 2)}`).join(','));
  if (state.selection) put('sel', state.selection);
  if (state.camera) put('c', formatCamera(state.camera));
  if (state.basemap !== defaults.basemap) put('b', state.basemap);
  if (state.dim !== defaults.dim) put('dim', state.dim ? '1' : '0');
  if (state.mode !== defaults.mode) put('mode', state.mode);
  if (state.catchment) put('ca', `${state.catchment.feature}:${Math.round(state.catchment.radius)}`);
  if (state.here) put('h', formatLngLat(state.here));
  if (state.near.pin) put('pin', formatLngLat(state.near.pin));
  if (state.near.radius !== defaults.near.radius) put('r', String(Math.round(state.near.radius)));
  if (state.near.categories.length) put('cat', state.near.categories.join(','));
  if (state.near.statuses.length) put('st', state.near.statuses.join(','));
  if (state.step) put('s', state.step);
  if (state.view3d) put('v', '3d');
  if (state.flows) put('fl', '1');
  return params.length ? `#${params.join('&')}` : '';
}

function parseCamera(raw: string | null): Camera | null {
  if (!raw) return null;
  const parts = raw.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  const [lng, lat, zoom, bearing = 0, pitch = 0] = parts;
  if (parts.length < 3 || parts.length > 5 || !parts.every(Number.isFinite)) return null;
  if (
    Math.abs(lng as number) > 180 ||
    Math.abs(lat as number) > 85 ||
    (zoom as number) < 0 ||
    (zoom as number) > 22
  ) {
    return null;
  }
  if (Math.abs(bearing) > 360 || pitch < 0 || pitch > 85) return null;
  return { center: [lng as number, lat as number], zoom: zoom as number, bearing, pitch };
}

function parseLngLat(raw: string | null): LngLat | null {
  const parts = raw?.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts?.length !== 2 || !parts.every(Number.isFinite)) return null;
  const [lng, lat] = parts as LngLat;
  return Math.abs(lng) <= 180 && Math.abs(lat) <= 85 ? [lng, lat] : null;
}

function formatLngLat(p: LngLat): string {
  return `${round(p[0], 5)},${round(p[1], 5)}`;
}

function formatCamera(c: Camera): string {
  const parts = [round(c.center[0], 5), round(c.center[1], 5), round(c.zoom, 2)];
  if (c.bearing || c.pitch) parts.push(round(c.bearing ?? 0, 1), round(c.pitch ?? 0, 1));
  return parts.join(',');
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
