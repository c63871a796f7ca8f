/** Raw texts: an invisible character is removed (and reported) before any stage reads the text, so it cannot move an answer to another speaker. */
import { expect, test } from 'vitest';
import { parseArticleBody } from '../../../src/lib/article/model.ts';
import { readArticleOrThrow } from '../../../src/lib/article/read-article.ts';
import { byteStages } from '../../../scripts/lib/normalize/byte-stages.ts';
import { normalizeSource, readSourceText } from '../../../scripts/lib/normalize/normalize-source.ts';
import { inferMeta } from '../../../scripts/lib/stages/infer-meta.ts';
import { splitSourceBlocks } from '../../../scripts/lib/stages/split-blocks.ts';

const raw = ['定西市召开新闻发布会', '', '本报讯(记者 王小明)2025年4月8日上午,市发展改革委主任李建国介绍情况。', '', '**主持人:**请提问。', '', '**经济日报记者:**请问下一步?', '', '\uFEFF**李建国:**回答。今年以来,我市推出20项改革举措。'].join('\n');

test('a BOM before **李建国:** in a raw text: the answer is 李建国\'s turn, and the removal is reported', () => {
  const stages = byteStages('');
  const bytes = new TextEncoder().encode(raw);
  const source = readSourceText(bytes, '009_test', 'sources/009_test.txt', stages);
  expect(source.visible.removed.map((c) => [c.line, c.column, c.code])).toEqual([[9, 1, 'U+FEFF']]);
  const { meta } = inferMeta(splitSourceBlocks(source.repaired.text), { region: '甘肃', outlet: '定西日报' });
  if (!meta) throw new Error('meta must be inferred');
  meta.articles[0]!.participants.push({ name: '王小明', role: 'host' });
  const result = normalizeSource({ id: '009_test', file: 'sources/009_test.txt', sha256: '0'.repeat(64), bytes, meta, registry: [] }, stages, source);
  expect(result.decisions).toContainEqual(expect.objectContaining({ stage: 'decode', line: 9, action: 'remove-invisible' }));
  const [article] = result.articles;
  const { data, body } = readArticleOrThrow(new TextEncoder().encode(article!.markdown), result.registry, 'out.md');
  const turns = parseArticleBody(body, { participants: data.speakers, registry: result.registry }).blocks.filter((b) => b.type === 'turn');
  expect(turns.at(-1)).toMatchObject({ role: 'answer', label: '李建国', speakerId: 'li-jianguo' });
});
