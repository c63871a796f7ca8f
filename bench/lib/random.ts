/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the corpus generator needs.
 * Deterministic: the same seed gives the same sequence on every machine, so a corpus is reproducible.
 */

/** A seeded source of numbers in [0, 1). */
export type Random = () => number;

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: empty list');
  return items[Math.floor(random() * items.length)] as T;
}

/** Cumulative weights of a Zipf distribution over `count` ranks with exponent `s` (rank 1 heaviest). */
export function zipfCumulative(count: number, s: number): number[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= count; rank++) {
    total += 1 / rank ** s;
    cumulative.push(total);
  }
  return cumulative.map((value) => value / total);
}

/** Index drawn from cumulative weights (as returned by zipfCumulative). */
export function pickWeighted(random: Random, cumulative: readonly number[]): number {
  const target = random();
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] ?? 1) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
