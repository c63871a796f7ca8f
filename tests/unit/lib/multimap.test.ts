import { expect, test } from 'vitest';
import { pushTo } from '../../../src/lib/multimap.ts';

test.each([
  { id: 'one key', pushes: [['a', 1], ['a', 2], ['a', 3]], expected: { a: [1, 2, 3] } },
  { id: 'keys keep their own order', pushes: [['a', 1], ['b', 2], ['a', 3]], expected: { a: [1, 3], b: [2] } },
  { id: 'first push creates the list', pushes: [['z', 9]], expected: { z: [9] } },
  { id: 'no pushes, no keys', pushes: [], expected: {} },
] as { id: string; pushes: [string, number][]; expected: Record<string, number[]> }[])('pushTo: $id', ({ pushes, expected }) => {
  const map = new Map<string, number[]>();
  for (const [k, v] of pushes) pushTo(map, k, v);
  expect(Object.fromEntries(map)).toEqual(expected);
});

test('pushTo appends in place: the list under a key is never copied (a copy per append is quadratic)', () => {
  const map = new Map<string, number[]>();
  const first = pushTo(map, 'k', 0);
  for (let i = 1; i < 1000; i++) expect(pushTo(map, 'k', i)).toBe(first);
  expect(map.get('k')).toBe(first);
  expect(first).toHaveLength(1000);
});
