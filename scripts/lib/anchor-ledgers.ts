/**
 * The ledgers of a whole archive compared with its articles, for `npm run anchors`: per article
 * the ledger text `--accept` would write and why it differs from the committed one. Pure: the CLI
 * reads and writes the files.
 */
import type { Block } from '../../src/lib/article/model.ts';
import { resolveAnchors, type AnchorChange, type Fold } from '../../src/lib/article/anchors.ts';
import { formatLedger, parseLedger } from '../../src/lib/article/anchor-ledger-format.ts';

/** One article as parsed, with positional ids. */
export interface AnchoredArticle {
  id: string;
  /** The article file, for messages. */
  file: string;
  blocks: Block[];
  /** Folds its text to one script for fingerprints, as the site does (the converter to Simplified). */
  fold?: Fold;
}

/** A committed ledger file. */
export interface LedgerFile {
  path: string;
  text: string;
}

/** What `--check` finds for one article (or one ledger left without its article). */
export interface LedgerStatus {
  id: string;
  file: string;
  ledgerPath?: string;
  /** The ledger to write; undefined when the ledger's article is gone (the file is removed). */
  expected?: string;
  upToDate: boolean;
  /** Problems first: anchors that would vanish or change meaning, then what is only unrecorded. */
  messages: string[];
}

const serious = new Set<AnchorChange['type']>(['retired', 'rewritten', 'relabelled']);

/** Compares every article with its ledger (`ledgers` by article id); ledgers of no article are reported too. */
export function ledgerStatuses(articles: readonly AnchoredArticle[], ledgers: ReadonlyMap<string, LedgerFile>, ledgerPathOf: (id: string) => string): LedgerStatus[] {
  const out: LedgerStatus[] = [];
  const ids = new Set(articles.map((a) => a.id));
  for (const article of articles) {
    const file = ledgers.get(article.id);
    const resolution = resolveAnchors(article.blocks, file ? parseLedger(file.text, file.path) : undefined, article.fold);
    const expected = formatLedger(article.id, resolution.ledger);
    const upToDate = file?.text === expected;
    const changes = [...resolution.changes].sort((a, b) => Number(serious.has(b.type)) - Number(serious.has(a.type)));
    const messages = file
      ? changes.map((c) => c.message)
      : [`no ledger yet: its ${resolution.ledger.live.reduce((n, e) => n + 1 + (e.children?.length ?? 0), 0)} anchors are published unrecorded`];
    if (file && !upToDate && messages.length === 0) messages.push('the ledger file is not in the form --accept writes');
    out.push({ id: article.id, file: article.file, ledgerPath: file?.path ?? ledgerPathOf(article.id), expected, upToDate, messages });
  }
  for (const [id, file] of ledgers) {
    if (ids.has(id)) continue;
    out.push({ id, file: file.path, ledgerPath: file.path, upToDate: false, messages: [`the article is gone (removed or renamed?): all its published anchors would vanish; --accept removes ${file.path}`] });
  }
  return out;
}
