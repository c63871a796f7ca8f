import { describe, expect, test } from 'vitest';
import { isNormalizeStep, parsePrintedSteps } from '../../../bench/lib/build-site.ts';
import { vocabulary } from '../../../bench/lib/vocabulary.ts';

describe('parsePrintedSteps', () => {
  const steps = [{ label: 'Astro build', command: ['node_modules/.bin/astro', 'build'] }];
  test.each([
    { name: 'a bare list (first format)', output: JSON.stringify(steps), env: {} },
    { name: 'steps with their environment', output: JSON.stringify({ env: { ARCHIVE_DIST: '/x/dist.partial' }, steps }), env: { ARCHIVE_DIST: '/x/dist.partial' } },
    { name: 'after other output', output: `some warning\n${JSON.stringify({ steps })}\n`, env: {} },
  ])('$name', ({ output, env }) => {
    expect(parsePrintedSteps(output)).toEqual({ env, steps });
  });
  test('no step list → an error quoting the output', () => {
    expect(() => parsePrintedSteps('usage: build')).toThrow(/printed no step list:\nusage: build/);
  });
});

describe('isNormalizeStep', () => {
  test.each([
    { label: 'Normalize', command: ['node', 'scripts/normalize.ts'], expected: true },
    { label: 'Raw texts', command: ['node', 'scripts/normalize.ts'], expected: true },
    { label: 'Validate content', command: ['node', 'scripts/validate.ts'], expected: false },
    { label: 'Astro build', command: ['astro', 'build'], expected: false },
  ])('$label → $expected', ({ label, command, expected }) => {
    expect(isNormalizeStep({ label, command })).toBe(expected);
  });
});

describe('vocabulary', () => {
  test.each([
    { texts: ['新质生产力'], expected: { texts: 1, hanChars: 5, distinctBigrams: 4, articlesPerBigram: 1 } },
    { texts: ['新质生产力', '新质生产力'], expected: { texts: 2, hanChars: 10, distinctBigrams: 4, articlesPerBigram: 2 } },
    // Bigrams never cross punctuation or Latin text; a repeated bigram counts once per text.
    { texts: ['生产，生产 abc 生产'], expected: { texts: 1, hanChars: 6, distinctBigrams: 1, articlesPerBigram: 1 } },
    { texts: ['abc', ''], expected: { texts: 2, hanChars: 0, distinctBigrams: 0, articlesPerBigram: 0 } },
  ])('$texts', ({ texts, expected }) => {
    expect(vocabulary(texts)).toEqual(expected);
  });
});

describe('cacheCounts', () => {
  test.each([
    { log: 'normalize: 8 articles from 5 sources (1 normalized, 4 unchanged from the cache); 1 file(s) written, 0 removed.', expected: { normalized: 1, cached: 4 } },
    { log: 'normalize: 8 articles from 5 sources (0 normalized, 5 unchanged from the cache); 0 file(s) written', expected: { normalized: 0, cached: 5 } },
    { log: 'normalize: 8 articles from 5 sources; 0 file(s) written, 0 removed.', expected: undefined },
  ])('$expected', async ({ log, expected }) => {
    const { cacheCounts } = await import('../../../bench/lib/normalizer.ts');
    expect(cacheCounts(log)).toEqual(expected);
  });
});
