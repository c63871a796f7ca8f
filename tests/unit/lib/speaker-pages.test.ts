import { describe, expect, test } from 'vitest';
import { listPages, paginateSpeaker, pagerNumbers } from '../../../src/lib/speaker-pages.ts';
import type { SpeakerEvent } from '../../../src/lib/speaker-activity.ts';

/** Events with the given numbers of turns (only the counts matter to pagination). */
const events = (...turns: number[]): SpeakerEvent[] =>
  turns.map((n, i) => ({ article: { id: `a${i + 1}` } as SpeakerEvent['article'], turns: Array.from({ length: n }, (_, j) => ({ turn: { id: `t${j + 1}` } as SpeakerEvent['turns'][number]['turn'] })) }));
const shape = (pages: ReturnType<typeof paginateSpeaker>) => pages.map((p) => p.events.map((e) => `${e.event.article.id}:${e.turns.length}${e.more ? `+${e.more}` : ''}`));

describe('paginateSpeaker', () => {
  test.each([
    { id: 'no events: one empty page', turns: [], limits: { turnsPerPage: 4, turnsPerEvent: 3 }, expected: [[]] },
    { id: 'fits on one page', turns: [1, 2], limits: { turnsPerPage: 4, turnsPerEvent: 3 }, expected: [['a1:1', 'a2:2']] },
    { id: 'a new page when the next event would pass the budget', turns: [2, 2, 1], limits: { turnsPerPage: 4, turnsPerEvent: 3 }, expected: [['a1:2', 'a2:2'], ['a3:1']] },
    { id: 'an event is never split; its extra turns are counted', turns: [5, 1], limits: { turnsPerPage: 4, turnsPerEvent: 3 }, expected: [['a1:3+2', 'a2:1']] },
    { id: 'every event on its own page when each fills it', turns: [4, 4, 4], limits: { turnsPerPage: 4, turnsPerEvent: 4 }, expected: [['a1:4'], ['a2:4'], ['a3:4']] },
  ])('$id', ({ turns, limits, expected }) => {
    expect(shape(paginateSpeaker({ events: events(...turns) }, limits))).toEqual(expected);
  });

  test('pages know their number, the total and which events they hold', () => {
    const pages = paginateSpeaker({ events: events(2, 2, 1) }, { turnsPerPage: 4, turnsPerEvent: 3 });
    expect(pages.map(({ number, total, from, to }) => ({ number, total, from, to }))).toEqual([
      { number: 1, total: 2, from: 1, to: 2 },
      { number: 2, total: 2, from: 3, to: 3 },
    ]);
  });

  test('no page holds more turns than the budget, at the bench scale', () => {
    const big = events(...Array.from({ length: 3000 }, (_, i) => 1 + (i % 30)));
    const pages = paginateSpeaker({ events: big });
    for (const page of pages) expect(page.events.reduce((n, e) => n + e.turns.length, 0)).toBeLessThanOrEqual(40);
    expect(pages.reduce((n, p) => n + p.events.length, 0)).toBe(3000);
  });
});

test.each([
  { current: 1, total: 1, expected: [1] },
  { current: 1, total: 3, expected: [1, 2, 3] },
  { current: 6, total: 20, expected: [1, 0, 4, 5, 6, 7, 8, 0, 20] },
  { current: 20, total: 20, expected: [1, 0, 18, 19, 20] },
])('pagerNumbers($current, $total)', ({ current, total, expected }) => {
  expect(pagerNumbers(current, total)).toEqual(expected);
});

test.each([
  { id: 'no speakers: one empty page', items: 0, size: 3, expected: [0] },
  { id: 'exactly one page', items: 3, size: 3, expected: [3] },
  { id: 'the last page holds the rest', items: 7, size: 3, expected: [3, 3, 1] },
])('listPages: $id', ({ items, size, expected }) => {
  expect(listPages(Array.from({ length: items }, (_, i) => i), size).map((page) => page.length)).toEqual(expected);
});
