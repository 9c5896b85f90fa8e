import { createServer, type Server } from 'node:http';
import { Resvg } from '@resvg/resvg-js';

/** A 1×1 GIF, the smallest image a browser decodes. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** A chart as an SVG that only draws (kept as it is). */
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><defs><linearGradient id="g">' +
    '<stop offset="0" stop-color="#369"/><stop offset="1" stop-color="#9cf"/></linearGradient></defs>' +
    '<rect width="300" height="200" fill="url(#g)"/></svg>',
);

/** Photograph `n` of the harbour: a PNG of its own colour, so no two are the same file. */
function photo(n: number): Buffer {
  const hue = (n * 37) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><rect width="640" height="400" fill="hsl(${hue},60%,45%)"/>` +
    `<circle cx="${100 + n * 20}" cy="200" r="80" fill="hsl(${(hue + 180) % 360},70%,60%)"/></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

export interface ImageSite {
  /** The address of the article page, whose images come from the image host. */
  articleUrl: string;
  imageOrigin: string;
  /** How many of `images` there are. */
  imageCount: number;
  /** Requests the image host has answered since it started (or since the last `resetCount`). */
  requests(): number;
  resetCount(): void;
  /** Takes the article's site offline; the image host stays up, counting. */
  closeArticleSite(): Promise<void>;
  close(): Promise<void>;
}

const PHOTOS = 18;

function paragraph(n: number): string {
  return (
    `<p>On morning ${n} of the survey the harbour master walked the quay again, counting the moorings, ` +
    `the ferries waiting for the tide and the fishing boats coming in with their catch. The light changed ` +
    `quickly over the sound, and each photograph below was taken from the same place, a little later, ` +
    `so that the whole series reads as one long day on the water, from the first crossing to the last.</p>`
  );
}

function article(imageOrigin: string): string {
  const figures = [
    ...Array.from({ length: PHOTOS }, (_, i) => `${imageOrigin}/photos/${i + 1}.png`),
    `${imageOrigin}/charts/tides.svg`,
    `${imageOrigin}/icons/buoy.gif`,
  ];
  const body = figures
    .map(
      (src, i) =>
        `${paragraph(i + 1)}<figure><img src="${src}" alt="Picture ${i + 1} of the harbour"><figcaption>Picture ${i + 1}</figcaption></figure>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A day on the harbour, in twenty pictures</title></head>
<body><header><nav><a href="/">Quayside Times</a></nav></header>
<article><h1>A day on the harbour, in twenty pictures</h1><p class="byline">By Ana Lindqvist</p>
${body}
</article><footer>© Quayside Times</footer></body></html>`;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * An article with twenty images (18 PNG photographs, an SVG chart, a GIF) on a site of its own,
 * its images on another host, as a CDN serves them: two servers on 127.0.0.1, so the article's
 * site can go offline while the image host counts whatever still asks it for an image.
 */
export async function serveImageSite(): Promise<ImageSite> {
  let count = 0;
  const files = new Map<string, [string, Buffer]>([
    ...Array.from({ length: PHOTOS }, (_, i): [string, [string, Buffer]] => [
      `/photos/${i + 1}.png`,
      ['image/png', photo(i + 1)],
    ]),
    ['/charts/tides.svg', ['image/svg+xml', SVG]],
    ['/icons/buoy.gif', ['image/gif', GIF]],
  ]);
  const images = createServer((request, response) => {
    count++;
    const file = files.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'content-length': file[1].length }).end(file[1]);
  });
  const imageOrigin = await listen(images);
  const page = article(imageOrigin);
  const site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  const siteOrigin = await listen(site);
  let siteUp = true;
  const closeArticleSite = async () => {
    if (siteUp) await stop(site);
    siteUp = false;
  };
  return {
    articleUrl: `${siteOrigin}/2026/harbour-in-pictures/`,
    imageOrigin,
    imageCount: files.size,
    requests: () => count,
    resetCount: () => {
      count = 0;
    },
    closeArticleSite,
    async close() {
      await closeArticleSite();
      await stop(images);
    },
  };
}
