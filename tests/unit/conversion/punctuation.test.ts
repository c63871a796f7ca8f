import { expect, test } from 'vitest';
import { toFullWidthPunctuation } from '../../../scripts/lib/stages/punctuation.ts';
import table from '../../cases/punctuation.json' with { type: 'json' };

test.each(table.cases)('$id: $input → $expected ($count changed)', ({ input, expected, count }) => {
  expect(toFullWidthPunctuation(input)).toEqual({ text: expected, count });
});
