import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/article/split-frontmatter.ts';

describe('splitFrontmatter', () => {
  test.each([
    { name: 'LF', text: '---\nid: a\n---\n\n正文', yaml: 'id: a', body: '\n正文', bodyLineOffset: 3 },
    { name: 'fence with trailing spaces', text: '---  \nid: a\n---\t\n正文', yaml: 'id: a', body: '正文', bodyLineOffset: 3 },
    { name: 'a `---` thematic break in the body stays in the body', text: '---\nid: a\n---\n甲\n\n---\n\n乙', yaml: 'id: a', body: '甲\n\n---\n\n乙', bodyLineOffset: 3 },
  ])('splits $name', ({ text, yaml, body, bodyLineOffset }) => {
    expect(splitFrontmatter(text)).toEqual({ ok: true, value: { yaml, yamlFirstLine: 2, body, bodyLineOffset } });
  });

  test.each([
    { name: 'only blank lines', text: '\n\n  \n', problem: 'The file is empty: it holds only blank lines.', fix: /^Write the article/ },
    { name: 'no opening fence', text: '标题\n\n正文', problem: 'The file has no frontmatter: its first line must be `---`, but it is “标题”.', fix: /^Start the file with a `---` line/ },
    { name: 'a fence of four dashes', text: '----\nid: a\n---\n', problem: 'The file has no frontmatter: its first line must be `---`, but it is “----”.', fix: /^Start the file/ },
    { name: 'unclosed, body after a blank line', text: '---\nid: a\ntitle: b\n\n**任振鹤**：好。', problem: 'The frontmatter opened by `---` on line 1 is never closed: no later line is exactly `---`.', fix: /^Add a line `---` before line 5 \(“\*\*任振鹤\*\*：好。…”\)/ },
    { name: 'unclosed, nothing after the fields', text: '---\nid: a\ntitle: b\n', problem: 'The frontmatter opened by `---` on line 1 is never closed: no later line is exactly `---`.', fix: /^Add a line `---` after the last field\.$/ },
  ])('refuses $name', ({ text, problem, fix }) => {
    const result = splitFrontmatter(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(1);
    expect(result.error.problem).toBe(problem);
    expect(result.error.fix).toMatch(fix);
  });
});
