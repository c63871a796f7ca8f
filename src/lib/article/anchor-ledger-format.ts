/**
 * The anchor ledger file format (`content/anchors/<article-id>.lock`): ASCII, first line
 * `format 1`, one live anchor per line in document order (`<id> <kind> <clause hashes>`, a turn's or
 * list's children indented), then `[retired]` anchors with their reason and successor. Read with
 * file and line in every error; written only by `npm run anchors -- --accept`. Resolution against a
 * parsed model is anchors.ts; clause hashes are anchor-fingerprint.ts.
 */

/** What an anchor points at. */
export type AnchorKind = 'para' | 'heading' | 'figure' | 'gap' | 'item' | 'turn' | 'list';

/** One published, live anchor; turns and lists hold their children. */
export interface LedgerEntry {
  id: string;
  kind: AnchorKind;
  /** Hashes of the passage's clauses (for a turn: of its label); empty for a passage without text. */
  fingerprint: string[];
  children?: LedgerEntry[];
}

/** Why a passage's anchor was retired. */
export type RetiredReason = 'merged' | 'replaced' | 'removed';

/** A published anchor whose passage is gone: it resolves to `successor`, a live anchor. */
export interface RetiredEntry {
  id: string;
  kind: AnchorKind;
  reason: RetiredReason;
  successor: string;
  fingerprint: string[];
}

/** An article's ledger: its live anchors in document order and every retired one. */
export interface AnchorLedger {
  live: LedgerEntry[];
  retired: RetiredEntry[];
}

/** A ledger file that cannot be read. */
export class AnchorLedgerError extends Error {
  override name = 'AnchorLedgerError';
}

/**
 * The ledger format, written as its first line `format 1`: the fingerprints of a ledger are only
 * comparable with those `fingerprintOf()` computes today, so a change to how passages are
 * fingerprinted must bump it (and migrate the ledgers), never silently re-fingerprint.
 */
export const ledgerFormat = 1;

const kinds: readonly AnchorKind[] = ['para', 'heading', 'figure', 'gap', 'item', 'turn', 'list'];
const reasons: readonly RetiredReason[] = ['merged', 'replaced', 'removed'];
const idPattern = /^[a-z][a-z0-9-]*$/;
const hashPattern = /^[0-9a-f]{6}$/;

/** Orders ids like `t2-p10` after `t2-p9`. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Reads a ledger file; `file` names it in errors.
 * @example parseLedger('p1 para 1a2b3c\nt1 turn 9f8e7d\n  t1-p1 para aa11bb\n', 'x.lock')
 */
export function parseLedger(text: string, file: string): AnchorLedger {
  const ledger: AnchorLedger = { live: [], retired: [] };
  const seen = new Set<string>();
  let section: 'live' | 'retired' = 'live';
  let container: LedgerEntry | undefined;
  const fail = (line: number, what: string): never => {
    throw new AnchorLedgerError(`${file}:${line}: ${what}. The ledger is written by \`npm run anchors -- --accept\`; restore it from git (git checkout -- ${file}) rather than editing it by hand.`);
  };
  const hashes = (line: number, words: readonly string[]): string[] => {
    if (words.length === 1 && words[0] === '-') return [];
    for (const word of words) if (!hashPattern.test(word)) fail(line, `"${word}" is not a clause hash (6 hex digits) or -`);
    if (words.length === 0) fail(line, 'the fingerprint is missing (write - for a passage without text)');
    return [...words];
  };
  let format: number | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (/[^\x20-\x7e]/.test(raw)) fail(line, 'the ledger is ASCII only');
    if (raw.trim() === '' || raw.startsWith('#')) return;
    if (format === undefined) {
      const declared = /^format (\d+)$/.exec(raw);
      if (!declared) fail(line, `the first line must be \`format ${ledgerFormat}\``);
      format = Number(declared?.[1]);
      if (format !== ledgerFormat) fail(line, `the ledger is format ${format}, this tool reads format ${ledgerFormat}; its fingerprints are not comparable`);
      return;
    }
    if (raw === '[retired]') {
      section = 'retired';
      return;
    }
    const indented = raw.startsWith('  ');
    const [id = '', kind = '', ...rest] = raw.trim().split(/\s+/);
    if (!idPattern.test(id)) fail(line, `"${id}" is not an anchor id`);
    if (!kinds.includes(kind as AnchorKind)) fail(line, `"${kind}" is not a kind (${kinds.join(', ')})`);
    if (seen.has(id)) fail(line, `#${id} is listed twice`);
    seen.add(id);
    if (section === 'retired') {
      const [reason = '', successor = '', ...fingerprint] = rest;
      if (!reasons.includes(reason as RetiredReason)) fail(line, `"${reason}" is not a reason (${reasons.join(', ')})`);
      if (!idPattern.test(successor)) fail(line, `"${successor}" is not an anchor id`);
      ledger.retired.push({ id, kind: kind as AnchorKind, reason: reason as RetiredReason, successor, fingerprint: hashes(line, fingerprint) });
      return;
    }
    const entry: LedgerEntry = { id, kind: kind as AnchorKind, fingerprint: hashes(line, rest) };
    if (indented) {
      if (!container) fail(line, `#${id} is indented but follows no turn or list`);
      container?.children?.push(entry);
      return;
    }
    if (kind === 'turn' || kind === 'list') {
      entry.children = [];
      container = entry;
    } else container = undefined;
    ledger.live.push(entry);
  });
  for (const r of ledger.retired) if (!seen.has(r.successor)) fail(0, `retired #${r.id} leads to #${r.successor}, which the ledger does not list`);
  return ledger;
}

/** Writes a ledger file: header, live anchors in document order (children indented), then the retired ones. */
export function formatLedger(articleId: string, ledger: AnchorLedger): string {
  const fp = (fingerprint: readonly string[]): string => (fingerprint.length > 0 ? fingerprint.join(' ') : '-');
  const lines = [
    `format ${ledgerFormat}`,
    `# Published anchors of ${articleId}: written by \`npm run anchors -- --accept\`, checked by --check.`,
    '# Review its diff like a lockfile; never edit it by hand. <id> <kind> <clause hashes>; [retired]:',
    '# <id> <kind> <merged|replaced|removed> <successor> <clause hashes>. See README "Anchors".',
  ];
  for (const entry of ledger.live) {
    lines.push(`${entry.id} ${entry.kind} ${fp(entry.fingerprint)}`);
    for (const child of entry.children ?? []) lines.push(`  ${child.id} ${child.kind} ${fp(child.fingerprint)}`);
  }
  if (ledger.retired.length > 0) {
    lines.push('', '[retired]');
    for (const r of ledger.retired) lines.push(`${r.id} ${r.kind} ${r.reason} ${r.successor} ${fp(r.fingerprint)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every live anchor id of a ledger, in document order. */
export function ledgerIds(ledger: AnchorLedger): string[] {
  return ledger.live.flatMap((entry) => [entry.id, ...(entry.children ?? []).map((child) => child.id)]);
}
