import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { simulateDamage } from '../../../scripts/lib/mojibake/simulate.ts';
import { measureRepairs } from '../../../scripts/lib/mojibake/measure.ts';
import { realignGbk } from '../../../scripts/lib/stages/realign.ts';

// Clean Traditional text from the archive (source 001, a Traditional news report).
const CLEAN = readFileSync('content/sources/001_a72937d6c9f82b4b.txt', 'utf8');

describe('simulateDamage', () => {
  test('is deterministic for a seed and differs between seeds', () => {
    expect(simulateDamage(CLEAN, { seed: 7 })).toEqual(simulateDamage(CLEAN, { seed: 7 }));
    expect(simulateDamage(CLEAN, { seed: 7 }).damaged).not.toBe(simulateDamage(CLEAN, { seed: 8 }).damaged);
  });

  test('damages the way source 002 is damaged', () => {
    const sim = simulateDamage(CLEAN, { seed: 1 });
    const lines = sim.damaged.split('\n');
    expect(sim.spans.length).toBeGreaterThan(30);
    for (const span of sim.spans) {
      expect(span.damaged.startsWith('?')).toBe(true);
      expect(lines[span.line]).toContain(span.damaged);
    }
    expect(sim.damaged).toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u); // annotations
    expect(sim.damaged).not.toMatch(/[\uff01-\uff5e]/u); // full-width forms folded like the source
    expect(sim.expected.split('\n')).toHaveLength(lines.length);
  });

  test('without spans, only annotations are added', () => {
    const sim = simulateDamage('慶陽市委常委、常務副市長劉長發介紹相關情況。', { seed: 3, spansPerLine: 0, annotate: 1 });
    expect(sim.spans).toEqual([]);
    expect(sim.damaged.replace(/\([^)]*\)/g, '')).toBe(sim.expected);
  });
});

describe('repair accuracy on simulated damage', () => {
  test('repairs most spans exactly, never touches clean lines, never guesses a lost byte', () => {
    const m = measureRepairs(CLEAN, [1]);
    const rate = m.exact / m.spans;
    console.log(`simulated damage (source 001, seed 1): ${m.exact}/${m.spans} exact (${(100 * rate).toFixed(1)} %), ${m.unresolved} unresolved, ${m.wrong} wrong; ${m.lostSpans} lost-byte spans, ${m.lostGuessed} guessed`);
    // Measured: 39/44 = 88.6 % for this seed (seeds 1–3: 77.9 %; `npm run simulate` measures more).
    expect(rate).toBeGreaterThanOrEqual(0.85);
    expect(m.wrong / m.spans).toBeLessThanOrEqual(0.1);
    expect(m.cleanLinesChanged).toBe(0);
    expect(m.lostSpans).toBeGreaterThan(0);
    expect(m.lostGuessed).toBe(0);
  }, 120_000);
});

describe('known failures (simulated spans the search gets wrong)', () => {
  // A private-use pair vanished right after the first '?': the search does not try a vanished
  // pair there (too many combinations), finds a shorter explanation and drops 會.
  test.fails('a pair vanished right after the first `?`', () => {
    expect(realignGbk('好蘭洽?⒍鼗臀?wén)博會、藥博會').text).toBe('好蘭洽會、敦煌文博會、藥博會');
  });

});

describe('lost bytes', () => {
  // A space swallowed with the last byte of 人: "one lost byte" and "a lone byte before 盧" both
  // explain the bytes, so the span is reported, not repaired. (With the whole of source 002 as
  // context the model can prefer the lone byte: `npm run simulate -- --verbose` lists such cases.)
  test('a space swallowed before a name is reported, not dropped', () => {
    const result = realignGbk('省政府新聞辦新聞發布處二級調研員、新聞發?匀?盧瑩主持');
    expect(result.repairs).toEqual([]);
    expect(result.unresolved).toHaveLength(1);
  });
});
