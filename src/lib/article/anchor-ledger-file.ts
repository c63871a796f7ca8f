/**
 * Where an article's anchor ledger lives and how it is read: `<content>/anchors/<article-id>.lock`,
 * one file per article (small diffs, and 10,000 articles never make one huge file). The only file
 * access of the anchors module (through read-file.ts); `anchors.ts` stays pure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseLedger, type AnchorLedger } from './anchor-ledger-format.ts';
import { readRegularFile } from './read-file.ts';

/** Folder of the ledgers in a content folder. */
export function ledgerDir(contentDir: string): string {
  return join(contentDir, 'anchors');
}

/** The ledger file of one article. */
export function ledgerPath(contentDir: string, articleId: string): string {
  return join(ledgerDir(contentDir), `${articleId}.lock`);
}

/** An article's ledger, or undefined when none was accepted yet (its positional ids are then published). */
export function readLedgerFile(contentDir: string, articleId: string): AnchorLedger | undefined {
  const path = ledgerPath(contentDir, articleId);
  // Through the one reader: a ledger that is a FIFO, a link out of the archive or huge is refused by name.
  return existsSync(path) ? parseLedger(new TextDecoder().decode(readRegularFile(path, contentDir)), path) : undefined;
}
