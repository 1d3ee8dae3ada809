import type { Content } from '../../content/load';

/**
 * The features of the visible layers as one FeatureCollection, in manifest order, each with a `layer`
 * property naming its layer (the id stays at the top level, as in data/).
 */
export function visibleLayersCollection(
  content: Content,
  visible: readonly string[],
): GeoJSON.FeatureCollection {
  const shown = new Set(visible);
  return {
    type: 'FeatureCollection',
    features: content.layers
      .filter((l) => shown.has(l.def.id))
      .flatMap(({ def, data }) =>
        data.features.map((f) => {
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
