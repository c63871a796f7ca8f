import { describe, expect, test } from 'vitest';
import { parseArticleBody, type SpeakerContext } from '../../../src/lib/article/model.ts';
import { passagesOf } from '../../../src/lib/search/passages.ts';

const context: SpeakerContext = {
  participants: [{ id: 'ren-zhenhe', role: 'speaker' }, { id: 'lu-ying', role: 'host' }],
  registry: [
    { id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] },
    { id: 'lu-ying', name: { hans: '卢莹', hant: '盧瑩' }, aliases: [] },
  ],
};

const body = [
  '导语。',
  '',
  '**主持人**：请提问。',
  '',
  '**经济日报记者**：请问？',
  '',
  '**任振鹤**：第一段。',
  '',
  '第二段。',
  '',
  ':::figure{credit="摄"}',
  '图片说明。',
  ':::',
  '',
  '## 小标题',
  '',
  '::gap[编者注：原文此后缺一段]',
  '',
  '- 条目一',
  '- 条目二',
].join('\n');

describe('passagesOf', () => {
  test('every quotable passage with its anchor and speaker, gap notes left out', () => {
    expect(passagesOf(parseArticleBody(body, context).blocks)).toEqual([
      { anchor: 'p1', text: '导语。' },
      { anchor: 't1', text: '请提问。', role: 'host', speakerId: 'lu-ying' },
      { anchor: 't2', text: '请问？', role: 'question', outlet: '经济日报' },
      { anchor: 't3', text: '第一段。', role: 'answer', speakerId: 'ren-zhenhe' },
      { anchor: 't3-p2', text: '第二段。', role: 'answer', speakerId: 'ren-zhenhe' },
      { anchor: 'f1', text: '图片说明。', role: 'answer', speakerId: 'ren-zhenhe' },
      { anchor: 'h1', text: '小标题' },
      { anchor: 'p2', text: '条目一' },
      { anchor: 'p3', text: '条目二' },
    ]);
  });

  test.each([
    { id: 'empty body', body: '' },
    { id: 'only a gap note', body: '::gap[编者注：缺]' },
  ])('negative: $id has no passages', ({ body }) => {
    expect(passagesOf(parseArticleBody(body, context).blocks)).toEqual([]);
  });
});
