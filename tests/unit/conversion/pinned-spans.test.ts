import { expect, test } from 'vitest';
import { inlineText, parseArticleBody, type Block } from '../../../src/lib/article/model.ts';
import { createConverter } from '../../../src/lib/convert.ts';
import { bindConverter, localizeBlocks } from '../../../src/lib/localize.ts';
import table from '../../cases/conv-directive.json' with { type: 'json' };

const convert = createConverter();
const context = { participants: [], registry: [] };
const textOf = (blocks: readonly Block[]): string => blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join('\n');

test.each(table.valid)('$id: $markdown → $hans | $hant', ({ script, markdown, hans, hant }) => {
  const model = parseArticleBody(markdown, context);
  expect(model.issues).toEqual([]);
  const from = script as 'hans' | 'hant';
  expect(textOf(localizeBlocks(model.blocks, bindConverter(convert, from, 'hans')))).toBe(hans);
  expect(textOf(localizeBlocks(model.blocks, bindConverter(convert, from, 'hant')))).toBe(hant);
});

test.each(table.invalid)('$id: $markdown is an issue ($message)', ({ markdown, message, line }) => {
  const { issues } = parseArticleBody(markdown, context);
  expect(issues.length).toBeGreaterThan(0);
  expect(issues[0]?.message).toContain(message);
  expect(issues[0]?.line).toBe(line ?? 1);
});

test('without a pin the dictionary decides (the pin is what changes the page)', () => {
  const model = parseArticleBody('他的头发', context);
  expect(textOf(localizeBlocks(model.blocks, bindConverter(convert, 'hans', 'hant')))).toBe('他的頭髮');
  const pinned = parseArticleBody('他的:conv[头发]{hant="頭发"}', context);
  expect(textOf(localizeBlocks(pinned.blocks, bindConverter(convert, 'hans', 'hant')))).toBe('他的頭发');
});
