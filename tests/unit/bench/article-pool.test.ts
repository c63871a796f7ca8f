import { describe, expect, test } from 'vitest';
import { buildPool, groupExchanges, parseArticleFile, splitBody, turnKind, type PoolTurn } from '../../../bench/lib/article-pool.ts';

describe('turnKind', () => {
  test.each([
    { label: '经济日报记者', expected: 'question' },
    { label: '記者', expected: 'question' },
    { label: '中国日报记者现场提问', expected: 'question' },
    { label: '香港中評社記者現場提問', expected: 'question' },
    { label: '主持人', expected: 'host' },
    { label: '任振鹤', expected: 'speaker' },
    // Negative cases: 记者 not at the end is not a questioner.
    { label: '记者会主持', expected: 'speaker' },
    { label: '主持人甲', expected: 'speaker' },
  ])('$label → $expected', ({ label, expected }) => {
    expect(turnKind(label)).toBe(expected);
  });
});

describe('splitBody', () => {
  test('cuts prose, turns with their continuation paragraphs and figures, and breaks', () => {
    const body = [
      '导语。',
      '## 小标题',
      '**经济日报记者**：请问？',
      '**任振鹤：** 第一段。',
      '第二段。',
      ':::figure{credit="某某摄"}\n图片说明。\n:::',
      '---',
      '后记。',
    ].join('\n\n');
    expect(splitBody(body)).toEqual([
      { type: 'prose', prose: { kind: 'paragraph', markdown: '导语。' } },
      { type: 'prose', prose: { kind: 'heading', markdown: '## 小标题' } },
      { type: 'turn', turn: { kind: 'question', label: '经济日报记者', text: '请问？' } },
      { type: 'turn', turn: { kind: 'speaker', label: '任振鹤', text: '第一段。\n\n第二段。\n\n:::figure{credit="某某摄"}\n图片说明。\n:::' } },
      { type: 'break' },
      { type: 'prose', prose: { kind: 'paragraph', markdown: '后记。' } },
    ]);
  });
  test('a bold run without a colon is prose, not a turn', () => {
    expect(splitBody('**重点**强调。')).toEqual([{ type: 'prose', prose: { kind: 'paragraph', markdown: '**重点**强调。' } }]);
  });
});

describe('groupExchanges', () => {
  const t = (kind: PoolTurn['kind'], label: string, text = '文'): PoolTurn => ({ kind, label, text });
  test.each([
    { name: 'question then two answers', turns: [t('question', 'A记者'), t('speaker', '甲'), t('speaker', '乙')], exchanges: [['A记者', '甲', '乙']], hosts: 0 },
    { name: 'statement before any question', turns: [t('speaker', '甲'), t('question', 'B记者'), t('speaker', '乙')], exchanges: [['甲'], ['B记者', '乙']], hosts: 0 },
    { name: 'host turns stand alone and end an exchange', turns: [t('host', '主持人'), t('speaker', '甲'), t('host', '主持人'), t('speaker', '乙')], exchanges: [['甲'], ['乙']], hosts: 2 },
    { name: 'a turn with no text drops its exchange', turns: [t('question', 'A记者', ''), t('speaker', '甲')], exchanges: [], hosts: 0 },
  ])('$name', ({ turns, exchanges, hosts }) => {
    const grouped = groupExchanges(turns);
    expect(grouped.exchanges.map((e) => e.map((turn) => turn.label))).toEqual(exchanges);
    expect(grouped.hostTurns).toHaveLength(hosts);
  });
});

describe('parseArticleFile', () => {
  const frontmatter = 'id: a-1\ntitle: 标题\ndate: "2024-01-02"\ndateBasis: { method: given, evidence: test }\noutlet: 某报\nregion: 甘肃\nkind: report\nscript: hans';
  test('splits a valid file into frontmatter and body', () => {
    const parsed = parseArticleFile({ name: 'a-1.md', text: `---\n${frontmatter}\n---\n\n正文。\n` });
    expect(parsed.frontmatter.id).toBe('a-1');
    expect(parsed.body).toBe('\n正文。\n');
  });
  test.each([
    { name: 'no frontmatter', text: '正文。', message: /^a\.md:1 The file has no frontmatter/ },
    { name: 'unknown key', text: `---\n${frontmatter}\nfoo: 1\n---\n正文`, message: /^a\.md:10 frontmatter: Unrecognized key: "foo"/ },
    { name: 'bad id', text: `---\n${frontmatter.replace('a-1', 'A_1')}\n---\n正文`, message: /^a\.md:2 id: must be lower-case ASCII/ },
  ])('$name → error naming the file', ({ text, message }) => {
    expect(() => parseArticleFile({ name: 'a.md', text })).toThrow(message);
  });
});

describe('buildPool', () => {
  test('keeps each script apart and the real articles as templates', () => {
    const fm = (id: string, script: string, kind: string) => `---\nid: ${id}\ntitle: 题${id}\ndate: "2024-01-02"\ndateBasis: { method: given, evidence: test }\noutlet: 报${id}\nregion: 区\nkind: ${kind}\nscript: ${script}\nspeakers: [{ id: ren-zhenhe, position: 省长 }]\n---\n`;
    const pool = buildPool([
      parseArticleFile({ name: 'b', text: `${fm('b', 'hant', 'report')}\n繁體段落。\n` }),
      parseArticleFile({ name: 'a', text: `${fm('a', 'hans', 'press-conference')}\n导语。\n\n**甲记者**：问？\n\n**任振鹤**：答。\n` }),
    ]);
    expect(pool.hans.articles.map((a) => [a.id, a.outlet, a.kind])).toEqual([['a', '报a', 'press-conference']]);
    expect(pool.hans.exchanges).toHaveLength(1);
    expect(pool.hans.prose.map((p) => p.markdown)).toEqual(['导语。']);
    expect(pool.hant.prose.map((p) => p.markdown)).toEqual(['繁體段落。']);
    expect(pool.hant.exchanges).toEqual([]);
    expect(pool.hans.positions).toEqual(['省长']);
  });
});
