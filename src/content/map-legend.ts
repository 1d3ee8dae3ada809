import { classLegend } from './class-legend';
import type { LegendEntry } from './legend';
import type { AtlasFeature, Bilingual, LayerDef, Manifest, PlacelessFeature } from './types';

/** One layer's part of the map's legend: its name and its classes. */
export interface LegendGroup {
  layerId: string;
  layer: Bilingual;
  entries: LegendEntry[];
}

/**
 * The legend of the map: the visible layers in the manifest's order, each by class (`classLegend`),
 * layers that draw nothing left out. One builder for the on-map legend and the PNG export.
 */
export function mapLegend(
  layers: readonly { def: LayerDef; data: { features: readonly (AtlasFeature | PlacelessFeature)[] } }[],
  visible: readonly string[],
  manifest: Pick<Manifest, 'kinds' | 'categories'>,
): LegendGroup[] {
  return layers
    .filter((l) => visible.includes(l.def.id))
    .map((l) => ({
      layerId: l.def.id,
      layer: l.def.name,
      entries: classLegend(l.def, l.data.features, manifest),
    }))
    .filter((g) => g.entries.length);
}
