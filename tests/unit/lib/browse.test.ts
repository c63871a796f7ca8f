import { expect, test } from 'vitest';
import { byDateDesc, groupBy, groupByYearMonth, largestFirst } from '../../../src/lib/browse.ts';

const items = [
  { id: 'b', date: '2023-01-16' },
  { id: 'a', date: '2023-01-16' },
  { id: 'c', date: '2024-06-13' },
  { id: 'd', date: '2023-10-27' },
];

test('byDateDesc: newest first, ties by id', () => {
  expect([...items].sort(byDateDesc).map((i) => i.id)).toEqual(['c', 'd', 'a', 'b']);
});

test('groupByYearMonth', () => {
  expect(groupByYearMonth(items).map((y) => [y.key, y.items.map((m) => [m.key, m.items.map((i) => i.id)])])).toEqual([
    ['2024', [['06', ['c']]]],
    ['2023', [['10', ['d']], ['01', ['a', 'b']]]],
  ]);
});

test.each([
  { compare: undefined, expected: ['x', 'y'] },
  { compare: largestFirst, expected: ['y', 'x'] },
])('groupBy orders groups ($expected)', ({ compare, expected }) => {
  const groups = groupBy(['x1', 'y1', 'y2'], (s) => s[0] ?? '', compare);
  expect(groups.map((g) => g.key)).toEqual(expected);
});
