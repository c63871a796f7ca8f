import { describe, expect, test } from 'vitest';
import { createRandom, pick, pickWeighted, randomInt, zipfCumulative } from '../../../bench/lib/random.ts';

describe('createRandom', () => {
  test('the same seed gives the same sequence', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });
  test('different seeds give different sequences', () => {
    expect(createRandom(1)()).not.toBe(createRandom(2)());
  });
  test('numbers are in [0, 1)', () => {
    const random = createRandom(3);
    for (let i = 0; i < 1000; i++) {
      const n = random();
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
    }
  });
});

describe('randomInt', () => {
  test.each([
    { min: 0, max: 0 },
    { min: 1, max: 4 },
    { min: -2, max: 2 },
  ])('stays within [$min, $max] and reaches both ends', ({ min, max }) => {
    const random = createRandom(5);
    const seen = new Set(Array.from({ length: 500 }, () => randomInt(random, min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
  });
});

describe('pick', () => {
  test('throws on an empty list', () => {
    expect(() => pick(createRandom(1), [])).toThrow(/empty/);
  });
});

describe('zipfCumulative and pickWeighted', () => {
  test.each([
    { count: 1, s: 1 },
    { count: 10, s: 0.8 },
    { count: 1000, s: 1.2 },
  ])('cumulative weights of $count ranks rise to 1', ({ count, s }) => {
    const cumulative = zipfCumulative(count, s);
    expect(cumulative).toHaveLength(count);
    expect(cumulative[count - 1]).toBeCloseTo(1, 12);
    for (let i = 1; i < count; i++) expect(cumulative[i]).toBeGreaterThan(cumulative[i - 1] ?? 0);
  });
  test('rank 1 is drawn most often, in proportion to its weight', () => {
    const cumulative = zipfCumulative(4, 1);
    const random = createRandom(11);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[pickWeighted(random, cumulative)]! += 1;
    // Weights 1, 1/2, 1/3, 1/4 of 25/12: rank 1 has 48%.
    expect(counts[0]! / 20_000).toBeCloseTo(0.48, 1);
    expect(counts[0]).toBeGreaterThan(counts[1]!);
    expect(counts[1]).toBeGreaterThan(counts[3]!);
  });
  test.each([
    { draw: 0, expected: 0 },
    { draw: 0.5, expected: 1 },
    { draw: 0.99, expected: 2 },
  ])('a draw of $draw falls in bucket $expected', ({ draw, expected }) => {
    expect(pickWeighted(() => draw, [0.25, 0.75, 1])).toBe(expected);
  });
});
