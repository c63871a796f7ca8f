import { describe, expect, test } from 'vitest';
import { readYaml } from '../../../src/lib/article/read-yaml.ts';

describe('readYaml errors (frontmatter starting on file line 2)', () => {
  test.each([
    { name: 'a colon inside a value', text: 'id: a\nevent: 发布会: 甘肃\n', line: 3, problem: /^a value contains “: ”/, fix: /^Put the value in quotes/ },
    { name: 'a field twice', text: 'id: a\nid: b\n', line: 3, problem: /^a field appears twice/, fix: /^Keep one/ },
    { name: 'an unclosed list', text: 'authors: [甲\nregion: 甘肃\n', line: 3, problem: /^a list `\[…\]` or mapping `\{…\}` is not closed/, fix: /^Close the list/ },
    { name: 'a tab as indentation', text: 'speakers:\n\t- { id: a }\n', line: 3, problem: /^a line is indented with a tab/, fix: /^Indent with spaces/ },
    { name: 'a value starting with *', text: 'id: a\ntitle: *重要*\n', line: 3, problem: /^a value starts with `\*`/, fix: /^Put the value in quotes/ },
    { name: 'a value starting with @', text: 'title: @甘肃\n', line: 2, problem: /^a value starts with a character YAML reserves/, fix: /^Put the value in quotes/ },
  ])('$name → line $line', ({ text, line, problem, fix }) => {
    const result = readYaml(text, 2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.line).toBe(line);
    expect(result.errors[0]!.problem).toMatch(problem);
    expect(result.errors[0]!.fix).toMatch(fix);
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

  test('reads an unquoted date as a timestamp, as Astro does, and a quoted one as text', () => {
    expect((read.value.data as { when: unknown }).when).toEqual(new Date('2024-06-13T00:00:00Z'));
    expect((read.value.data as { date: unknown }).date).toBe('2024-06-13');
  });
});
