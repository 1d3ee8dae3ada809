// npx tsx scripts/pwa-icons.ts: draws the app's install icons (public/icons/*.png) from the favicon's
// design (a dark tile, green hills, a blue river) with no image library: a small rasteriser and a
// PNG encoder on node:zlib. Deterministic: the same script writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
const TILE: Rgb = [0x3d, 0x35, 0x29];
const HILLS: Rgb = [0x9c, 0xc5, 0x8a];
const RIVER: Rgb = [0x8c, 0xc0, 0xdd];
// The favicon's shapes on its 32-unit grid.
const HILL_POLYGON: [number, number][] = [
  [6, 22],
  [12, 10],
  [17, 18],
  [21, 13],
  [26, 22],
];

function insidePolygon(x: number, y: number, ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The colour at a point of the 32-unit design, or null outside the tile. */
function designAt(x: number, y: number, rounded: boolean): Rgb | null {
  if (rounded) {
    const r = 6;
    const cx = Math.min(Math.max(x, r), 32 - r);
    const cy = Math.min(Math.max(y, r), 32 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  }
  if (x >= 5 && x <= 27 && Math.abs(y - 24) <= 1.25) return RIVER;
  if (insidePolygon(x, y, HILL_POLYGON)) return HILLS;
  return TILE;
}

/** RGBA pixels of the icon: 4×4 samples a pixel; `maskable` fills the square and keeps a safe margin. */
function drawIcon(size: number, maskable: boolean): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const scale = maskable ? 0.8 : 1;
  const offset = ((1 - scale) / 2) * 32;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const u = ((px + (sx + 0.5) / 4) / size) * 32;
          const v = ((py + (sy + 0.5) / 4) / size) * 32;
          const c = maskable
            ? (designAt((u - offset) / scale, (v - offset) / scale, false) ?? TILE)
            : designAt(u, v, true);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 255;
        }
      }
      const alpha = sum[3] / 16;
      const i = (py * size + px) * 4;
      const covered = sum[3] / 255 || 1;
      pixels[i] = Math.round(sum[0] / covered);
      pixels[i + 1] = Math.round(sum[1] / covered);
      pixels[i + 2] = Math.round(sum[2] / covered);
      pixels[i + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG. */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
] as const) {
  writeFileSync(`public/icons/${name}`, encodePng(size, drawIcon(size, maskable)));
}
console.log('icons: public/icons/');
