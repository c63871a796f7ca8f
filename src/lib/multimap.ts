/**
 * Appending to a map of lists in place. `map.set(k, [...(map.get(k) ?? []), v])` copies the list on
 * every append: quadratic in a group's size (10,000 articles of one outlet allocated ~460 MB per
 * build). Every grouping in the archive appends through this instead.
 */

/**
 * Appends `value` to the list under `key`, creating the list on first use; returns the list.
 * @example const m = new Map<string, number[]>(); pushTo(m, 'a', 1); pushTo(m, 'a', 2); m.get('a') // → [1, 2]
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): V[] {
  const list = map.get(key);
  if (list) {
    list.push(value);
    return list;
  }
  const created = [value];
  map.set(key, created);
  return created;
}
