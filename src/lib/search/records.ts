/**
 * The search records of the whole archive, built once per build from the archive the pages use
 * (already parsed and converted: `loadArchive()`), the people table, and the fold table the browser
 * needs for them.
 */
import type { Archive } from '../archive.ts';
import { createFold, type Fold } from './fold.ts';
import { archiveFoldMap, encodeFoldTable } from './fold-table.ts';
import type { PersonEntry } from './people.ts';
import { recordInputOf } from './record-input.ts';
import { buildSearchRecord, foldedBiText, toBiText, type BuiltRecord } from './record.ts';

const recordsOf = new WeakMap<Archive, BuiltRecord[]>();
const tablesOf = new WeakMap<Archive, string>();
let fullFold: Fold | undefined;

/** The fold of the whole OpenCC table (what the index is built with). */
export function archiveFold(): Fold {
  return (fullFold ??= createFold(encodeFoldTable(archiveFoldMap())));
}

/** One record per article, Simplified and Traditional renderings paired by id. */
export function archiveSearchRecords(archive: Archive): BuiltRecord[] {
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

/** Every speaker who speaks in the archive, with names and positions in both scripts and their answer count. */
export function archivePeople(archive: Archive): PersonEntry[] {
  const fold = archiveFold();
  const hant = new Map(archive.speakers('zh-hant').map((s) => [s.id, s]));
  return archive.speakers('zh-hans').flatMap((speaker) => {
    const simplified = archive.speakerActivity('zh-hans', speaker.id);
    if (simplified.events.length === 0) return [];
    const traditional = archive.speakerActivity('zh-hant', speaker.id);
    const positions = simplified.positions.map((p, i) => toBiText(p.position, traditional.positions[i]?.position ?? p.position, fold));
    return [{ id: speaker.id, name: toBiText(speaker.name, hant.get(speaker.id)?.name ?? speaker.name, fold), positions, answers: simplified.counts.answers }];
  });
}

/**
 * The fold table for the browser: only pairs whose folded character occurs in the indexed text
 * (any other query character cannot match either way), a few KB instead of the whole table.
 */
export function clientFoldTable(archive: Archive): string {
  const known = tablesOf.get(archive);
  if (known !== undefined) return known;
  // One flag per code point: the records hold tens of millions of characters at 10,000 articles,
  // too many to add to a Set one string at a time.
  const seen = new Uint8Array(0x110000);
  const mark = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const point = text.codePointAt(i) ?? 0;
      seen[point] = 1;
      if (point > 0xffff) i++;
    }
  };
  for (const { record } of archiveSearchRecords(archive)) mark(record.content);
  for (const person of archivePeople(archive)) mark(foldedBiText(person.name, archiveFold()));
  const table = encodeFoldTable(archiveFoldMap(), (folded) => [...folded].length === 1 && seen[folded.codePointAt(0) ?? 0] === 1);
  tablesOf.set(archive, table);
  return table;
}

/** What `astro build` hands to the indexer (`records.jsonl`, src/lib/search/hand-off-lines.ts): the Pagefind records, the text chunks and the people table. */
export interface SearchHandOff {
  records: BuiltRecord['record'][];
  chunks: { id: string; chunks: BuiltRecord['chunks'] }[];
  people: PersonEntry[];
}

/** The hand-off of an archive. */
export function archiveSearchHandOff(archive: Archive): SearchHandOff {
  const built = archiveSearchRecords(archive);
  return { records: built.map((b) => b.record), chunks: built.map((b) => ({ id: b.doc.article.id, chunks: b.chunks })), people: archivePeople(archive) };
}
