import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { realignGbk, type Realigned } from '../../../scripts/lib/stages/realign.ts';
import cases from '../../cases/realign.json' with { type: 'json' };

describe('realignGbk: case table', () => {
  test.each(cases.repaired)('repairs $id', ({ input, expected }) => {
    const result = realignGbk(input);
    expect(result.text).toBe(expected);
    expect(result.unresolved).toEqual([]);
    for (const r of result.repairs) {
      expect(input.slice(r.offset, r.offset + r.damaged.length)).toBe(r.damaged);
      expect(r.confidence).toBeGreaterThanOrEqual(0.5);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });

  test.each(cases.unchanged)('leaves $id unchanged', ({ input }) => {
    expect(realignGbk(input)).toEqual({ text: input, repairs: [], unresolved: [] });
  });

  test.each(cases.needsDocument)('without its document, does not guess $id wrong', ({ input, expected }) => {
    const result = realignGbk(input);
    expect([input, expected]).toContain(result.text);
    expect(result.repairs.length + result.unresolved.length).toBe(1);
  });

  test.each(cases.unresolved)('does not guess $id', ({ input, damaged, proposal }) => {
    const result = realignGbk(input);
    expect(result.text).toBe(input);
    expect(result.repairs).toEqual([]);
    expect(result.unresolved.map((u) => [u.damaged, u.proposal])).toEqual([[damaged, proposal]]);
  });
});

describe('realignGbk on source 002 (the document itself informs the model)', () => {
  const text = readFileSync('content/sources/002_8a6e40267bf6ab56.txt', 'utf8');
  let result: Realigned;
  beforeAll(() => {
    result = realignGbk(text);
  }, 60_000);

  // Every damaged span of 002 as the shared scanner lists it, with the repair a reader checked
  // against the intact text of the document and the mechanism in MOJIBAKE.md.
  test.each([
    { damaged: '?tīng)?zhēng)', replacement: '爭', method: 'shift-back' },
    { damaged: '?jǐn)?shù)', replacement: '數', method: 'shift-back' },
    { damaged: '?jiān)措娏?', replacement: '源電力', method: 'candidate-search' },
    { damaged: '?;B', replacement: '模化養', method: 'candidate-search' },
    { damaged: '?cè)诜?wù)', replacement: '在服務', method: 'candidate-search' },
    { damaged: '?!皷|', replacement: '。“東', method: 'candidate-search' },
    { damaged: '?;N', replacement: '模化種', method: 'candidate-search' },
    { damaged: '?zhǔn)桨l', replacement: '式發', method: 'shift-back' },
    // Plausible (a full-width comma and 縱 from the bytes), not confirmed by another occurrence.
    { damaged: '??v', replacement: ',縱', method: 'candidate-search' },
  ])('repairs $damaged → $replacement', ({ damaged, replacement, method }) => {
    const repair = result.repairs.find((r) => r.damaged === damaged);
    expect(repair?.replacement).toBe(replacement);
    expect(repair?.method).toBe(method);
  });

  test('both 日報 spans are repaired by their readings', () => {
    expect(result.repairs.filter((r) => r.damaged === '?qǐng)?bào)').map((r) => r.replacement)).toEqual(['報', '報']);
  });

  test('the population digit is left unresolved, with what the bytes prove', () => {
    expect(result.unresolved.map((u) => [u.damaged, u.proposal])).toEqual([['?cè)丝?', '人口□']]);
    expect(result.repairs).toHaveLength(11);
  });
});
