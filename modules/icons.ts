import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { defineWxtModule } from 'wxt/modules';

/** The sizes the stores and browsers ask for: toolbar (16, 32), extensions page (48), store (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

const ASSETS = new URL('../assets/', import.meta.url);
/** The mark for light toolbars and every place without a theme. */
export const ICON_SVG = readFileSync(new URL('icon.svg', ASSETS), 'utf8');
/** The same mark in light colours, for Firefox's dark themes. */
export const LIGHT_ICON_SVG = readFileSync(new URL('icon-light.svg', ASSETS), 'utf8');

/** `svg` drawn at `size` × `size` pixels. Throws on SVG that resvg cannot parse. */
export function renderIcon(svg: string, size: number): RenderedImage {
  // The mark has no text: not loading the system's fonts keeps a render at a few milliseconds.
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
}

/**
 * Draws the icon from assets/*.svg at build time, with resvg (an SVG renderer shipped as a prebuilt
 * native module: no system libraries, and no PNGs in the repository to drift from the drawing).
 * The files take the names WXT looks for, so it declares them itself: `icons/N.png` become the
 * manifest's `icons` (the toolbar button uses them too), and for Firefox the pairs
 * `icons/N-light.png` / `icons/N-dark.png` become the button's `theme_icons` (Firefox shows the
 * `light` icon, the light-coloured one, on dark themes; `dark` is the usual mark).
 */
export default defineWxtModule((wxt) => {
  wxt.hook('build:publicAssets', async (_, files) => {
    // One folder per browser: the Chrome and Firefox builds may run at the same time.
    const dir = join(wxt.config.wxtDir, 'icons', wxt.config.browser);
    await mkdir(dir, { recursive: true });
    const variants: [name: string, svg: string][] = [['', ICON_SVG]];
    if (wxt.config.browser === 'firefox') variants.push(['-light', LIGHT_ICON_SVG], ['-dark', ICON_SVG]);
    for (const size of ICON_SIZES) {
      for (const [variant, svg] of variants) {
        const name = `${size}${variant}.png`;
        await writeFile(join(dir, name), renderIcon(svg, size).asPng());
        files.push({ absoluteSrc: join(dir, name), relativeDest: `icons/${name}` });
      }
    }
  });
});
