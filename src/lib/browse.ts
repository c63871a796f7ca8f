/** Grouping and ordering of articles for the browse pages (archive by date, outlets, regions). */
import { pushTo } from './multimap.ts';

/** The fields grouping needs. */
export interface Dated {
  id: string;
  date: string;
}

/** Newest first; same date by id, so the order is stable. */
export function byDateDesc<T extends Dated>(a: T, b: T): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A named group of items. */
export interface Group<T> {
  key: string;
  items: T[];
}

/** Groups items by a key, keeping the items' order inside each group and ordering groups by `compare` (default: first appearance). */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string, compare?: (a: Group<T>, b: Group<T>) => number): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    pushTo(groups, keyOf(item), item);
  }
  const list = [...groups].map(([key, grouped]) => ({ key, items: grouped }));
  return compare ? list.sort(compare) : list;
}

/**
 * Articles by year, then month, newest first.
 * @example groupByYearMonth([{ id: 'a', date: '2024-06-13' }]) // [{ key: '2024', items: [{ key: '06', items: [...] }] }]
 */
export function groupByYearMonth<T extends Dated>(items: readonly T[]): Group<Group<T>>[] {
  const sorted = [...items].sort(byDateDesc);
  return groupBy(sorted, (item) => item.date.slice(0, 4)).map(({ key, items: inYear }) => ({
    key,
    items: groupBy(inYear, (item) => item.date.slice(5, 7)),
  }));
}

/** Groups with the most items first, then by key. */
export function largestFirst<T>(a: Group<T>, b: Group<T>): number {
  return b.items.length - a.items.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
