/**
 * The search records of the whole archive, built once per build from the archive the pages use
 * (already parsed and converted: `loadArchive()`), and the fold table the browser needs for them.
 */
import type { Archive } from '../archive.ts';
import { createFold, type Fold } from './fold.ts';
import { archiveFoldMap, encodeFoldTable } from './fold-table.ts';
import { recordInputOf } from './record-input.ts';
import { buildSearchRecord, type SearchRecord } from './record.ts';

const recordsOf = new WeakMap<Archive, SearchRecord[]>();
const tablesOf = new WeakMap<Archive, string>();
let fullFold: Fold | undefined;

/** The fold of the whole OpenCC table (what the index is built with). */
export function archiveFold(): Fold {
  return (fullFold ??= createFold(encodeFoldTable(archiveFoldMap())));
}

/** One record per article, Simplified and Traditional renderings paired by id. */
export function archiveSearchRecords(archive: Archive): SearchRecord[] {
  const known = recordsOf.get(archive);
  if (known) return known;
  const hant = new Map(archive.articles('zh-hant').map((article) => [article.id, article]));
  const records = archive.articles('zh-hans').map((hans) => {
    const other = hant.get(hans.id);
    if (!other) throw new Error(`search records: article ${hans.id} has no Traditional rendering`);
    return buildSearchRecord(recordInputOf(hans, other), archiveFold());
  });
  recordsOf.set(archive, records);
  return records;
}

/**
 * The fold table for the browser: only pairs whose folded character occurs in the indexed text
 * (any other query character cannot match either way), a few KB instead of the whole table.
 */
export function clientFoldTable(archive: Archive): string {
  const known = tablesOf.get(archive);
  if (known !== undefined) return known;
  const chars = new Set<string>();
  for (const record of archiveSearchRecords(archive)) for (const char of record.content) chars.add(char);
  const table = encodeFoldTable(archiveFoldMap(), (folded) => chars.has(folded));
  tablesOf.set(archive, table);
  return table;
}
