import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { questionBefore, speakerActivity } from '../../../src/lib/speaker-activity.ts';
import { loadEntries, loadRegistry } from './site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());

describe('speakerActivity', () => {
  test.each([
    { id: 'fan-houjun', answers: 3, statements: 1, host: 0, events: 2, articles: 2 },
    { id: 'liu-changfa', answers: 1, statements: 0, host: 0, events: 1, articles: 1 },
    { id: 'yu-taisheng', answers: 0, statements: 1, host: 0, events: 1, articles: 1 },
    { id: 'lu-ying', answers: 0, statements: 0, host: 3, events: 1, articles: 1 },
    { id: 'zhang-zhuo', answers: 1, statements: 0, host: 0, events: 1, articles: 1 },
    { id: 'yu-liping', answers: 0, statements: 0, host: 0, events: 0, articles: 0 },
  ])('$id: $answers answers, $statements statements, $events events', ({ id, answers, statements, host, events, articles }) => {
    const activity = speakerActivity(archive.articles('zh-hans'), id);
    expect(activity.counts).toEqual({ answers, statements, host, events });
    expect(activity.articles).toHaveLength(articles);
  });

  test('each answer carries the question it answered; events are newest first', () => {
    const { events } = speakerActivity(archive.articles('zh-hant'), 'fan-houjun');
    expect(events.map((e) => e.article.id)).toEqual(['2024-06-13-fixture-press-conference', '2023-03-02-fixture-interview']);
    expect(events[0]?.turns.map((t) => [t.turn.id, t.turn.role, t.question?.id])).toEqual([
      ['t2', 'statement', undefined],
      ['t5', 'answer', 't4'],
    ]);
    expect(events[0]?.turns[1]?.question?.outlet).toBe('經濟日報');
    expect(events[1]?.turns.map((t) => [t.turn.id, t.question?.id])).toEqual([
      ['t2', 't1'],
      ['t5', 't4'],
    ]);
  });

  test('a second answer to the same question still finds it', () => {
    const { events } = speakerActivity(archive.articles('zh-hans'), 'liu-changfa');
    expect(events[0]?.turns[0]?.question?.id).toBe('t4');
  });

  test('positions are listed once each, with the article that states them', () => {
    const { positions } = speakerActivity(archive.articles('zh-hans'), 'fan-houjun');
    expect(positions.map((p) => [p.position, p.article.id])).toEqual([
      ['省委副书记、省长', '2024-06-13-fixture-press-conference'],
      ['省工信厅厅长', '2023-03-02-fixture-interview'],
    ]);
  });

  test('questionBefore stops at anything that is not a turn', () => {
    const blocks = archive.article('zh-hans', '2024-06-13-fixture-press-conference')?.blocks ?? [];
    const after = blocks.findIndex((b) => b.type === 'gap');
    expect(after).toBeGreaterThan(0);
    expect(questionBefore(blocks, after + 1)).toBeUndefined();
    expect(questionBefore(blocks, 0)).toBeUndefined();
  });
});
