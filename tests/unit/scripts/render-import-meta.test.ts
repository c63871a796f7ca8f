import { expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { quoteName, renderImportMeta } from '../../../scripts/lib/render-import-meta.ts';

const meta = { date: '2025-04-08', outlet: '定西日报', articles: [{ id: 'a', lines: ['1-9'] }] };

test.each([
  { id: 'a plain name', name: 'press.txt' },
  { id: 'a newline then a key', name: 'x\nkind: report\n.txt' },
  { id: 'a document separator', name: 'x\n---\nevil: 1\n.txt' },
  { id: 'a carriage return then a key', name: 'x\rkind: report.txt' },
  { id: 'U+2028 and U+0085 line breaks', name: 'x\u2028kind: a\u0085b: c.txt' },
  { id: 'a comment end and a flow map', name: 'x # {a: 1}.txt' },
])('$id: the name stays in the one comment line', ({ name }) => {
  const text = renderImportMeta(meta, name);
  expect(text.split('\n')[0]).toBe(`# Inferred by npm run import from ${quoteName(name)}; edit the layout here and run npm run normalize.`);
  expect(text.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(1);
  expect(parseAllDocuments(text)).toHaveLength(1);
  expect(parse(text)).toEqual(meta);
});

test.each([
  { name: 'a.txt', expected: '"a.txt"' },
  { name: 'a\nb', expected: '"a\\nb"' },
  { name: 'a\u2028b\u0085c', expected: '"a\\u2028b\\u0085c"' },
  { name: '新闻.txt', expected: '"新闻.txt"' },
])('quoteName($name) → $expected', ({ name, expected }) => {
  expect(quoteName(name)).toBe(expected);
});
