import { describe, expect, test } from 'vitest';
import { ledgerStatuses, type AnchoredArticle } from '../../../scripts/lib/anchor-ledgers.ts';
import { parseArticleBody } from '../../../src/lib/article/model.ts';
import { resolveAnchors } from '../../../src/lib/article/anchors.ts';
import { formatLedger } from '../../../src/lib/article/anchor-ledger-format.ts';

const context = { participants: [{ id: 'ren-zhenhe', role: 'speaker' as const }], registry: [{ id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] }] };
const article = (id: string, ...paragraphs: string[]): AnchoredArticle => ({ id, file: `content/articles/${id}.md`, blocks: parseArticleBody(paragraphs.join('\n\n'), context).blocks });
const v1 = article('a', '导语。', '**任振鹤**：第一段。', '第二段。', '第三段。');
const ledgerOf = (a: AnchoredArticle) => ({ path: `content/anchors/${a.id}.lock`, text: formatLedger(a.id, resolveAnchors(a.blocks, undefined).ledger) });
const pathOf = (id: string) => `content/anchors/${id}.lock`;

describe('ledgerStatuses', () => {
  test('an article matching its ledger is up to date', () => {
    expect(ledgerStatuses([v1], new Map([['a', ledgerOf(v1)]]), pathOf)).toEqual([expect.objectContaining({ id: 'a', upToDate: true, messages: [] })]);
  });

  test('a deleted paragraph: named, with its successor', () => {
    const v2 = article('a', '导语。', '**任振鹤**：第一段。', '第三段。');
    const [status] = ledgerStatuses([v2], new Map([['a', ledgerOf(v1)]]), pathOf);
    expect(status?.upToDate).toBe(false);
    expect(status?.messages).toEqual(['#t1-p2 (para) would vanish: removed; --accept keeps it leading to #t1-p3']);
    expect(status?.expected).toContain('[retired]\nt1-p2 para removed t1-p3 ');
  });

  test('problems come before what is only new', () => {
    const v2 = article('a', '导语。', '**任振鹤**：第一段。', '第三段。', '新的一段。');
    const messages = ledgerStatuses([v2], new Map([['a', ledgerOf(v1)]]), pathOf)[0]?.messages ?? [];
    expect(messages[0]).toMatch(/would vanish/);
    expect(messages[1]).toBe('#t1-p4 (para) is new');
  });

  test('an article without a ledger, and a ledger without an article', () => {
    const statuses = ledgerStatuses([v1], new Map([['gone', ledgerOf(article('gone', '一段。'))]]), pathOf);
    expect(statuses.map((s) => [s.id, s.upToDate, s.messages[0]])).toEqual([
      ['a', false, 'no ledger yet: its 5 anchors are published unrecorded'],
      ['gone', false, 'the article is gone (removed or renamed?): all its published anchors would vanish; --accept removes content/anchors/gone.lock'],
    ]);
    expect(statuses[1]?.expected).toBeUndefined();
  });

  test('a ledger not in the form --accept writes is stale even when the anchors agree', () => {
    const file = ledgerOf(v1);
    expect(ledgerStatuses([v1], new Map([['a', { ...file, text: file.text.replace('\n', '\n\n') }]]), pathOf)[0]?.messages).toEqual(['the ledger file is not in the form --accept writes']);
  });
});
