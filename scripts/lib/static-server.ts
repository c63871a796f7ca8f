/**
 * The static file server for the built archive (`dist/`): what `npm start`, the e2e tests and the
 * benchmark serve. Files are served by Express's maintained `serve-static` (on `send`: path
 * traversal refused, `/dir` redirected to `/dir/` with a same-origin Location, ranges, ETags, and
 * read errors answered as 404/500 instead of thrown) and compressed by `compression`; this module
 * adds only what the archive needs on top: its content types (Pagefind's binary index files),
 * per-locale 404 pages, gzip on request, byte counting for the benchmark, and a guard that answers
 * every failure with a status code and keeps serving.
 * @see https://github.com/expressjs/serve-static
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';
import { localeList } from '../../src/i18n/locales.ts';

/** Content types by file extension where they matter to the site (the rest: `send`'s mime table); Pagefind's index files are binary. */
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
  /** Called after each response with its path, status and body bytes sent (the benchmark counts them). */
  onResponse?: (entry: { path: string; status: number; bytes: number }) => void;
}

/** The 404 page for a path: its locale's (`/zh-hant/…` → `zh-hant/404/index.html`), else the root `404.html`. */
export function notFoundPages(root: string, urlPath: string): string[] {
  const locale = localeList.find((code) => urlPath.startsWith(`/${code}/`));
  return [...(locale ? [join(root, locale, '404', 'index.html')] : []), join(root, '404.html')];
}

/**
 * Whether a request path is one this site can have: it starts with exactly one `/` and holds no
 * backslash, NUL or undecodable escape. Anything else (`//evil.example/…`, `/\evil.example`) gets
 * a 404 before any file lookup, so no answer can point to another host.
 */
export function acceptablePath(urlPath: string): boolean {
  if (!urlPath.startsWith('/') || urlPath.startsWith('//') || /[\\\0]/.test(urlPath)) return false;
  try {
    const decoded = decodeURIComponent(urlPath);
    return !decoded.startsWith('//') && !/[\\\0]/.test(decoded);
  } catch {
    return false;
  }
}

type Next = (error?: unknown) => void;

/** Counts the body bytes that reach the socket (after compression) and reports when the response ends. */
function countBytes(req: IncomingMessage, res: ServerResponse, path: string, options: StaticServerOptions): void {
  let bytes = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const size = (chunk: unknown): number => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0);
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    bytes += size(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') bytes += size(chunk);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  res.on('finish', () => options.onResponse?.({ path, status: res.statusCode, bytes: req.method === 'HEAD' ? 0 : bytes }));
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers }).end(`${text}\n`);
}

async function sendNotFound(req: IncomingMessage, res: ServerResponse, root: string, path: string): Promise<void> {
  for (const page of notFoundPages(root, path)) {
    // A 404 page missing or unreadable (a rebuild replacing it) falls back to the next one, then to text.
    const html = await readFile(page).catch(() => null);
    if (!html) continue;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(404, { 'Content-Type': contentTypes['.html'] ?? 'text/html', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  plain(res, 404, '404 Not Found');
}

/** Creates (does not start) a static server for `options.root`. */
export function createStaticServer(options: StaticServerOptions): Server {
  const files = serveStatic(options.root, {
    index: ['index.html'],
    redirect: true,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders: (res, file) => {
      const type = contentTypes[extname(file).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
      // A rebuild may replace any file: the browser revalidates (ETag / Last-Modified) every time.
      res.setHeader('Cache-Control', 'no-cache');
    },
  });
  // threshold 0: every text response is compressed, as the benchmark's gzip figures assume.
  const compress = compression({ threshold: 0, filter: (_req, res) => compressible.test(String(res.getHeader('Content-Type') ?? '')) });

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    countBytes(req, res, path, options);
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, '405 Method Not Allowed', { Allow: 'GET, HEAD' });
    if (!acceptablePath(path)) {
      void sendNotFound(req, res, options.root, '/');
      return;
    }
    // gzip only (no brotli), and only when asked for: what the old server and the benchmark's figures mean by --gzip.
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (options.gzip && accepts) req.headers['accept-encoding'] = 'gzip';
    else delete req.headers['accept-encoding'];
    const failed = (error: unknown): void => {
      // serve-static forwards 5xx (a read error other than “not found”): answer it and keep serving.
      const status = (error as { status?: number }).status ?? 500;
      plain(res, status >= 400 && status < 600 ? status : 500, status === 500 ? '500 Internal Server Error' : `${status}`);
    };
    compress(req as never, res as never, (error?: unknown) => {
      if (error) return failed(error);
      files(req as never, res as never, ((error?: unknown) => {
        if (error) return failed(error);
        sendNotFound(req, res, options.root, path).catch(failed);
      }) as Next);
    });
  };
  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      plain(res, 500, '500 Internal Server Error');
    }
  });
}
