import { describe, expect, test } from 'vitest';
import { anchorIds, parseArticleBody, type SpeakerContext } from '../../../src/lib/article/model.ts';
import { resolveAnchors, type AnchorLedger } from '../../../src/lib/article/anchors.ts';
import { AnchorLedgerError, formatLedger, ledgerIds, parseLedger } from '../../../src/lib/article/anchor-ledger-format.ts';
import { fingerprintOf } from '../../../src/lib/article/anchor-fingerprint.ts';

const context: SpeakerContext = {
  participants: [
    { id: 'lu-ying', role: 'host' },
    { id: 'ren-zhenhe', role: 'speaker' },
    { id: 'liu-changfa', role: 'speaker' },
  ],
  registry: [
    { id: 'lu-ying', name: { hans: '卢莹', hant: '盧瑩' }, aliases: [] },
    { id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] },
    { id: 'liu-changfa', name: { hans: '刘长发', hant: '劉長發' }, aliases: [] },
  ],
};

/** An article as paragraphs joined by blank lines. */
const md = (...paragraphs: string[]): string => paragraphs.join('\n\n');
const base = [
  '导语第一段。发布会在兰州举行。',
  '**主持人**：现在开始提问。',
  '**经济日报记者**：请问甘肃做了哪些工作？',
  '**任振鹤**：第一段回答。我们抓项目。',
  '第二段回答。我们抓投资。我们抓开放。',
  '第三段回答。我们抓生态。',
  '**经济日报记者**：第二个问题是什么？',
  '**刘长发**：我来回答。谢谢。',
];
/** The ledger an article's first --accept writes: its positional ids. */
const accepted = (markdown: string): AnchorLedger => resolveAnchors(parseArticleBody(markdown, context).blocks, undefined).ledger;
const resolve = (before: string, after: string) => resolveAnchors(parseArticleBody(after, context).blocks, accepted(before));
/** The published id of the passage whose text starts with `start` (turn paragraphs and top-level paragraphs). */
const idOfText = (blocks: ReturnType<typeof resolve>['blocks'], start: string): string | undefined => {
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.children.some((i) => i.type === 'text' && i.value.startsWith(start))) return block.id;
    if (block.type === 'turn') for (const child of block.children) if (child.type === 'paragraph' && child.children.some((i) => i.type === 'text' && i.value.startsWith(start))) return child.id;
  }
  return undefined;
};

describe('fingerprintOf', () => {
  test.each([
    { id: 'punctuation and spacing re-normalized', a: '我们坚持。全力推进！', b: '我们坚持.  全力推进!' },
    { id: 'full-width digits and Latin', a: 'ＧＤＰ增长５％。', b: 'GDP增长5%。' },
    { id: 'a line break inside a sentence', a: '我们坚持\n全力推进。', b: '我们坚持。全力推进。' },
    { id: 'quotes per script', a: '“新质生产力”。', b: '「新质生产力」。' },
    { id: 'a decimal point is not a sentence end', a: '总投资1.3万亿元。', b: '总投资1.3万亿元.' },
  ])('$id: same fingerprint', ({ a, b }) => {
    expect(fingerprintOf(a)).toEqual(fingerprintOf(b));
  });
  test.each([
    { id: 'one character changed', a: '我们坚持。', b: '我们坚定。' },
    { id: 'a sentence added', a: '我们坚持。', b: '我们坚持。全力推进。' },
  ])('negative: $id changes it', ({ a, b }) => {
    expect(fingerprintOf(a)).not.toEqual(fingerprintOf(b));
  });
  test('a text without letters has no sentences', () => {
    expect(fingerprintOf('……。')).toEqual([]);
  });
});

