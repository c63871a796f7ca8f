/** Sums the responses a static server sent during one measured action (pure: unit-tested). */

/** One response the server sent. */
export interface ServedEntry {
  path: string;
  status: number;
  bytes: number;
  /** Epoch milliseconds when the response body was fully sent. */
  at: number;
}

/** What a Pagefind bundle file is, by its name: where a query's bytes go. */
export function bundleFileKind(path: string): string {
  if (/\.pf_index$/.test(path)) return 'index chunks';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/wasm/.test(path)) return 'wasm';
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}

/** Bytes and requests per kind of bundle file, largest first. */
export function breakdown(entries: readonly ServedEntry[], bundle: string): { kind: string; requests: number; bytes: number }[] {
  const kinds = new Map<string, { kind: string; requests: number; bytes: number }>();
  for (const entry of entries.filter((e) => e.path.startsWith(bundle))) {
    const kind = bundleFileKind(entry.path);
    const row = kinds.get(kind) ?? { kind, requests: 0, bytes: 0 };
    row.requests += 1;
    row.bytes += entry.bytes;
    kinds.set(kind, row);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes);
}

/** Sums served entries into figures; `bundle` is the Pagefind bundle's URL prefix, e.g. `/pagefind/`. */
export function sumServed(entries: readonly ServedEntry[], bundle: string): { requests: number; bytes: number; searchRequests: number; searchBytes: number; lastChunkAt?: number; lastResponseAt?: number; lastByteAt?: number } {
  const inBundle = entries.filter((e) => e.path.startsWith(bundle));
  const chunks = inBundle.filter((e) => e.path.endsWith('.pf_index'));
  // What a query needs: the bundle's files and the search files beside it (display text chunks, people shards).
  const needed = entries.filter((e) => e.path.startsWith(bundle) || e.path.startsWith('/search/'));
  const out: { requests: number; bytes: number; searchRequests: number; searchBytes: number; lastChunkAt?: number; lastResponseAt?: number; lastByteAt?: number } = {
    requests: entries.length,
    bytes: entries.reduce((total, e) => total + e.bytes, 0),
    searchRequests: inBundle.length,
    searchBytes: inBundle.reduce((total, e) => total + e.bytes, 0),
  };
  if (chunks.length > 0) out.lastChunkAt = Math.max(...chunks.map((e) => e.at));
  if (inBundle.length > 0) out.lastResponseAt = Math.max(...inBundle.map((e) => e.at));
  if (needed.length > 0) out.lastByteAt = Math.max(...needed.map((e) => e.at));
  return out;
}

