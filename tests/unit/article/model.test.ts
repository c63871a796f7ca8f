import { describe, expect, test } from 'vitest';
import { anchorIds, inlineText, parseArticleBody, type SpeakerContext, type TurnBlock } from '../../../src/lib/article/model.ts';
import { resolveLabel } from '../../../src/lib/article/turn-label.ts';

const context: SpeakerContext = {
  participants: [
    { id: 'lu-ying', role: 'host' },
    { id: 'ren-zhenhe', role: 'speaker', position: '省委副书记、省长' },
    { id: 'liu-changfa', role: 'speaker' },
  ],
  registry: [
    { id: 'lu-ying', name: { hans: '卢莹', hant: '盧瑩' }, aliases: [] },
    { id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] },
    { id: 'liu-changfa', name: { hans: '刘长发', hant: '劉長發' }, aliases: [] },
    { id: 'not-here', name: { hans: '张三', hant: '張三' }, aliases: [] },
  ],
};

describe('resolveLabel', () => {
  test.each([
    { label: '任振鹤', expected: { role: 'speaker', speakerId: 'ren-zhenhe' } },
    { label: '任振鶴', expected: { role: 'speaker', speakerId: 'ren-zhenhe' } },
    { label: '主持人', expected: { role: 'host', speakerId: 'lu-ying' } },
    { label: '经济日报记者', expected: { role: 'question', outlet: '经济日报' } },
    { label: '央廣網記者現場提問', expected: { role: 'question', outlet: '央廣網' } },
    { label: '記者', expected: { role: 'question' } },
    { label: '省委副书记、省长', expected: { role: 'speaker', speakerId: 'ren-zhenhe' } },
    { label: '张三', expected: null },
    { label: '某某', expected: null },
  ])('$label', ({ label, expected }) => {
    expect(resolveLabel(label, context)).toEqual(expected);
  });

  test('答 is the one speaker of an interview; among several speakers it is attributed to nobody', () => {
    const one: SpeakerContext = { ...context, participants: [{ id: 'ren-zhenhe', role: 'speaker' }] };
    expect(resolveLabel('答', one)).toEqual({ role: 'speaker', speakerId: 'ren-zhenhe' });
    const several: SpeakerContext = { ...context, participants: [{ id: 'ren-zhenhe', role: 'speaker' }, { id: 'not-here', role: 'speaker' }] };
    expect(resolveLabel('答', several)).toEqual({ role: 'speaker' });
    const turns = parseArticleBody('**问**：今年的重点是什么？\n\n**答**：稳粮保供。', several).blocks;
    expect(turns.map((b) => (b.type === 'turn' ? [b.role, b.label, 'speakerId' in b] : null))).toEqual([['question', '问', false], ['answer', '答', false]]);
  });

  test('a position two participants share names nobody; a position no participant holds names nobody', () => {
    const shared: SpeakerContext = { ...context, participants: [{ id: 'ren-zhenhe', role: 'speaker', position: '副省长' }, { id: 'liu-changfa', role: 'speaker', position: '副省长' }] };
    expect(resolveLabel('副省长', shared)).toBeNull();
    expect(resolveLabel('省长', context)).toBeNull();
  });

  test('an unnamed host (主持人 with no host among the participants) is a host turn attributed to nobody', () => {
    const withoutHost: SpeakerContext = { ...context, participants: context.participants.filter((p) => p.role !== 'host') };
    expect(resolveLabel('主持人', withoutHost)).toEqual({ role: 'host' });
    expect(parseArticleBody('**主持人**：现在开始提问。', withoutHost).blocks[0]).toMatchObject({ type: 'turn', role: 'host', label: '主持人' });
    expect(parseArticleBody('**主持人**：现在开始提问。', withoutHost).blocks[0]).not.toHaveProperty('speakerId');
  });
});

