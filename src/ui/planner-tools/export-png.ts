/**
 * Composes the exported map image on a 2D canvas: a title band, the map as rendered (with a north
 * arrow and a scale bar drawn over it), then the legend, the date and the sources. The image keeps the
 * map's width, so a 2x capture gives an image twice the map's on-screen width.
 */
import { screenScaleBar } from '../../analysis/scale';
import type { LegendEntry } from '../../content/legend';

/** Everything drawn on the image, already in the chosen language. */
export interface MapImageInput {
  /** The map as captured, `size` pixels at `scale` pixels per CSS pixel. */
  map: CanvasImageSource;
  size: [number, number];
  scale: number;
  title: string;
  subtitle: string;
  legendTitle: string;
  /** The map's legend by class; `layer` is empty for a layer of one class, whose row names it. */
  legend: { layer: string; entries: { label: string; entry: LegendEntry }[] }[];
  /** Ground metres per CSS pixel at the map's centre. */
  metersPerPixel: number;
  /** Map bearing in degrees (clockwise from north). */
  bearing: number;
  north: string;
  formatDistance: (m: number) => string;
  date: string;
  sources: string;
  note: string;
  fontFamily: string;
}

const INK = '#2a251d';
const SOFT = '#5b5346';
const PAPER = '#fbfaf6';
const PAD = 16;
const COLUMN = 230;
const ROW = 20;
const SCALE_MAX_PX = 120;

/** Splits text into lines no wider than `width`, breaking at spaces or, for CJK text, anywhere. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ??
    []) {
    if (line && ctx.measureText(line + token).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Cuts text with an ellipsis to fit `width`. */
function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function swatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number): void {
  ctx.save();
  ctx.strokeStyle = e.shape === 'circle' ? (e.stroke ?? '#ffffff') : e.color;
  ctx.fillStyle = e.color;
  if (e.shape === 'fill') {
    ctx.globalAlpha = Math.max(0.35, e.opacity ?? 0.3);
    ctx.fillRect(x, y + 3, 18, 12);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.setLineDash((e.dash ?? []).map((d) => d * 1.5));
    ctx.strokeRect(x, y + 3, 18, 12);
  } else if (e.shape === 'line') {
    ctx.lineWidth = 3;
    ctx.setLineDash((e.dash ?? []).map((d) => d * 3));
    ctx.beginPath();
    ctx.moveTo(x, y + 9);
    ctx.lineTo(x + 18, y + 9);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x + 9, y + 9, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = e.stroke === '#ffffff' ? '#555555' : (e.stroke ?? '#555555');
    ctx.stroke();
  }
  ctx.restore();
}

function northArrow(
  ctx: CanvasRenderingContext2D,
  at: { x: number; y: number },
  bearing: number,
  label: string,
  labelFont: string,
): void {
  ctx.save();
  ctx.translate(at.x, at.y);
  ctx.fillStyle = 'rgb(255 255 255 / 0.9)';
  ctx.beginPath();
  ctx.arc(0, 0, 22, 0, Math.PI * 2);
  ctx.fill();
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(0, -16);
  ctx.lineTo(7, 6);
  ctx.lineTo(0, 2);
  ctx.lineTo(-7, 6);
  ctx.closePath();
  ctx.fill();
  ctx.font = labelFont;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(label, 0, 7);
  ctx.restore();
}

function scaleBar(ctx: CanvasRenderingContext2D, input: MapImageInput, x: number, y: number): void {
  const { metres, px } = screenScaleBar(input.metersPerPixel, SCALE_MAX_PX);
  if (!metres) return;
  const label = input.formatDistance(metres);
  ctx.save();
  ctx.fillStyle = 'rgb(255 255 255 / 0.9)';
  ctx.fillRect(x - 6, y - 20, Math.max(px, ctx.measureText(label).width) + 12, 30);
  ctx.fillStyle = INK;
  ctx.fillRect(x, y, px, 4);
  ctx.fillRect(x, y - 4, 1.5, 8);
  ctx.fillRect(x + px - 1.5, y - 4, 1.5, 8);
  ctx.textBaseline = 'bottom';
  ctx.fillText(label, x, y - 4);
  ctx.restore();
}

/** Draws the whole image; the height follows from the legend and the sources. */
export function composeMapImage(input: MapImageInput): HTMLCanvasElement {
  const s = input.scale;
  const [pixelWidth, pixelHeight] = input.size;
  const width = pixelWidth / s;
  const mapHeight = pixelHeight / s;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${input.fontFamily}`;
  const canvas = document.createElement('canvas');
  canvas.width = pixelWidth;
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('no 2D canvas');

  // First pass: lay out the legend and the footer to know the height.
  const columns = Math.max(1, Math.floor((width - 2 * PAD) / COLUMN));
  const colWidth = (width - 2 * PAD) / columns;
  let legendRows = 1;
  for (const group of input.legend)
    legendRows += (group.layer ? 1 : 0) + Math.ceil(group.entries.length / columns);
  measure.font = font(12);
  const sources = wrap(measure, input.sources, width - 2 * PAD);
  const note = wrap(measure, input.note, width - 2 * PAD);
  const header = 68;
  const legendHeight = input.legend.length ? legendRows * ROW + 8 : 0;
  const footer = (2 + sources.length + note.length) * 17 + PAD;
  canvas.height = Math.round((header + mapHeight + legendHeight + footer) * s);

  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.scale(s, s);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, canvas.height / s);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = font(20, 600);
  ctx.fillText(fitText(ctx, input.title, width - 2 * PAD), PAD, 14);
  ctx.font = font(13);
  ctx.fillStyle = SOFT;
  ctx.fillText(fitText(ctx, input.subtitle, width - 2 * PAD), PAD, 42);

  ctx.drawImage(input.map, 0, header, width, mapHeight);
  ctx.strokeStyle = '#d9d2c3';
  ctx.strokeRect(0.5, header + 0.5, width - 1, mapHeight - 1);
  northArrow(ctx, { x: width - 34, y: header + 34 }, input.bearing, input.north, font(10, 600));
  ctx.font = font(12);
  scaleBar(ctx, input, PAD + 6, header + mapHeight - 16);

  let y = header + mapHeight + 10;
  if (input.legend.length) {
    ctx.fillStyle = INK;
    ctx.font = font(14, 600);
    ctx.fillText(input.legendTitle, PAD, y);
    y += ROW;
    for (const group of input.legend) {
      // A layer of one class is one row under its own name, with no heading over it.
      if (group.layer) {
        ctx.font = font(12, 600);
        ctx.fillStyle = INK;
        ctx.fillText(fitText(ctx, group.layer, width - 2 * PAD), PAD, y + 2);
        y += ROW;
      }
      ctx.font = font(12);
      group.entries.forEach((item, i) => {
        const col = i % columns;
        const rowY = y + Math.floor(i / columns) * ROW;
        const x = PAD + col * colWidth;
        swatch(ctx, item.entry, x, rowY);
        ctx.fillStyle = INK;
        ctx.fillText(fitText(ctx, item.label, colWidth - 30), x + 24, rowY + 3);
      });
      y += Math.ceil(group.entries.length / columns) * ROW;
    }
    y += 8;
  }
  ctx.font = font(12);
  ctx.fillStyle = SOFT;
  for (const line of [input.date, ...sources, ...note]) {
    ctx.fillText(line, PAD, y);
    y += 17;
  }
  return canvas;
}