describe('resolveAnchors', () => {
  test('without a ledger the positional ids are the published ones', () => {
    const blocks = parseArticleBody(md(...base), context).blocks;
    const resolution = resolveAnchors(blocks, undefined);
    expect(anchorIds(resolution.blocks)).toEqual(anchorIds(blocks));
    expect(ledgerIds(resolution.ledger)).toEqual(anchorIds(blocks));
    expect(resolution.changes).toEqual([]);
  });

  test('re-normalized punctuation changes nothing', () => {
    const after = md(...base.map((p) => p.replace(/。/g, '.')));
    const resolution = resolve(md(...base), after);
    expect(resolution.changes).toEqual([]);
    expect(anchorIds(resolution.blocks)).toEqual(anchorIds(parseArticleBody(md(...base), context).blocks));
  });

  test.each([
    {
      id: 'a paragraph deleted: later ones keep their ids, the old one leads to the next',
      after: md(...base.slice(0, 4), ...base.slice(5)),
      ids: { 第一段回答: 't3-p1', 第三段回答: 't3-p3', 我来回答: 't5-p1' },
      retired: [{ id: 't3-p2', successor: 't3-p3', reason: 'removed' }],
    },
    {
      id: 'a paragraph inserted before others: it gets a fresh id, the others keep theirs',
      after: md(...base.slice(0, 4), '新增的一段。完全不同。', ...base.slice(4)),
      ids: { 新增的一段: 't3-p4', 第二段回答: 't3-p2', 第三段回答: 't3-p3' },
      retired: [],
    },
    {
      id: 'two paragraphs merged: the merged one keeps the first id, the second leads to it',
      after: md(...base.slice(0, 4), '第二段回答。我们抓投资。我们抓开放。第三段回答。我们抓生态。', ...base.slice(6)),
      ids: { 第一段回答: 't3-p1', 第二段回答: 't3-p2', 我来回答: 't5-p1' },
      retired: [{ id: 't3-p3', successor: 't3-p2', reason: 'merged' }],
    },
    {
      id: 'one sentence corrected (errata): the passage keeps its id',
      after: md(...base.slice(0, 4), '第二段回答。我们抓投资。我们抓对外开放。', ...base.slice(5)),
      ids: { 第二段回答: 't3-p2', 第三段回答: 't3-p3' },
      retired: [],
    },
    {
      id: 'a turn split in two: the first part keeps the turn id, the new turn gets a fresh id',
      after: md(...base.slice(0, 5), '**刘长发**：第三段回答。我们抓生态。', ...base.slice(6)),
      ids: { 第一段回答: 't3-p1', 第二段回答: 't3-p2', 第三段回答: 't3-p3', 我来回答: 't5-p1' },
      retired: [],
    },
  ])('$id', ({ after, ids, retired }) => {
    const resolution = resolve(md(...base), after);
    for (const [start, id] of Object.entries(ids)) expect(idOfText(resolution.blocks, start), start).toBe(id);
    expect(resolution.redirects).toEqual(retired);
    const all = anchorIds(resolution.blocks);
    expect(new Set(all).size).toBe(all.length);
  });

  test('a split turn: the new turn is numbered after every turn ever published', () => {
    const after = md(...base.slice(0, 5), '**刘长发**：第三段回答。我们抓生态。', ...base.slice(6));
    const turns = resolve(md(...base), after).blocks.filter((b) => b.type === 'turn').map((b) => b.id);
    expect(turns).toEqual(['t1', 't2', 't3', 't6', 't4', 't5']);
  });

  test('a retired id is never reused, even after its successor is removed too', () => {
    const v1 = md(...base);
    const v2 = md(...base.slice(0, 4), ...base.slice(5));
    const l2 = resolveAnchors(parseArticleBody(v2, context).blocks, accepted(v1)).ledger;
    const v3 = md(...base.slice(0, 4), '全新的一段。', ...base.slice(6));
    const r3 = resolveAnchors(parseArticleBody(v3, context).blocks, l2);
    expect(idOfText(r3.blocks, '全新的一段')).toBe('t3-p3');
    // t3-p3 was rewritten in place (the only passage between unchanged neighbours): flagged, id kept.
    expect(r3.changes.map((c) => [c.type, c.id])).toEqual([['rewritten', 't3-p3']]);
    const v4 = md(...base.slice(0, 4), '全新的一段。', '又一段。另一句。', ...base.slice(6));
    const r4 = resolveAnchors(parseArticleBody(v4, context).blocks, r3.ledger);
    expect(idOfText(r4.blocks, '又一段')).toBe('t3-p4');
    expect(r4.ledger.retired.map((r) => r.id)).toEqual(['t3-p2']);
  });

  test('the changes name each anchor that would vanish or change meaning', () => {
    const after = md(...base.slice(0, 4), ...base.slice(5, 7), '**任振鹤**：我来回答。谢谢。');
    const messages = resolve(md(...base), after).changes.map((c) => c.message);
    expect(messages).toContain('#t3-p2 (para) would vanish: removed; --accept keeps it leading to #t3-p3');
    expect(messages).toContain('#t5 (turn) would change meaning: its speaker label changed; --accept keeps the anchor on it');
  });

  test('both scripts get the same ids (fingerprints of the stored script only)', () => {
    const hant = md('導語第一段。', '**任振鶴**：第一段回答。');
    const r = resolveAnchors(parseArticleBody(hant, context).blocks, accepted(hant));
    expect(anchorIds(r.blocks)).toEqual(['p1', 't1', 't1-p1']);
  });
});

describe('ledger file', () => {
  test('round trip: format then parse gives the ledger back', () => {
    const after = md(...base.slice(0, 4), ...base.slice(5));
    const { ledger } = resolve(md(...base), after);
    const text = formatLedger('2024-01-01-x', ledger);
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
    expect(parseLedger(text, 'x.lock')).toEqual(ledger);
    expect(text).toContain('\n[retired]\nt3-p2 para removed t3-p3 ');
  });

  test.each([
    { id: 'no format line', text: 'p1 para 1a2b3c\n', error: /x\.lock:1: the first line must be `format 1`/ },
    { id: 'another format', text: 'format 2\np1 para 1a2b3c\n', error: /x\.lock:1: the ledger is format 2, this tool reads format 1/ },
    { id: 'non-ASCII', text: 'format 1\np1 para 1a2b3c 中\n', error: /x\.lock:2: the ledger is ASCII only/ },
    { id: 'unknown kind', text: 'format 1\np1 paragraph 1a2b3c\n', error: /x\.lock:2: "paragraph" is not a kind/ },
    { id: 'bad hash', text: 'format 1\np1 para xyz\n', error: /x\.lock:2: "xyz" is not a clause hash/ },
    { id: 'duplicate id', text: 'format 1\np1 para -\np1 para -\n', error: /x\.lock:3: #p1 is listed twice/ },
    { id: 'orphan child', text: 'format 1\n  t1-p1 para -\n', error: /x\.lock:2: #t1-p1 is indented but follows no turn or list/ },
    { id: 'successor unknown', text: 'format 1\np1 para -\n[retired]\np2 para removed p9 -\n', error: /retired #p2 leads to #p9/ },
  ])('rejects $id with file and line', ({ text, error }) => {
    expect(() => parseLedger(text, 'x.lock')).toThrow(AnchorLedgerError);
    expect(() => parseLedger(text, 'x.lock')).toThrow(error);
  });
});
