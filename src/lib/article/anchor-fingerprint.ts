/**
 * Clause fingerprints of a passage, the identity the anchor ledger keeps: the text folded to one
 * script by the caller, split at sentence ends, commas, enumeration commas, colons and line breaks,
 * NFKC with only letters and digits kept, each clause hashed to 6 hex digits. Re-normalized
 * punctuation, quotes, spacing, line breaks and a repaired variant character do not change it.
 */

/** FNV-1a over UTF-16 code units, 24 bits as 6 hex digits (enough to tell the clauses of one article apart). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 0xffffff).toString(16).padStart(6, '0');
}

/** Letters and digits only, NFKC-folded: what stays of a text when punctuation and spacing are re-normalized. */
function core(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/**
 * The clause hashes of a passage's text: split at sentence ends, commas, enumeration commas, colons and line breaks.
 * @example fingerprintOf('我们坚持。全力推进！') // two hashes, the same for '我们坚持.  全力推进!'
 */
export function fingerprintOf(text: string, fold: Fold = (t) => t): string[] {
  return fold(text)
    .normalize('NFKC')
    // A full stop or comma between digits is a decimal point or thousands separator (1.3万, 1,213), not a clause end.
    .split(/(?:[。！？!?；;，、：:\n]|[.,](?!\d))+/)
    .map(core)
    .filter((sentence) => sentence !== '')
    .map(hash);
}

/** Folds a text to one script before fingerprinting (identity when the caller has no converter). */
export type Fold = (text: string) => string;

/** The fingerprint of a turn's label: one hash of the whole label (a label has no clauses). */
export function labelFingerprint(label: string, fold: Fold = (t) => t): string[] {
  return [hash(core(fold(label)))];
}
