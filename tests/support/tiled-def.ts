import type { TiledDef } from '../../src/content/tiled-index';

/** A point layer `big` as the build names a tiled one: its archive, index and columns under tiles/. */
export function bigTiledDef(count: number, bounds: [number, number, number, number]): TiledDef {
  return {
    id: 'big',
    group: 'g',
    file: 'big.geojson',
    name: { zh: '大', en: 'Big' },
    measures: [1],
    style: { color: '#000000' },
    tiled: {
      archive: 'tiles/big.pmtiles',
      index: 'tiles/big.index.json',
      props: 'tiles/big.props.json',
      count,
      minzoom: 8,
      maxzoom: 14,
      bounds,
      geometries: ['Point'],
      legend: [{ label: { zh: '大', en: 'Big' }, color: '#000000', shape: 'circle', stroke: '#ffffff' }],
      citations: [],
    },
  };
}
