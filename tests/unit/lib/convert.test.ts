import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtInProtectedNames, convertPersonName, convertWithOpenccOnly, createConverter, createTracingConverter } from '../../../src/lib/convert.ts';
import { repairTraditionalLeftovers } from '../../../scripts/lib/stages/traditional-leftovers.ts';
import { loadRegistry } from './site/fixture-archive.ts';
import issue from '../../cases/convert-issue-12.json' with { type: 'json' };
import oneToMany from '../../cases/convert-one-to-many.json' with { type: 'json' };
import sentences from '../../cases/convert-sentences.json' with { type: 'json' };
import negative from '../../cases/convert-negative.json' with { type: 'json' };

const realRegistry = loadRegistry(join(import.meta.dirname, '../../../content'));
const fixtureRegistry = loadRegistry();
const names = [...realRegistry, ...fixtureRegistry].map((s) => s.name);
const convert = createConverter(names);
const trace = createTracingConverter(names);

/** What a page shows: converted pages convert; an original's page shows the normalizer's output. */
function shown(mode: string, input: string): string {
  return mode === 'converted' ? convert(input, 'hans', 'hant') : convert(repairTraditionalLeftovers(input, trace).text, 'hant', 'hant');
}

describe("issue 12's table of wrong forms", () => {
  test.each(issue.cases)('$id ($article, $mode): $input → $expected', ({ mode, input, expected, wrongToday }) => {
    const out = shown(mode, input);
    expect(out).toBe(expected);
    for (const wrong of wrongToday.split(', ')) expect(out).not.toContain(wrong.replace(/[“”]/g, ''));
  });

  test('the converted rows are what OpenCC alone gets wrong (the guard and overrides are needed)', () => {
    const converted = issue.cases.filter((c) => c.mode === 'converted');
    expect(converted.length).toBeGreaterThan(5);
    for (const c of converted) expect(convertWithOpenccOnly(c.input, 'hant')).not.toBe(c.expected);
  });
});

describe('one-to-many characters', () => {
  test.each(oneToMany.hansToHant.map(([id, hans, hant]) => ({ id, hans, hant })))('$id: $hans → $hant', ({ hans, hant }) => {
    expect(convert(hans ?? '', 'hans', 'hant')).toBe(hant);
  });
  test.each(oneToMany.hantToHans.map(([id, hant, hans]) => ({ id, hant, hans })))('$id: $hant → $hans', ({ hant, hans }) => {
    expect(convert(hant ?? '', 'hant', 'hans')).toBe(hans);
  });
});

describe('government-report sentences (the guard beyond the listed examples)', () => {
  test.each(sentences.cases.map(([id, hans, hant]) => ({ id, hans, hant })))('$id: $hans → $hant', ({ hans, hant }) => {
    expect(convert(hans ?? '', 'hans', 'hant')).toBe(hant);
  });
});

describe('negative cases: names, places, numbers, Latin, URLs, ids', () => {
  const withNames = createConverter([...names, ...negative.names]);
  test.each(negative.cases.map(([id, from, to, input, expected]) => ({ id, from, to, input, expected })))('$id: $input ($from → $to) → $expected', ({ from, to, input, expected }) => {
    expect(withNames(input ?? '', from as 'hans', to as 'hant')).toBe(expected);
  });
});

describe('quotation marks per page script', () => {
  test.each([
    { id: 'to-hant', from: 'hans', to: 'hant', input: '“改革‘进行时’”', expected: '「改革『進行時』」' },
    { id: 'to-hans', from: 'hant', to: 'hans', input: '「優化營商環境『攻堅』突破年」', expected: '“优化营商环境‘攻坚’突破年”' },
    { id: 'apostrophe-kept', from: 'hans', to: 'hant', input: 'China’s 发展', expected: 'China’s 發展' },
    { id: 'own-page-kept', from: 'hant', to: 'hant', input: '“改革進行時”', expected: '“改革進行時”' },
  ] as const)('$id: $input → $expected', ({ from, to, input, expected }) => {
    expect(convert(input, from, to)).toBe(expected);
  });
});

describe('the guard records what it refused', () => {
  test('集中签约: STPhrases 中签 refused across 集中|签', () => {
    const t = trace('集中签约', 'hans', 'hant');
    expect(t.guarded).toContainEqual(expect.objectContaining({ phrase: '中签', dict: 'STPhrases' }));
    expect(t.steps).toContainEqual(expect.objectContaining({ from: '签约', to: '簽約' }));
  });
});

