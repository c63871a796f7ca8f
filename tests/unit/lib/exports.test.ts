import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { articleColumns, articleRecords, csvField, toCsv, turnColumns, turnRecords } from '../../../src/lib/exports.ts';
import { loadEntries, loadRegistry } from './site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());
const site = 'https://archive.example/';

test.each([
  { value: 'plain', expected: 'plain' },
  { value: '中文，全角逗号', expected: '中文，全角逗号' },
  { value: 'a,b', expected: '"a,b"' },
  { value: 'say "hi"', expected: '"say ""hi"""' },
  { value: 'line\nbreak', expected: '"line\nbreak"' },
  { value: '', expected: '' },
  // OWASP CSV injection: a leading = + - @ tab or CR makes a spreadsheet evaluate the cell.
  { value: '=HYPERLINK("https://evil.example","点击")', expected: '"\'=HYPERLINK(""https://evil.example"",""点击"")"' },
  { value: '@SUM(A1:A9)', expected: "'@SUM(A1:A9)" },
  { value: '+1+1', expected: "'+1+1" },
  { value: '-2+3', expected: "'-2+3" },
  { value: '\t=1+1', expected: "'\t=1+1" },
  { value: '\r=1+1', expected: '"\'\r=1+1"' },
  { value: '=1,2', expected: '"\'=1,2"' },
  // Negative cases: the characters elsewhere in the cell, and full-width look-alikes, are text already.
  { value: 'a=b+c-d@e', expected: 'a=b+c-d@e' },
  { value: ' =1+1', expected: ' =1+1' },
  { value: '＝1＋1', expected: '＝1＋1' },
  { value: "'quoted", expected: "'quoted" },
])('csvField($value)', ({ value, expected }) => {
  expect(csvField(value)).toBe(expected);
});

test('toCsv writes a BOM, a header and CRLF rows', () => {
  expect(toCsv([{ a: '1', b: 'x,y' }], ['a', 'b'])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
});

test('toCsv neutralizes a formula in any column, not only the text', () => {
  expect(toCsv([{ speaker: '@cmd', text: '=1+1' }], ['speaker', 'text'])).toBe("\uFEFFspeaker,text\r\n'@cmd,'=1+1\r\n");
});

test('JSON exports keep hostile text exactly and stay parseable', () => {
  const hostile = '=HYPERLINK("x")\u0000\u2028\u2029\uD800</script><img onerror=alert(1)>';
  const json = JSON.stringify([{ text: hostile }], null, 1);
  // No raw control character (JSON forbids them in strings) and no lone surrogate (ill-formed UTF-8 on disk).
  expect(json).not.toMatch(/[\u0000-\u0009\u000B-\u001F]|[\uD800-\uDFFF]/);
  expect(JSON.parse(json)).toEqual([{ text: hostile }]);
});

describe('records', () => {
  test('every turn of every article, in both scripts, with the same ids', () => {
    const hans = turnRecords(archive.articles('zh-hans'), site);
    const hant = turnRecords(archive.articles('zh-hant'), site);
    expect(hans).toHaveLength(15);
    expect(hant.map((r) => `${r.article_id}#${r.turn_id}`)).toEqual(hans.map((r) => `${r.article_id}#${r.turn_id}`));
  });

  test('an answer links its question and its permalink', () => {
    const record = turnRecords(archive.articles('zh-hant'), site).find((r) => r.article_id === '2024-06-13-fixture-press-conference' && r.turn_id === 't5');
    expect(record).toMatchObject({
      role: 'answer',
      speaker_id: 'fan-houjun',
      speaker: '范後軍',
      position: '省委副書記、省長',
      question_id: 't4',
      text: '麵條是甘肅的名片，蘭州牛肉麵著實有名。\n我們還要在臺上發布更多成果，餘下的工作於年內完成。',
      url: 'https://archive.example/zh-hant/articles/2024-06-13-fixture-press-conference/#t5',
    });
  });

  test('article records carry every column and the plain text', () => {
    const records = articleRecords(archive.articles('zh-hans'), site);
    expect(records.map((r) => r.id)).toEqual(['2024-06-13-fixture-press-conference', '2023-03-02-fixture-interview', '2023-02-01-fixture-traditional-report']);
    for (const record of records) expect(Object.keys(record).sort()).toEqual([...articleColumns].sort());
    expect(records[2]?.text).toContain('县级干部真抓实干');
    expect(records[2]?.original_script).toBe('hant');
    expect(records[1]?.source_id).toBe('');
    expect(Object.keys(turnRecords(archive.articles('zh-hans'), site)[0] ?? {}).sort()).toEqual([...turnColumns].sort());
  });
});
