import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { repairSourceText } from '../../../scripts/lib/stages/repair-text.ts';
import { parseErrata } from '../../../scripts/lib/stages/errata.ts';

const source = (id: string) => readFileSync(`content/sources/${id}.txt`, 'utf8');
const errata = parseErrata(readFileSync('content/sources/errata.yaml', 'utf8'));

describe('repairSourceText', () => {
  test.each(['000_346911de383feeea', '001_a72937d6c9f82b4b', '003_9505c1ccdbaa8d17', '004_a79ee2d5702d4071'])(
    'clean source %s is unchanged',
    (id) => {
      const text = source(id);
      const result = repairSourceText(text, errata, { source: id });
      expect(result.changes).toEqual([]);
      expect(result.unresolved).toEqual([]);
      expect(result.text).toBe(text);
    },
  );

  test('every change offset points at its `before` text in the input', () => {
    const text = source('002_8a6e40267bf6ab56');
    const result = repairSourceText(text, errata, { source: '002_8a6e40267bf6ab56' });
    expect(result.changes.length).toBeGreaterThan(1735);
    for (const change of result.changes.filter((c) => c.rule !== 'errata')) {
      expect(text.slice(change.offset, change.offset + change.before.length)).toBe(change.before);
    }
  });

  test('annotations are removed and the errata gap is applied in source 002', () => {
    const id = '002_8a6e40267bf6ab56';
    const result = repairSourceText(source(id), errata, { source: id });
    expect(result.text).toContain('總人口:gap[原文此處缺一位數字]65萬人');
    expect(result.text).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(result.changes.filter((c) => c.rule === 'errata')).toHaveLength(1);
  });

  test('errata of other sources are ignored when a source is given', () => {
    const result = repairSourceText('學(xué)', [{ source: 'other', find: 'zzz', replace: 'y', reason: 'r', evidence: 'e' }], { source: 'mine' });
    expect(result.text).toBe('學');
  });
});
