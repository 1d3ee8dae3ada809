import type { Content } from '../../content/load';

/**
 * The features of the visible layers as one FeatureCollection, in manifest order, each with a `layer`
 * property naming its layer (the id stays at the top level, as in data/). Features no document
 * locates come too, with null geometry as RFC 7946 allows: an export loses nothing the layer holds.
 */
export function visibleLayersCollection(
  content: Content,
  visible: readonly string[],
): GeoJSON.FeatureCollection<GeoJSON.Geometry | null> {
  const shown = new Set(visible);
  // The content index keeps each layer's features in file order, placed and placeless alike.
  const entries = [...content.features.values()];
  return {
    type: 'FeatureCollection',
    features: content.layers
      .filter((l) => shown.has(l.def.id))
      .flatMap(({ def }) =>
        entries
          .filter((e) => e.layer === def.id)
          .map(({ feature: f }) => {
            // `fid` is the loader's copy of the id for map styling, not part of the data.
            const { fid: _fid, ...properties } = f.properties;
            return {
              type: 'Feature' as const,
              id: f.id,
              geometry: f.geometry,
              properties: { ...properties, layer: def.id },
            };
          }),
      ),
  };
}
