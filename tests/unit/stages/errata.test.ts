import { unmarkEditorial } from '../../../src/lib/article/write-article.ts';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyErrata, parseErrata, ErrataError, type ErrataEntry } from '../../../scripts/lib/stages/errata.ts';

const entry = (find: string, replace: string): ErrataEntry => ({ source: 's', find, replace, reason: 'r', evidence: 'e' });

describe('applyErrata', () => {
  test('replaces the single occurrence and reports its offset', () => {
    const result = applyErrata('總?65萬人', [entry('?65萬', ':gap[缺]65萬')]);
    expect(unmarkEditorial(result.text)).toBe('總:gap[缺]65萬人');
    expect(result.applied.map((a) => a.offset)).toEqual([1]);
  });

  test('offsets refer to the text before any entry is applied', () => {
    const result = applyErrata('甲乙丙丁', [entry('丙', '三三三'), entry('甲', '一')]);
    expect(result.text).toBe('一乙三三三丁');
    expect(result.applied.map((a) => [a.offset, a.entry.find])).toEqual([[0, '甲'], [2, '丙']]);
  });

  test.each([
    { id: 'missing', text: '甲乙', find: '丙', message: /does not occur/ },
    { id: 'twice', text: '甲乙甲', find: '甲', message: /occurs 2 times/ },
  ])('stale entry ($id) is an error', ({ text, find, message }) => {
    expect(() => applyErrata(text, [entry(find, 'x')])).toThrow(ErrataError);
    expect(() => applyErrata(text, [entry(find, 'x')])).toThrow(message);
  });

  test('overlapping entries are an error', () => {
    expect(() => applyErrata('甲乙丙', [entry('甲乙', 'x'), entry('乙丙', 'y')])).toThrow(/overlaps/);
  });
});

describe('parseErrata', () => {
  test('the errata file of the archive parses', () => {
    const entries = parseErrata(readFileSync('content/sources/errata.yaml', 'utf8'));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.reason.length > 0 && e.evidence.length > 0)).toBe(true);
  });

  test('an entry without evidence is rejected with its path', () => {
    expect(() => parseErrata('- {source: s, find: a, replace: b, reason: r}')).toThrow(/0\.evidence/);
  });

  test('an empty file is no errata', () => {
    expect(parseErrata('# nothing yet\n')).toEqual([]);
  });

  test.each([
    { name: 'a YAML syntax error', text: '- source: s\n  find: a: b\n', message: /^content\/sources\/errata\.yaml:2 not valid YAML: a value contains “: ”/ },
    { name: 'an alias (the one reader refuses them)', text: '- &e {source: s, find: a, replace: b, reason: r, evidence: e}\n- *e\n', message: /^content\/sources\/errata\.yaml:1 not valid YAML: a value starts with `&` or `\*`/ },
    { name: 'a field missing, with its line', text: '- source: s\n  find: a\n  replace: b\n  reason: r\n- source: t\n', message: /^content\/sources\/errata\.yaml:1 errata: entry 0\.evidence/ },
  ])('$name → the file and line', ({ text, message }) => {
    expect(() => parseErrata(text)).toThrow(ErrataError);
    expect(() => parseErrata(text)).toThrow(message);
  });
});
