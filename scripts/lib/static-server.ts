/**
 * A small static file server for the built archive (`dist/`): what `npm start`, the e2e tests and
 * the benchmark serve. It maps `/dir/` to `dir/index.html`, redirects `/dir` to `/dir/`, answers
 * unknown paths under a locale with that locale's 404 page, and can gzip text responses as a CDN
 * would. It never reads outside its root.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** Content types by file extension; Pagefind's index files are binary. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types worth compressing when gzip is on. */
const compressible = /^(text\/|application\/(json|javascript|xml|manifest))/;

/** Options of the static server. */
export interface StaticServerOptions {
  /** Folder to serve, e.g. `dist`. */
  root: string;
  /** Gzip text responses when the client accepts it. */
  gzip?: boolean;
  /** Called after each response with its path, status and bytes sent (the benchmark counts them). */
  onResponse?: (entry: { path: string; status: number; bytes: number }) => void;
}

/** Resolves a URL path to a file under root, or null when it would escape root. */
export function resolveUnderRoot(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const full = normalize(join(root, decoded));
  const base = normalize(root);
  return full === base || full.startsWith(base.endsWith(sep) ? base : base + sep) ? full : null;
}

async function fileAt(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
  } catch {
    // not found: fall through
  }
  return null;
}

async function notFoundPage(root: string, urlPath: string): Promise<string | null> {
  const locale = /^\/(zh-han[st])\//.exec(urlPath)?.[1];
  const candidates = [locale && join(root, locale, '404', 'index.html'), join(root, '404.html')];
  for (const candidate of candidates) {
    if (candidate && (await fileAt(candidate))) return candidate;
  }
  return null;
}

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, options: StaticServerOptions, path: string): void {
  const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const gzip = options.gzip === true && compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  let bytes = 0;
  const finish = (): void => options.onResponse?.({ path, status, bytes });
  if (req.method === 'HEAD') {
    res.end();
    finish();
    return;
  }
  const stream = createReadStream(file);
  const body = gzip ? stream.pipe(createGzip()) : stream;
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  body.on('end', finish);
  body.pipe(res);
}

/** Handles one request against the options' root. */
export async function handleStatic(req: IncomingMessage, res: ServerResponse, options: StaticServerOptions): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const target = resolveUnderRoot(options.root, path);
  const file = target && (await fileAt(target));
  if (file && target && !path.endsWith('/') && file !== target) {
    // A directory requested without its slash: redirect so relative links resolve.
    res.writeHead(301, { Location: `${path}/` }).end();
    options.onResponse?.({ path, status: 301, bytes: 0 });
    return;
  }
  if (file) {
    send(req, res, file, 200, options, path);
    return;
  }
  const missing = await notFoundPage(options.root, path);
  if (missing) {
    send(req, res, missing, 404, options, path);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
  options.onResponse?.({ path, status: 404, bytes: 0 });
}

/** Creates (does not start) a static server. */
export function createStaticServer(options: StaticServerOptions): Server {
  return createServer((req, res) => {
    handleStatic(req, res, options).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
}
