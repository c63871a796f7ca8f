import { describe, expect, test } from 'vitest';
import { repairNotes, type EditorialActs } from '../../../scripts/lib/stages/repair-notes.ts';

const none: EditorialActs = { restores: [], moves: [], credits: [], gaps: [] };

describe('repairNotes', () => {
  test.each([
    { id: 'restore (004)', acts: { ...none, restores: [{ after: 47, text: '仑', proof: '昆仑山国家公园' }] }, script: 'hans' as const, expected: { 'reflow-restore': '第47行末的换行处缺“仑”字，编者补作〔仑〕；同文另印“昆仑山国家公园”可证' } },
    { id: 'continuation moved (003)', acts: { ...none, moves: [{ cut: 49, line: 55, bridge: '东西部协作', occurrences: 10, searched: 51 }] }, script: 'hans' as const, expected: { 'reflow-move': '第49行的句子在此中断，其后半句印在第55行（接合处的“东西部协作”在同文另见10处），编者移回接排；已查原文其余51段' } },
    { id: 'byline moved, Traditional', acts: { ...none, credits: [{ line: 25, credit: '（記者 張弘毅）' }] }, script: 'hant' as const, expected: { 'byline-moved': '第25行段末的“（記者 張弘毅）”是記者署名，不是發言內容，編者移至作者欄' } },
    { id: 'gap after a search', acts: { ...none, gaps: [{ after: 9, evidence: '版面残缺', searched: 30 }] }, script: 'hans' as const, expected: { 'gap-note': '第9行后原文缺文：版面残缺；已查原文其余30段，均无后文' } },
    { id: 'negative: nothing done, no notes', acts: none, script: 'hans' as const, expected: {} },
  ])('$id', ({ acts, script, expected }) => {
    expect(repairNotes(acts, script)).toEqual(expected);
  });

  test('notes are Chinese prose: no Latin words in any template', () => {
    const all = { restores: [{ after: 1, text: '仑', proof: '昆仑' }], moves: [{ cut: 1, line: 2, bridge: '协作', occurrences: 1, searched: 3 }], credits: [{ line: 1, credit: '（记者 甲乙）' }], gaps: [{ after: 1, evidence: '缺', searched: 2 }] };
    for (const script of ['hans', 'hant'] as const) for (const note of Object.values(repairNotes(all, script))) expect(note).not.toMatch(/[A-Za-z]{2,}/);
  });
});
