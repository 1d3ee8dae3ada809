// Types of the parts of osm-pbf-parser (a streaming OSM PBF decoder) the basemap pipeline uses.
declare module 'osm-pbf-parser' {
  import type { Duplex } from 'node:stream';

  export interface PbfNode {
    type: 'node';
    id: number;
    lat: number;
    lon: number;
    tags: Record<string, string>;
  }
  export interface PbfWay {
    type: 'way';
    id: number;
    tags: Record<string, string>;
    refs: number[];
  }
  export interface PbfRelation {
    type: 'relation';
    id: number;
    tags: Record<string, string>;
    members: { type: 'node' | 'way' | 'relation'; id: number; role: string }[];
  }
  export type PbfItem = PbfNode | PbfWay | PbfRelation | { type: 'info' };

  /** A stream that takes PBF bytes and gives arrays of decoded items. */
  export default function parseOSM(): Duplex;
}
