/** Serves a built site on 127.0.0.1 with sirv, the way a static host would (the nearest 404.html for misses, as Cloudflare Pages does). */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

/** The build under test: dist/, or OUT_DIR when set. */
export const DIST = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a static server for `dir` under `base` (default "/"); resolves once it listens. */
export function serveDirectory(dir: string, base = '/'): Promise<RunningServer> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  // /es/… misses get /es/404.html where the edition has one; everything else the root's.
  const notFound = (path: string) => {
    const edition = /^\/([^/]+)\//.exec(path)?.[1];
    const own = edition ? resolve(dir, edition, '404.html') : undefined;
    return readFileSync(own && existsSync(own) ? own : resolve(dir, '404.html'));
  };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound('/'));
      return;
    }
    req.url = '/' + path.slice(base.length);
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound(req.url ?? '/'));
    });
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
