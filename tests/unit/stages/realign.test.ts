import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parallelPunctuation, realignGbk, type Realigned } from '../../../scripts/lib/stages/realign.ts';
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
  }, 300_000);

  test.each(cases.unchanged)('leaves $id unchanged', ({ input }) => {
    expect(realignGbk(input)).toEqual({ text: input, repairs: [], unresolved: [] });
  }, 300_000);

  test.each(cases.needsDocument)('without its document, does not guess $id wrong', ({ input, expected }) => {
    const result = realignGbk(input);
    expect([input, expected]).toContain(result.text);
    expect(result.repairs.length + result.unresolved.length).toBe(1);
  }, 300_000);

  // The span may be reported longer than `damaged` when a rival reading explains more of the
  // text (`?cè)丝?6`: the 6 as a folded ６ after a lone byte); what the bytes prove is a candidate.
  test.each(cases.unresolved)('does not guess $id', ({ input, damaged, proposal }) => {
    const result = realignGbk(input);
    expect(result.text).toBe(input);
    expect(result.repairs).toEqual([]);
    expect(result.unresolved).toHaveLength(1);
    expect(result.unresolved[0]?.damaged.startsWith(damaged)).toBe(true);
  }, 300_000);

  // Known failure (kept as data, not hidden): the search scores a lost byte as a digit, so the three
  // candidates shown are digit readings (人口6, 人空6, 人卡6) and the reading the bytes prove (人口□)
  // ranks below them. The span is still left unresolved, never guessed (the test above).
  test.fails.each(cases.unresolved)('lists what the bytes prove among the candidates: $id', ({ input, proposal }) => {
    const result = realignGbk(input);
    expect(result.unresolved[0]?.candidates).toContain(proposal);
  }, 300_000);
});

describe('realignGbk on source 002 (the document itself informs the model)', () => {
  const text = readFileSync('content/sources/002_8a6e40267bf6ab56.txt', 'utf8');
  let result: Realigned;
  beforeAll(() => {
    result = realignGbk(text);
  }, 900_000);

  // Every damaged span of 002 as the shared scanner lists it, with the repair a reader checked
  // against the intact text of the document and the mechanism in MOJIBAKE.md.
  test.each([
    { damaged: '?tīng)?zhēng)', replacement: '爭', method: 'shift-back' },
    { damaged: '?jǐn)?shù)', replacement: '數', method: 'shift-back' },
    { damaged: '?;B', replacement: '模化養', method: 'candidate-search' },
    { damaged: '?cè)诜?wù)', replacement: '在服務', method: 'candidate-search' },
    { damaged: '?!皷|', replacement: '。“東', method: 'candidate-search' },
    { damaged: '?;N', replacement: '模化種', method: 'candidate-search' },
    { damaged: '?zhǔn)桨l', replacement: '式發', method: 'shift-back' },
    // The bytes fit `，` (A3 + private pair AC BF) and `。` (A1 + folded ？ A3 BF) alike; the
    // parallel clauses 一是抓基礎提升。/ 三是抓環境提質。 of the same paragraph decide `。`.
    { damaged: '??v', replacement: '。縱', method: 'candidate-search' },
  ])('repairs $damaged → $replacement', ({ damaged, replacement, method }) => {
    const repair = result.repairs.find((r) => r.damaged === damaged);
    expect(repair?.replacement).toBe(replacement);
    expect(repair?.method).toBe(method);
  });

  test('both 日報 spans are repaired by their readings', () => {
    expect(result.repairs.filter((r) => r.damaged === '?qǐng)?bào)').map((r) => r.replacement)).toEqual(['報', '報']);
  });

  test('the punctuation choice names its evidence', () => {
    const repair = result.repairs.find((r) => r.damaged === '??v');
    expect(repair?.evidence).toContain('parallel clauses');
    expect(repair?.evidence).toContain('一是抓基礎提升。');
    expect(repair?.evidence).toContain('三是抓環境提質。');
  });

  test('the population digit and 龍源電力 (力, 量 and 流 fit the bytes, the document never writes it) are left unresolved, with candidates', () => {
    expect(result.unresolved.map((u) => u.damaged)).toEqual(['?cè)丝?', '?jiān)措娏?']);
    const [digit, power] = result.unresolved;
    expect(digit?.candidates).toContain('人口□');
    expect(digit?.reason).toContain('cannot be recovered');
    expect(power?.candidates.slice(0, 3)).toEqual(['源電力', '源電量', '源電流']);
    expect(result.repairs).toHaveLength(10);
  });
});

describe('parallelPunctuation: the document decides a punctuation mark by parallel clauses', () => {
  const LINE = '第二,聚力優化環境,夯百年之基。一是抓基礎提升。秉持理念,城市功能進一步完善。二是抓服務提級,縱深開展行動。三是抓環境提質。深化治理。';
  test.each([
    { id: 'two siblings end with 。', line: LINE, clause: '二是抓服務提級', marks: [',', '，', '。'], expected: { mark: '。', siblings: ['一是抓基礎提升。', '三是抓環境提質。'] } },
    { id: 'siblings disagree', line: '一是抓基礎提升。二是抓服務提級三是抓環境提質,', clause: '二是抓服務提級', marks: [',', '。'], expected: undefined },
    { id: 'one sibling only', line: '一是抓基礎提升。二是抓服務提級', clause: '二是抓服務提級', marks: [',', '。'], expected: undefined },
    { id: 'no ordinal opens the clause', line: LINE, clause: '抓服務提級', marks: [',', '。'], expected: undefined },
    { id: 'the siblings’ mark is not a candidate', line: LINE, clause: '二是抓服務提級', marks: [',', '；'], expected: undefined },
    { id: 'siblings of another length', line: '一是抓基礎。二是抓服務提級三是抓環境。', clause: '二是抓服務提級', marks: [',', '。'], expected: undefined },
  ])('$id', ({ line, clause, marks, expected }) => {
    expect(parallelPunctuation(line, clause, marks)).toEqual(expected);
  });
});
