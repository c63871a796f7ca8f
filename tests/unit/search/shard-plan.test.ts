import { describe, expect, test } from 'vitest';
import { configuredShardSize, planShards, shardSize } from '../../../src/lib/search/shard-plan.ts';

describe('planShards', () => {
  test.each([
    { id: 'empty archive: one (empty) bundle', count: 0, size: 3, ranges: [[0, 0]] },
    { id: 'under the size: one bundle', count: 2, size: 3, ranges: [[0, 2]] },
    { id: 'exactly the size: one bundle', count: 3, size: 3, ranges: [[0, 3]] },
    { id: 'one over: two even shards', count: 4, size: 3, ranges: [[0, 2], [2, 4]] },
    { id: 'uneven: the first shards take the remainder', count: 8, size: 3, ranges: [[0, 3], [3, 6], [6, 8]] },
    { id: '10,000 at the default size: two shards', count: 10_000, size: shardSize, ranges: [[0, 5000], [5000, 10_000]] },
    { id: '50,000 at the default size: nine shards', count: 50_000, size: shardSize, ranges: Array.from({ length: 9 }, (_, i) => [i * 5555 + Math.min(i, 5), (i + 1) * 5555 + Math.min(i + 1, 5)]) },
  ])('$id', ({ count, size, ranges }) => {
    const shards = planShards(count, size);
    expect(shards.map((s) => [s.start, s.end])).toEqual(ranges);
    expect(shards.every((s) => s.end - s.start <= size)).toBe(true);
  });

  test('the first bundle is /pagefind/, the others numbered inside it', () => {
    expect(planShards(7, 3).map((s) => [s.bundle, s.folder])).toEqual([
      ['/pagefind/', 'pagefind'],
      ['/pagefind/shard-2/', 'pagefind/shard-2'],
      ['/pagefind/shard-3/', 'pagefind/shard-3'],
    ]);
  });

  test.each([
    { id: 'negative count', count: -1, size: 3 },
    { id: 'fractional count', count: 1.5, size: 3 },
    { id: 'zero size', count: 4, size: 0 },
  ])('rejects $id', ({ count, size }) => {
    expect(() => planShards(count, size)).toThrow(/planShards/);
  });
});

describe('configuredShardSize', () => {
  test.each([
    { id: 'unset: the default', env: {}, expected: shardSize },
    { id: 'empty: the default', env: { ARCHIVE_SEARCH_SHARD_SIZE: '' }, expected: shardSize },
    { id: 'set', env: { ARCHIVE_SEARCH_SHARD_SIZE: '3' }, expected: 3 },
  ])('$id', ({ env, expected }) => {
    expect(configuredShardSize(env)).toBe(expected);
  });

  test.each(['0', '-2', '2.5', 'many'])('rejects %s with the variable named', (value) => {
    expect(() => configuredShardSize({ ARCHIVE_SEARCH_SHARD_SIZE: value })).toThrow(/ARCHIVE_SEARCH_SHARD_SIZE/);
  });
});
