/**
 * Serves a built site on 127.0.0.1 with gzip, as a static host would, for the
 * browser measurements, and counts the bytes it sends per path (after
 * compression), so a benchmark can tell what a reader's browser downloaded.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaderRules } from '../helpers/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
/** Text is compressed on the fly; Pagefind's index files are gzip already and go out as they are. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

export interface StaticServer {
  url: string;
  /** Bytes sent on the wire (after compression) per request path, since the last reset. */
  sent: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * "host": caching headers as public/_headers asks of a real host (files
   * named by content hash immutable, the rest revalidated). "none": nothing is cached, so
   * every measurement downloads everything it needs.
   */
  cache?: 'host' | 'none';
}

export function serveSite(dir: string, { cache = 'host' }: ServeOptions = {}): Promise<StaticServer> {
  // A site without public/_headers (the Starlight baseline) gets the default: revalidate everything.
  const rules = existsSync(join(dir, '_headers')) ? parseHeaderRules(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const sent = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = join(dir, '404.html');
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const caching = cache === 'none' ? 'no-store' : (headersFor(rules, path).get('cache-control') ?? 'public, max-age=0, must-revalidate');
    res.writeHead(status, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': caching, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    let bytes = 0;
    const stream = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    stream.on('end', () => sent.set(path, (sent.get(path) ?? 0) + bytes));
    stream.pipe(res);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}/`, sent, reset: () => sent.clear(), close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
