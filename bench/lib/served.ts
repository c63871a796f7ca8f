/** Sums the responses a static server sent during one measured action (pure: unit-tested). */

/** One response the server sent. */
export interface ServedEntry {
  path: string;
  status: number;
  bytes: number;
  /** Epoch milliseconds when the response body was fully sent. */
  at: number;
}

/** Sums served entries into figures; `bundle` is the Pagefind bundle's URL prefix, e.g. `/pagefind/`. */
export function sumServed(entries: readonly ServedEntry[], bundle: string): { requests: number; bytes: number; searchRequests: number; searchBytes: number; lastChunkAt?: number; lastResponseAt?: number } {
  const inBundle = entries.filter((e) => e.path.startsWith(bundle));
  const chunks = inBundle.filter((e) => e.path.endsWith('.pf_index'));
  const out: { requests: number; bytes: number; searchRequests: number; searchBytes: number; lastChunkAt?: number; lastResponseAt?: number } = {
    requests: entries.length,
    bytes: entries.reduce((total, e) => total + e.bytes, 0),
    searchRequests: inBundle.length,
    searchBytes: inBundle.reduce((total, e) => total + e.bytes, 0),
  };
  if (chunks.length > 0) out.lastChunkAt = Math.max(...chunks.map((e) => e.at));
  if (inBundle.length > 0) out.lastResponseAt = Math.max(...inBundle.map((e) => e.at));
  return out;
}

