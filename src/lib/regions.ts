/**
 * The region hierarchy as the site uses it: find a region by the name an article gives, walk up to
 * its ancestors, and check that a table is a tree. Pure; the data is `src/lib/data/regions.ts`.
 */
import type { RegionEntry } from './data/regions.ts';

/** A table's problems: duplicate ids or names, unknown parents, cycles. Empty when it is a tree. */
export function checkRegionTable(table: readonly RegionEntry[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, RegionEntry>();
  const names = new Set<string>();
  for (const entry of table) {
    if (byId.has(entry.id)) problems.push(`duplicate region id ${entry.id}`);
    byId.set(entry.id, entry);
    for (const name of new Set([entry.name.hans, entry.name.hant])) {
      if (names.has(name)) problems.push(`duplicate region name ${name}`);
      names.add(name);
    }
  }
  for (const entry of table) {
    if (entry.parent !== null && !byId.has(entry.parent)) problems.push(`region ${entry.id}: parent ${entry.parent} is not in the table`);
    const seen = new Set([entry.id]);
    for (let up = entry.parent; up !== null; up = byId.get(up)?.parent ?? null) {
      if (seen.has(up)) {
        problems.push(`region ${entry.id}: its parents form a cycle`);
        break;
      }
      seen.add(up);
    }
  }
  return problems;
}

/** The entry whose Simplified or Traditional name is `name`, or undefined. */
export function findRegion(table: readonly RegionEntry[], name: string): RegionEntry | undefined {
  return table.find((entry) => entry.name.hans === name || entry.name.hant === name);
}

/** Each table's entries by id, built once per table (every article asks for its region's lineage). */
const tableIndexes = new WeakMap<readonly RegionEntry[], Map<string, RegionEntry>>();

/**
 * The table's entry with this id (the last, as `new Map(table…)` keeps; a valid table has one), or undefined.
 * @example regionEntry(regionTable, 'gan-su')?.name.hans // '甘肃'
 */
export function regionEntry(table: readonly RegionEntry[], id: string): RegionEntry | undefined {
  let byId = tableIndexes.get(table);
  if (!byId) tableIndexes.set(table, (byId = new Map(table.map((entry) => [entry.id, entry]))));
  return byId.get(id);
}

/**
 * Ids of a region and every region above it, nearest first.
 * @example regionLineage(regionTable, 'qing-yang') // ['qing-yang', 'gan-su']
 */
export function regionLineage(table: readonly RegionEntry[], id: string): string[] {
  const out: string[] = [];
  for (let at: string | null = id; at !== null && !out.includes(at); at = regionEntry(table, at)?.parent ?? null) out.push(at);
  return out;
}
