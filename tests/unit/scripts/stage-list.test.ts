/** The stage list is the documentation: the README's diagram is rendered from it, and the pipeline refuses any other order. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mergeReport, renderStageDiagram, stageList, stageRunner } from '../../../scripts/lib/normalize/stage-list.ts';

describe('stage list', () => {
  test('the README pipeline diagram is the stage list', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Content pipeline'));
    const diagram = /```\n(bytes ─[\s\S]*?)\n```/.exec(section)?.[1];
    expect(diagram).toBe(renderStageDiagram(stageList));
  });

  test('every stage name is listed once', () => {
    const names = stageList.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each([
    { id: 'in-order', scope: 'article' as const, run: ['punctuation', 'captions', 'parse-qa', 'reflow'], error: null },
    { id: 'skipping-is-allowed', scope: 'article' as const, run: ['punctuation', 'reflow', 'emit'], error: null },
    { id: 'negative-out-of-order', scope: 'article' as const, run: ['punctuation', 'parse-qa', 'captions'], error: /stage captions runs out of the order/ },
    { id: 'negative-unknown-stage', scope: 'source' as const, run: ['decode', 'sparkle'], error: /stage sparkle runs out of the order/ },
    { id: 'negative-twice', scope: 'source' as const, run: ['decode', 'decode'], error: /stage decode runs out of the order/ },
  ])('stageRunner: $id', ({ scope, run, error }) => {
    const step = stageRunner(scope);
    const go = (): void => run.forEach((name) => step(name, () => name));
    if (error) expect(go).toThrow(error);
    else expect(go).not.toThrow();
  });

  test('mergeReport appends and adds, never overwrites (a second note or count keeps the first)', () => {
    const into = { decisions: ['a'], removals: [] as string[], counts: { 'reflow-restore': 1 } as Record<string, number>, warnings: [] as string[] };
    mergeReport(into, { decisions: ['b'], removals: ['r'], counts: { 'reflow-restore': 1, punctuation: 0, caption: 2 }, warnings: ['w'] });
    expect(into).toEqual({ decisions: ['a', 'b'], removals: ['r'], counts: { 'reflow-restore': 2, caption: 2 }, warnings: ['w'] });
  });
});