describe('protected names', () => {
  const speakers = [...realRegistry, ...fixtureRegistry];
  test('the registries are not empty (the table below is not vacuous)', () => {
    expect(realRegistry.length).toBeGreaterThan(0);
    expect(fixtureRegistry.length).toBeGreaterThan(5);
  });

  test.each(speakers.map((s) => ({ id: s.id, hans: s.name.hans, hant: s.name.hant })))('speaker $id: $hans ⇄ $hant, alone and in a sentence', ({ hans, hant }) => {
    expect(convert(hans, 'hans', 'hant')).toBe(hant);
    expect(convert(hant, 'hant', 'hans')).toBe(hans);
    expect(convert(hant, 'hant', 'hant')).toBe(hant);
    expect(convert(`${hans}发表讲话`, 'hans', 'hant')).toBe(`${hant}發表講話`);
    expect(convert(`${hant}發表講話`, 'hant', 'hans')).toBe(`${hans}发表讲话`);
  });

  // A text in its own script keeps its text, except a protected name written in the other script's form.
  test.each(speakers.filter((s) => s.name.hans !== s.name.hant).map((s) => ({ id: s.id, hans: s.name.hans, hant: s.name.hant })))('speaker $id in its own script: the other form is renamed, this form kept', ({ hans, hant }) => {
    expect(convert(`${hant}发表讲话`, 'hans', 'hans')).toBe(`${hans}发表讲话`);
    expect(convert(`${hans}發表講話`, 'hant', 'hant')).toBe(`${hant}發表講話`);
    expect(convert(`${hans}发表讲话`, 'hans', 'hans')).toBe(`${hans}发表讲话`);
  });
  test.each([
    { id: 'place-in-traditional', text: '甘肃省的', to: 'hant', expected: '甘肅省的' },
    { id: 'place-in-simplified', text: '在甘肅', to: 'hans', expected: '在甘肃' },
    { id: 'negative-no-foreign-form', text: '集中签约仪式在兰州举行', to: 'hans', expected: '集中签约仪式在兰州举行' },
    { id: 'negative-latin-only', text: 'Lanzhou, Gansu', to: 'hant', expected: 'Lanzhou, Gansu' },
  ] as const)('own script: $id', ({ text, to, expected }) => {
    expect(convert(text, to, to)).toBe(expected);
  });

  test.each(builtInProtectedNames.map((n) => ({ hans: n.hans, hant: n.hant })))('place or outlet $hans ⇄ $hant', ({ hans, hant }) => {
    expect(convert(hans, 'hans', 'hant')).toBe(hant);
    expect(convert(hant, 'hant', 'hans')).toBe(hans);
  });

  test.each([
    { name: '范后军', expected: '范後軍', unprotected: '範後軍' },
    { name: '于台生', expected: '于台生', unprotected: '於臺生' },
    { name: '余里平', expected: '余里平', unprotected: '餘里平' },
  ])('registry name $name stays $expected (OpenCC alone would give $unprotected)', ({ name, expected, unprotected }) => {
    expect(createConverter()(name, 'hans', 'hant')).toBe(unprotected);
    expect(convert(name, 'hans', 'hant')).toBe(expected);
  });

  test.each([
    { name: '于洪摄', from: 'hans', to: 'hant', expected: '于洪攝' },
    { name: '范长发', from: 'hans', to: 'hant', expected: '范長發' },
    { name: '余发', from: 'hans', to: 'hant', expected: '余發' },
    { name: '岳明', from: 'hans', to: 'hant', expected: '岳明' },
    { name: '范長發', from: 'hant', to: 'hans', expected: '范长发' },
    { name: '盛学卿', from: 'hans', to: 'hant', expected: '盛學卿' },
    { name: '刘长发摄', from: 'hans', to: 'hant', expected: '劉長發攝' },
  ] as const)('personal name $name keeps its surname: $expected', ({ name, from, to, expected }) => {
    expect(convertPersonName(convert, name, from, to)).toBe(expected);
  });
});

describe('the conversion cache', () => {
  // One converter, the same text converted both ways in either order: each direction keeps its own result.
  test.each([
    { id: 'to Traditional first', text: '發展', first: ['hans', 'hant'], then: ['hant', 'hans'], expected: { hant: '發展', hans: '发展' } },
    { id: 'to Simplified first', text: '發展', first: ['hant', 'hans'], then: ['hans', 'hant'], expected: { hans: '发展', hant: '發展' } },
    { id: 'negative: a text that converts the same both ways', text: '2024', first: ['hans', 'hant'], then: ['hant', 'hans'], expected: { hant: '2024', hans: '2024' } },
  ] as const)('$id', ({ text, first, then, expected }) => {
    const fresh = createConverter(names);
    for (const [from, to] of [first, then, first, then]) expect(fresh(text, from, to), `${from} → ${to}`).toBe(expected[to]);
  });
});
