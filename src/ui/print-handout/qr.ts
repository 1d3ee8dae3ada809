import QRCode from 'qrcode';

/** How handout QR codes are drawn: SVG, so they print sharp at any size, with medium error correction. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

/** A QR code of a URL as an SVG data URL for an <img> (CSP allows data: images). */
export async function qrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, QR_OPTIONS);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
