import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { OWN_PAGES_DIR, SHARED_PAGES_DIR } from '../../../scripts/corpus';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

export interface PageServer {
  origin: string;
  /** The address of a sample page: `/<slug>/` serves its source.html. */
  pageUrl(slug: string): string;
  close(): Promise<void>;
}

async function readFrom(roots: string[], path: string): Promise<{ file: string; body: Buffer } | null> {
  for (const root of roots) {
    const file = normalize(join(root, path.endsWith('/') ? `${path}source.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null; // no way out of the folders
    const body = await readFile(file).catch(() => null);
    if (body) return { file, body };
  }
  return null;
}

/**
 * Serves folders of sample pages on 127.0.0.1 (a free port unless one is given). `/<slug>/` is the
 * page from the first folder that has it, `/<slug>/<file>` a file beside it; nothing outside the
 * folders is ever served.
 */
export async function servePages(roots = [OWN_PAGES_DIR, SHARED_PAGES_DIR], port = 0): Promise<PageServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const found = await readFrom(roots, path);
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' })
      .end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    pageUrl: (slug) => `${origin}/${slug}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser's keep-alive connections would hold close() open
      }),
  };
}
