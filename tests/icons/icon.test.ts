import type { RenderedImage } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SVG, LIGHT_ICON_SVG, renderIcon } from '../../modules/icons';

type Rgb = [number, number, number];

// The toolbars the icon sits on: Firefox's and Chrome's light ones, and Firefox's dark theme.
const LIGHT_TOOLBAR: Rgb = [249, 249, 251];
const DARK_TOOLBAR: Rgb = [43, 42, 51];

/** The colour at (x, y) of an opaque part of the image. */
function colourAt(image: RenderedImage, x: number, y: number): Rgb {
  const at = (y * image.width + x) * 4;
  return [image.pixels[at]!, image.pixels[at + 1]!, image.pixels[at + 2]!];
}

/** WCAG's contrast ratio of two colours, 1 (none) to 21. */
function contrast(one: Rgb, other: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, b] = rgb.map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(one), luminance(other)].toSorted((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the icon', () => {
  it.each(ICON_SIZES)('is drawn at %i pixels square', (size) => {
    for (const svg of [ICON_SVG, LIGHT_ICON_SVG]) {
      expect(renderIcon(svg, size)).toMatchObject({ width: size, height: size });
    }
  });

  it.each([
    ['the mark', ICON_SVG, LIGHT_TOOLBAR],
    ['its light twin', LIGHT_ICON_SVG, DARK_TOOLBAR],
  ])('%s stands out from its toolbar and shows three sharp lines, one highlighted, at 16 px', (_name, svg, toolbar) => {
    const image = renderIcon(svg, 16);
    const ground = colourAt(image, 8, 1);
    expect(contrast(ground, toolbar)).toBeGreaterThanOrEqual(3);

    // Down the middle: each line's top and bottom edge is a step of at least 3:1 from one pixel to
    // the next, with no blurred pixel between. Three lines have six such edges.
    const column = Array.from({ length: 16 }, (_pixel, y) => colourAt(image, 8, y));
    const edges = column.filter((colour, y) => y > 0 && contrast(colour, column[y - 1]!) >= 3);
    expect(edges.length).toBeGreaterThanOrEqual(6);

    // The highlight shows yellow beside its line of text.
    const [red, green, blue] = colourAt(image, 12, 7);
    expect(red).toBeGreaterThan(220);
    expect(green).toBeGreaterThan(180);
    expect(blue).toBeLessThan(100);
  });
});
