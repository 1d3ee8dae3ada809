/**
 * The atlas's own style from its content, and the thematic and label layers a view wants: pure
 * functions, which the map adapter applies (src/map/atlas-map.ts) and compares with what MapLibre holds.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Content } from '../content/load';
import type { Lang } from '../content/types';
import type { MapView } from '../state/view';
import { osmNameExpression } from './osm-schema';
import { embeddedStyle, nameField, thematicLayers } from './style';

/** The embedded basemap with every thematic layer, `hidden` ones switched off; paint changes ease over `transitionMs`. */
export function atlasStyle(
  content: Content,
  lang: Lang,
  hidden: ReadonlySet<string>,
  transitionMs: number,
): StyleSpecification {
  const focus = content.manifest.focus.feature;
  return {
    transition: { duration: transitionMs, delay: 0 },
    ...embeddedStyle(
      content.contextData,
      content.context.map(({ def, sourceId }) => ({
        role: def.role,
        sourceId,
        ...(def.filter ? { filter: def.filter } : {}),
        ...(content.contextData[sourceId]?.features.some((f) => f.id === focus) ? { focusId: focus } : {}),
      })),
      content.layers,
      lang,
      hidden,
      content.labelPoints,
    ),
  };
}

/**
 * What the view wants of the layers MapLibre holds: each thematic layer's paint and visibility (a hidden
 * one kept at opacity 0, drawn while it is `fading` out, so showing it fades in through the style's
 * transition), and the language of the embedded and offline street basemap's labels (an online
 * basemap's are its own). `held` lists the map's layer ids with their types; `only`, when given, limits
 * the thematic layers to those ids.
 */
export function wantedLayers(
  content: Content,
  view: MapView,
  fading: ReadonlySet<string>,
  held: Iterable<{ id: string; type: string | undefined }>,
  only?: ReadonlySet<string>,
): LayerSpecification[] {
  const desired: LayerSpecification[] = [];
  for (const { def } of content.layers) {
    if (only && !only.has(def.id)) continue;
    const layer = view.layers.find((l) => l.id === def.id);
    const visible = !!layer?.visible;
    const opacity = visible ? (layer?.opacity ?? 1) : 0;
    const visibility = visible || fading.has(def.id) ? 'visible' : 'none';
    for (const spec of thematicLayers(def, view.lang, opacity))
      desired.push({ ...spec, layout: { ...spec.layout, visibility } } as LayerSpecification);
  }
  for (const { id, type } of held) {
    if (type !== 'symbol') continue;
    const field = id.startsWith('ctx-')
      ? nameField(view.lang)
      : id.startsWith('osm-')
        ? osmNameExpression(view.lang)
        : null;
    if (field)
      desired.push({ id, type: 'symbol', source: '', layout: { 'text-field': field } } as LayerSpecification);
  }
  return desired;
}
