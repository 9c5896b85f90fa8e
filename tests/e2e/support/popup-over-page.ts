import { Resvg } from '@resvg/resvg-js';
import { pngSize } from './png-size';

const href = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * The toolbar popup drawn over the page it was opened on, where the browser shows it (below the
 * toolbar, at the right), with a shadow: the picture a person sees, which no single screenshot
 * gives (the popup is a window of its own). Both are PNGs; returns a PNG the size of `page`.
 */
export function popupOverPage(page: Buffer, popup: Buffer): Buffer {
  const { width, height } = pngSize(page);
  const box = pngSize(popup);
  const x = width - box.width - 16;
  const y = 8;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <filter id="shadow" x="-10%" y="-10%" width="120%" height="120%">
      <feDropShadow dx="0" dy="4" stdDeviation="8" flood-opacity="0.3"/>
    </filter>
    <image width="${width}" height="${height}" href="${href(page)}"/>
    <rect x="${x}" y="${y}" width="${box.width}" height="${box.height}" rx="8" fill="#fff" filter="url(#shadow)"/>
    <image x="${x}" y="${y}" width="${box.width}" height="${box.height}" href="${href(popup)}"/>
  </svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
