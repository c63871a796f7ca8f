import { describe, expect, test } from 'vitest';
import { readYaml } from '../../../src/lib/article/read-yaml.ts';

describe('readYaml errors (frontmatter starting on file line 2)', () => {
  test.each([
    { name: 'a colon inside a value', text: 'id: a\nevent: 发布会: 甘肃\n', line: 3, problem: /^a value contains “: ”/, fix: /^Put the value in quotes/ },
    { name: 'a field twice', text: 'id: a\nid: b\n', line: 3, problem: /^a field appears twice/, fix: /^Keep one/ },
    { name: 'an unclosed list', text: 'authors: [甲\nregion: 甘肃\n', line: 3, problem: /^a list `\[…\]` or mapping `\{…\}` is not closed/, fix: /^Close the list/ },
    { name: 'a tab as indentation', text: 'speakers:\n\t- { id: a }\n', line: 3, problem: /^a line is indented with a tab/, fix: /^Indent with spaces/ },
    { name: 'a value starting with *', text: 'id: a\ntitle: *重要*\n', line: 3, problem: /^a value starts with `&` or `\*`.*\(`\*重要\*`\)$/, fix: /^Put the value in quotes/ },
    { name: 'an anchor (it would vanish from the title)', text: 'id: a\ntitle: &t 甘肃\n', line: 3, problem: /^a value starts with `&` or `\*`.*\(`&t`\)$/, fix: /write the referenced value out/ },
    { name: 'an alias of an anchor that exists', text: 'region: &r 甘肃\nevent: *r\n', line: 2, problem: /\(`&r`\)$/, fix: /^Put the value in quotes/ },
    { name: 'a value starting with @', text: 'title: @甘肃\n', line: 2, problem: /^a value starts with a character YAML reserves/, fix: /^Put the value in quotes/ },
    { name: 'a !!js/function tag', text: 'id: a\ntitle: !!js/function "function () { return 1 }"\n', line: 3, problem: /^a value carries a YAML tag .*\(core schema/, fix: /^Remove the tag/ },
    { name: 'a local !tag', text: 'title: !custom 甘肃\n', line: 2, problem: /^a value carries a YAML tag/, fix: /^Remove the tag/ },
    { name: 'a !!binary tag (YAML 1.1, not core)', text: 'id: a\ntitle: !!binary 55SY6IKD\n', line: 3, problem: /^a value carries a YAML tag/, fix: /^Remove the tag/ },
    { name: 'control characters as escapes', text: 'id: a\ntitle: "甘肃\\b\\e\\uFFFE"\n', line: 3, problem: /^the value of `title` contains a control character \(U\+0008\)/, fix: /^Delete the character/ },
    { name: 'a NUL as an escape', text: 'id: a\n\nauthors: ["甲\\0"]\n', line: 4, problem: /^the value of `authors\.0` contains a control character \(U\+0000\)/, fix: /^Delete the character/ },
    { name: 'a control character pasted, not escaped', text: 'id: a\ntitle: 甘肃\u0008日报\n', line: 3, problem: /^the value of `title` contains a control character \(U\+0008\)/, fix: /^Delete the character/ },
    { name: 'a field twice after a block scalar and a multi-line quoted value', text: 'note: |\n  一\n  二\ntitle: "甘肃\n  日报"\nid: a\nid: b\n', line: 8, problem: /^a field appears twice/, fix: /^Keep one/ },
    { name: 'a bidi override as an escape', text: 'outlet: "\\u202E报日肃甘"\n', line: 2, problem: /^the value of `outlet` contains a bidi embedding or override \(U\+202E\)/, fix: /^Delete the character/ },
  ])('$name → line $line', ({ text, line, problem, fix }) => {
    const result = readYaml(text, 2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.line).toBe(line);
    expect(result.errors[0]!.problem).toMatch(problem);
    expect(result.errors[0]!.fix).toMatch(fix);
  });
});

describe('readYaml negative cases (valid, left as written)', () => {
  test.each([
    { name: 'an invisible character in a comment only', text: '# 注\u200b释\nid: a\n', data: { id: 'a' } },
    { name: 'a backslash that is text, not an escape', text: "id: a\ntitle: '甘肃\\日报'\n", data: { id: 'a', title: '甘肃\\日报' } },
    { name: 'harmless escapes', text: 'id: a\ntitle: "甘肃\\t日报\\u4e2d"\n', data: { id: 'a', title: '甘肃\t日报中' } },
  ])('$name', ({ text, data }) => {
    const result = readYaml(text, 2);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.data).toEqual(data);
  });
});

describe('readYaml refuses anchors and aliases before expanding them', () => {
  // Nine levels of nine aliases ask for 9⁹ values (the “billion laughs”): refused line by line, nothing expanded.
  const levels = Array.from({ length: 9 }, (_, n) => `l${n + 1}: &a${n + 1} [${Array(9).fill(`*a${n}`).join(', ')}]`);
  const bomb = ['a0: &a0 甘肃', ...levels].join('\n');
  test('one message per line, naming what the line writes', () => {
    const result = readYaml(bomb, 2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(result.errors[1]!.problem).toMatch(/\(`&a1`, `\*a0`\)$/);
  });
  test.each([
    { name: 'an asterisk inside a quoted value', text: 'title: "*重要*"\n' },
    { name: 'an ampersand inside text', text: 'title: 甘肃 & 青海\n' },
    { name: 'a document of comments only', text: '# nothing yet\n' },
  ])('negative: $name is text', ({ text }) => {
    const result = readYaml(text, 2);
    expect(result.ok).toBe(true);
  });
});

describe('readYaml positions', () => {
  const text = ['id: a', "date: '2024-06-13'", 'speakers:', '  - { id: ren-zhenhe }', '  - id: lu-ying', '    role: host', 'when: 2024-06-13'].join('\n');
  const read = readYaml(text, 2);
  if (!read.ok) throw new Error('fixture must parse');

  test.each([
    { path: ['id'], line: 2 },
    { path: ['date'], line: 3 },
    { path: ['speakers', 0, 'id'], line: 5 },
    { path: ['speakers', 1, 'role'], line: 7 },
    { path: ['speakers', 1, 'position'], line: 6 },
    { path: ['missing'], line: 2 },
  ])('$path is on line $line', ({ path, line }) => {
    expect(read.value.lineOf(path)).toBe(line);
  });

  test('keys have their own line', () => {
    expect(read.value.keyLineOf([], 'speakers')).toBe(4);
    expect(read.value.keyLineOf(['speakers', 1], 'role')).toBe(7);
    expect(read.value.keyLineOf([], 'nope')).toBeUndefined();
  });

  test('reads an unquoted date as text (core schema: no timestamps), like a quoted one', () => {
    expect((read.value.data as { when: unknown }).when).toBe('2024-06-13');
    expect((read.value.data as { date: unknown }).date).toBe('2024-06-13');
  });
});
