import { expect, test } from 'vitest';
import type { Block } from '../../../src/lib/article/model.ts';
import { localizeBlocks, localizeInlines } from '../../../src/lib/localize.ts';

const upper = (text: string) => `«${text}»`;

test('only text leaves change: link URLs, ids, roles and speaker ids stay', () => {
  expect(localizeInlines([{ type: 'link', url: 'https://x.example/发', children: [{ type: 'text', value: '发' }] }, { type: 'break' }, { type: 'gap', note: '缺' }], upper)).toEqual([
    { type: 'link', url: 'https://x.example/发', children: [{ type: 'text', value: '«发»' }] },
    { type: 'break' },
    { type: 'gap', note: '«缺»' },
  ]);
  const blocks: Block[] = [
    { type: 'turn', id: 't1', role: 'question', label: '经济日报记者', outlet: '经济日报', children: [{ type: 'paragraph', id: 't1-p1', children: [{ type: 'strong', children: [{ type: 'text', value: '问' }] }] }] },
    { type: 'figure', id: 'f1', children: [{ type: 'caption-line', children: [{ type: 'text', value: '图' }] }], credit: '于洪摄' },
    { type: 'list', id: 'l1', ordered: false, children: [{ type: 'paragraph', id: 'p1', children: [{ type: 'text', value: '一' }] }] },
  ];
  expect(localizeBlocks(blocks, upper, (name) => `@${name}`)).toEqual([
    { type: 'turn', id: 't1', role: 'question', label: '«经济日报记者»', outlet: '«经济日报»', children: [{ type: 'paragraph', id: 't1-p1', children: [{ type: 'strong', children: [{ type: 'text', value: '«问»' }] }] }] },
    { type: 'figure', id: 'f1', children: [{ type: 'caption-line', children: [{ type: 'text', value: '«图»' }] }], credit: '@于洪摄' },
    { type: 'list', id: 'l1', ordered: false, children: [{ type: 'paragraph', id: 'p1', children: [{ type: 'text', value: '«一»' }] }] },
  ]);
});
