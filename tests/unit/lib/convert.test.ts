import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtInProtectedNames, convertPersonName, createConverter, repairTraditional } from '../../../src/lib/convert.ts';
import { loadRegistry } from './site/fixture-archive.ts';

const realRegistry = loadRegistry(join(import.meta.dirname, '../../../content'));
const fixtureRegistry = loadRegistry();
const convert = createConverter([...realRegistry, ...fixtureRegistry].map((s) => s.name));

// OpenCC's own testcases.json style: id, input, expected per direction.
describe('Simplified → Traditional (cn → tw, character level)', () => {
  test.each([
    { id: 'fa-hair', hans: '头发', hant: '頭髮' },
    { id: 'fa-develop', hans: '发展', hant: '發展' },
    { id: 'fa-press-conference', hans: '发布会', hant: '發佈會' },
    { id: 'gan-cadre', hans: '干部', hant: '幹部' },
    { id: 'gan-dry', hans: '干净', hant: '乾淨' },
    { id: 'gan-interfere', hans: '干涉', hant: '干涉' },
    { id: 'hou-after', hans: '后来', hant: '後來' },
    { id: 'hou-empress', hans: '皇后', hant: '皇后' },
    { id: 'li-inside', hans: '里面', hant: '裡面' },
    { id: 'li-kilometre', hans: '公里', hant: '公里' },
    { id: 'mian-noodle', hans: '面条', hant: '麵條' },
    { id: 'mian-face', hans: '面向全球', hant: '面向全球' },
    { id: 'tai-taiwan', hans: '台湾', hant: '臺灣' },
    { id: 'tai-typhoon', hans: '台风', hant: '颱風' },
    { id: 'zhe-aspect', hans: '看着', hant: '看著' },
    { id: 'zhe-famous', hans: '着名', hant: '著名' },
    { id: 'yu-at', hans: '于是', hant: '於是' },
    { id: 'yu-surplus', hans: '剩余', hant: '剩餘' },
    { id: 'fan-scope', hans: '范围', hant: '範圍' },
    { id: 'xi-relation', hans: '关系', hant: '關係' },
    { id: 'xi-system', hans: '系统', hant: '系統' },
    { id: 'xi-tie', hans: '联系', hant: '聯繫' },
    { id: 'place-yuyao', hans: '余姚', hant: '余姚' },
    { id: 'place-taizhou', hans: '台州', hant: '台州' },
    { id: 'outlet', hans: '新甘肃·甘肃日报记者', hant: '新甘肅·甘肅日報記者' },
    { id: 'ascii-untouched', hans: 'https://example.org/a?b=1 发', hant: 'https://example.org/a?b=1 發' },
  ])('$id: $hans → $hant', ({ hans, hant }) => {
    expect(convert(hans, 'hans', 'hant')).toBe(hant);
  });
});

describe('Traditional → Simplified (tw → cn)', () => {
  test.each([
    { id: 'fa-both', hant: '頭髮 發展', hans: '头发 发展' },
    { id: 'gan-all', hant: '幹部 乾淨 干涉', hans: '干部 干净 干涉' },
    { id: 'li-variants', hant: '裡面 裏面', hans: '里面 里面' },
    { id: 'mian-variants', hant: '麵條 麪條', hans: '面条 面条' },
    { id: 'tai', hant: '臺灣 颱風', hans: '台湾 台风' },
    { id: 'zhe', hant: '看著', hans: '看着' },
    { id: 'yu', hant: '於是 剩餘', hans: '于是 剩余' },
    { id: 'fan', hant: '範圍', hans: '范围' },
    { id: 'xi', hant: '關係 系統 聯繫', hans: '关系 系统 联系' },
    { id: 'press-conference', hant: '發布會', hans: '发布会' },
  ])('$id: $hant → $hans', ({ hant, hans }) => {
    expect(convert(hant, 'hant', 'hans')).toBe(hans);
  });
});

describe('Traditional → Traditional repairs leftover Simplified forms (MOJIBAKE.md §3)', () => {
  test.each([
    { id: 'source-002-cadre', input: '縣級干部', expected: '縣級幹部' },
    { id: 'gan-business', input: '跳起摸高干事業', expected: '跳起摸高幹事業' },
    { id: 'gan-hard-work', input: '真抓實干', expected: '真抓實幹' },
    { id: 'xi-relation', input: '鄰里關系', expected: '鄰里關係' },
    { id: 'simplified-only-char', input: '頭发', expected: '頭髮' },
    // Negative cases: legitimate Traditional text stays as written.
    { id: 'negative-neighbours', input: '鄰里', expected: '鄰里' },
    { id: 'negative-some', input: '若干', expected: '若干' },
    { id: 'negative-interfere', input: '干涉', expected: '干涉' },
    { id: 'negative-li-variant-kept', input: '這裏', expected: '這裏' },
    { id: 'negative-zhe-kept', input: '看著', expected: '看著' },
    { id: 'negative-ascii', input: 'GDP 6.5%', expected: 'GDP 6.5%' },
    { id: 'negative-press-conference-as-published', input: '新聞發布會', expected: '新聞發布會' },
    { id: 'negative-announce-as-published', input: '公布、宣布、分布', expected: '公布、宣布、分布' },
  ])('$id: $input → $expected', ({ input, expected }) => {
    expect(repairTraditional(input)).toBe(expected);
    expect(convert(input, 'hant', 'hant')).toBe(expected);
  });

  test('Simplified → Simplified is the identity', () => {
    expect(convert('縣級干部 发展', 'hans', 'hans')).toBe('縣級干部 发展');
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
    { name: '范長發', from: 'hant', to: 'hans', expected: '范长发' },
    { name: '盛学卿', from: 'hans', to: 'hant', expected: '盛學卿' },
    { name: '刘长发摄', from: 'hans', to: 'hant', expected: '劉長發攝' },
  ] as const)('personal name $name keeps its surname: $expected', ({ name, from, to, expected }) => {
    expect(convertPersonName(convert, name, from, to)).toBe(expected);
  });
});