describe('parseArticleBody', () => {
  const body = [
    '导语第一段。',
    '',
    '**主持人**：现在开始提问。',
    '',
    '**劉長發:**',
    '',
    '各位新闻界的朋友。',
    '',
    '**经济日报记者：**请问甘肃做了哪些工作？',
    '',
    '**任振鹤**：第一段回答。',
    '',
    '第二段回答。',
    '',
    ':::figure{credit="黄培军摄"}',
    '陇南茶农抢抓时机采收茶叶。',
    ':::',
    '',
    '第三段回答，原文此处缺字:gap[原文缺一字]。',
    '',
    '## 小标题',
    '',
    '正文段落<script>alert(1)</script>。',
    '',
    '::gap[编者注：原文此后缺一段]',
  ].join('\n');
  const model = parseArticleBody(body, context);

  test('finds no issues in a well-formed body', () => {
    expect(model.issues).toEqual([]);
  });
  test('gives turns roles: host, statement before any question, answer after one', () => {
    const turns = model.blocks.filter((b): b is TurnBlock => b.type === 'turn');
    expect(turns.map((t) => [t.id, t.role, t.speakerId ?? t.outlet])).toEqual([
      ['t1', 'host', 'lu-ying'],
      ['t2', 'statement', 'liu-changfa'],
      ['t3', 'question', '经济日报'],
      ['t4', 'answer', 'ren-zhenhe'],
    ]);
  });
  test('keeps a multi-paragraph answer, with its figure, in one turn', () => {
    const answer = model.blocks[4] as TurnBlock;
    expect(answer.children.map((c) => c.id)).toEqual(['t4-p1', 't4-p2', 'f1', 't4-p3']);
    expect(answer.children[2]).toEqual({ type: 'figure', id: 'f1', credit: '黄培军摄', children: [{ type: 'caption-line', children: [{ type: 'text', value: '陇南茶农抢抓时机采收茶叶。' }] }] });
  });
  test('a label on its own line starts a turn whose text follows', () => {
    const statement = model.blocks[2] as TurnBlock;
    expect(statement.children.map((c) => c.id)).toEqual(['t2-p1']);
  });
  test('marks gaps visibly and keeps raw HTML as inert text', () => {
    const answer = model.blocks[4] as TurnBlock;
    const last = answer.children[3];
    expect(last?.type === 'paragraph' && inlineText(last)).toBe('第三段回答，原文此处缺字〔原文缺一字〕。');
    const html = model.blocks.find((b) => b.id === 'p2');
    expect(html?.type === 'paragraph' && inlineText(html)).toBe('正文段落<script>alert(1)</script>。');
  });
  test('ids are positional and ASCII', () => {
    expect(anchorIds(model.blocks)).toEqual(['p1', 't1', 't1-p1', 't2', 't2-p1', 't3', 't3-p1', 't4', 't4-p1', 't4-p2', 'f1', 't4-p3', 'h1', 'p2', 'g1']);
  });
  test.each([
    { form: 'bold label, colon after', markdown: '**任振鹤**：我来回答。' },
    { form: 'colon inside bold, then space', markdown: '**任振鹤：** 我来回答。' },
    { form: 'colon inside bold (literal in CommonMark)', markdown: '**任振鹤：**我来回答。' },
    { form: 'half-width colon', markdown: '**任振鹤:**我来回答。' },
  ])('accepts the label form: $form', ({ markdown }) => {
    const parsed = parseArticleBody(markdown, context);
    expect(parsed.issues).toEqual([]);
    const turn = parsed.blocks[0] as TurnBlock;
    expect(turn.speakerId).toBe('ren-zhenhe');
    const first = turn.children[0];
    expect(first?.type === 'paragraph' && inlineText(first)).toBe('我来回答。');
  });
  test('a bold phrase that is not a label stays a paragraph', () => {
    const parsed = parseArticleBody('**重点**在于落实。', context);
    expect(parsed.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });
  test.each([
    {
      case: 'a portrait of the next speaker between a question and its answer opens the answer',
      markdown: '**经济日报记者**：请问？\n\n:::figure\n省长任振鶴\n:::\n\n**任振鹤**：回答。',
      expected: [['t1', ['t1-p1']], ['t2', ['f1', 't2-p1']]],
    },
    {
      case: 'a figure that does not name the next speaker stays in the turn it follows',
      markdown: '**任振鹤**：第一段。\n\n:::figure\n陇南茶农采收茶叶\n:::\n\n**主持人**：下面提问。',
      expected: [['t1', ['t1-p1', 'f1']], ['t2', ['t2-p1']]],
    },
    {
      case: 'a figure followed by more of the same turn stays in it',
      markdown: '**任振鹤**：第一段。\n\n:::figure\n图片说明\n:::\n\n第二段。',
      expected: [['t1', ['t1-p1', 'f1', 't1-p2']]],
    },
    {
      case: 'a figure at the end of the last turn stays in it',
      markdown: '**任振鹤**：第一段。\n\n:::figure\n图片说明\n:::',
      expected: [['t1', ['t1-p1', 'f1']]],
    },
    {
      case: 'a figure before a heading stays in the turn it follows',
      markdown: '**任振鹤**：第一段。\n\n:::figure\n图片说明\n:::\n\n## 小标题',
      expected: [['t1', ['t1-p1', 'f1']], ['h1', []]],
    },
  ])('$case', ({ markdown, expected }) => {
    const parsed = parseArticleBody(markdown, context);
    expect(parsed.issues).toEqual([]);
    expect(parsed.blocks.map((b) => [b.id, b.type === 'turn' ? b.children.map((c) => c.id) : []])).toEqual(expected);
  });
  test('reports a label that matches no speaker, with its line', () => {
    const bad = parseArticleBody('第一段。\n\n**张三**：我来回答。', context, 10);
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0]?.line).toBe(13);
    expect(bad.issues[0]?.message).toMatch(/“张三” matches no speaker/);
  });
});
