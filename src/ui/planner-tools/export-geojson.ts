import type { Content } from '../../content/load';
import type { LayerDef } from '../../content/types';

type Exported = GeoJSON.Feature<GeoJSON.Geometry | null>;

/** What goes into a GeoJSON export: the features, and the visible layers it could not include. */
export interface LayersExport {
  features: Iterable<Exported>;
  /** Tiled layers of lines or areas: their geometry is only in the tiles, so the export leaves them out. */
  omitted: LayerDef[];
}

/**
 * The features of the visible layers, in manifest order, each with a `layer` property naming its layer
 * (the id stays at the top level, as in data/). Features no document locates come too, with null
 * geometry as RFC 7946 allows: an export loses nothing the layer holds. A tiled layer of points is
 * exported from its index and property columns (fetched here if they have not been), one feature at a
 * time, so a million are never all held as objects.
 */
export async function visibleLayers(content: Content, visible: readonly string[]): Promise<LayersExport> {
  const shown = content.layers.filter((l) => visible.includes(l.def.id));
  const omitted = shown.filter((l) => l.tiled && !l.tiled.pointsOnly).map((l) => l.def);
  const tiled = shown.flatMap((l) => (l.tiled?.pointsOnly ? [l.tiled] : []));
  await Promise.all(tiled.map((t) => t.loadProps()));
  // The content index keeps each untiled layer's features in file order, placed and placeless alike.
  const entries = [...content.features.values()];
  function* features(): Generator<Exported> {
    for (const { def, tiled } of shown) {
      if (tiled) {
        if (!tiled.pointsOnly) continue;
        for (let i = 0; i < tiled.size; i++) {
          const f = tiled.plainFeature(i);
          yield { ...f, properties: { ...f.properties, layer: def.id } };
        }
        continue;
      }
      for (const { feature: f, layer } of entries) {
        if (layer !== def.id) continue;
        // `fid` is the loader's copy of the id for map styling, not part of the data.
        const { fid: _fid, ...properties } = f.properties;
        yield {
          type: 'Feature',
          id: f.id,
          geometry: f.geometry,
          properties: { ...properties, layer: def.id },
        };
      }
    }
  }
  return { features: { [Symbol.iterator]: features }, omitted };
}
