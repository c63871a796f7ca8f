import { expect, test } from 'vitest';
import { createTracingConverter } from '../../../src/lib/convert.ts';
import { repairTraditionalLeftovers } from '../../../scripts/lib/stages/traditional-leftovers.ts';
import table from '../../cases/traditional-leftovers.json' with { type: 'json' };

const trace = createTracingConverter();

test.each(table.cases)('$id: $input → $expected', ({ input, expected, negative }) => {
  const { text, repairs } = repairTraditionalLeftovers(input, trace);
  expect(text).toBe(expected);
  if (negative) expect(repairs).toEqual([]);
  else {
    expect(repairs.length).toBeGreaterThan(0);
    for (const r of repairs) expect(r.why).toMatch(/OpenCC|override/);
  }
});
