import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { formatCitation, formatDate, turnExcerpt } from '../../../src/lib/citation.ts';
import { questionBefore } from '../../../src/lib/speaker-activity.ts';
import { loadEntries, loadRegistry } from './site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());
const id = '2024-06-13-fixture-press-conference';

test.each([
  { iso: '2024-06-13', expected: '2024年6月13日' },
  { iso: '2023-10-01', expected: '2023年10月1日' },
])('formatDate($iso) = $expected', ({ iso, expected }) => {
  expect(formatDate(iso)).toBe(expected);
});

describe('formatCitation', () => {
  const cite = (locale: 'zh-hans' | 'zh-hant', turnId?: string) => {
    const article = archive.article(locale, id);
    if (!article) throw new Error('fixture missing');
    const index = article.blocks.findIndex((b) => b.id === turnId);
    const turn = article.blocks[index];
    const permalink = `https://archive.example/${locale}/articles/${id}/${turnId ? `#${turnId}` : ''}`;
    if (turn?.type !== 'turn') return formatCitation({ article, permalink }, article.script);
    const question = questionBefore(article.blocks, index);
    return formatCitation(question ? { article, turn, question, permalink } : { article, turn, permalink }, article.script);
  };

  test.each([
    {
      case: 'answer, Simplified',
      locale: 'zh-hans',
      turn: 't5',
      expected: '范后军（省委副书记、省长）答经济日报记者问，国务院新闻办“推动高质量发展”系列主题新闻发布会甘肃专场，2024年6月13日。新甘肃·甘肃日报《加快发展 干部着力 后劲十足》。https://archive.example/zh-hans/articles/2024-06-13-fixture-press-conference/#t5',
    },
    {
      case: 'answer, Traditional',
      locale: 'zh-hant',
      turn: 't5',
      expected: '范後軍（省委副書記、省長）答經濟日報記者問，國務院新聞辦「推動高質量發展」系列主題新聞發布會甘肅專場，2024年6月13日。新甘肅·甘肅日報《加快發展 幹部著力 後勁十足》。https://archive.example/zh-hant/articles/2024-06-13-fixture-press-conference/#t5',
    },
    {
      case: 'statement names no questioner',
      locale: 'zh-hans',
      turn: 't2',
      expected: '范后军（省委副书记、省长），国务院新闻办“推动高质量发展”系列主题新闻发布会甘肃专场，2024年6月13日。新甘肃·甘肃日报《加快发展 干部着力 后劲十足》。https://archive.example/zh-hans/articles/2024-06-13-fixture-press-conference/#t2',
    },
    {
      case: 'host is named, not 主持人',
      locale: 'zh-hans',
      turn: 't1',
      expected: '卢莹（省政府新闻办新闻发言人），国务院新闻办“推动高质量发展”系列主题新闻发布会甘肃专场，2024年6月13日。新甘肃·甘肃日报《加快发展 干部着力 后劲十足》。https://archive.example/zh-hans/articles/2024-06-13-fixture-press-conference/#t1',
    },
    {
      case: 'question',
      locale: 'zh-hant',
      turn: 't4',
      expected: '經濟日報記者提問，國務院新聞辦「推動高質量發展」系列主題新聞發布會甘肅專場，2024年6月13日。新甘肅·甘肅日報《加快發展 幹部著力 後勁十足》。https://archive.example/zh-hant/articles/2024-06-13-fixture-press-conference/#t4',
    },
    {
      case: 'a question label that already says 提问',
      locale: 'zh-hans',
      turn: 't7',
      expected: '中国日报记者现场提问，国务院新闻办“推动高质量发展”系列主题新闻发布会甘肃专场，2024年6月13日。新甘肃·甘肃日报《加快发展 干部着力 后劲十足》。https://archive.example/zh-hans/articles/2024-06-13-fixture-press-conference/#t7',
    },
    {
      case: 'whole article',
      locale: 'zh-hans',
      turn: undefined,
      expected: '国务院新闻办“推动高质量发展”系列主题新闻发布会甘肃专场，2024年6月13日。新甘肃·甘肃日报《加快发展 干部着力 后劲十足》。https://archive.example/zh-hans/articles/2024-06-13-fixture-press-conference/',
    },
  ] as const)('$case', ({ locale, turn, expected }) => {
    expect(cite(locale, turn)).toBe(expected);
  });
});

test.each([
  { max: 80, expected: '面条是甘肃的名片，兰州牛肉面着实有名。我们还要在台上发布更多成果，余下的工作于年内完成。' },
  { max: 5, expected: '面条是甘肃…' },
  { max: 44, expected: '面条是甘肃的名片，兰州牛肉面着实有名。我们还要在台上发布更多成果，余下的工作于年内完成。' },
  { max: 43, expected: '面条是甘肃的名片，兰州牛肉面着实有名。我们还要在台上发布更多成果，余下的工作于年内完成…' },
  { max: 0, expected: '…' },
])('turnExcerpt cuts at $max characters', ({ max, expected }) => {
  const turn = archive.article('zh-hans', id)?.blocks.find((b) => b.id === 't5');
  expect(turn?.type === 'turn' && turnExcerpt(turn, max)).toBe(expected);
});
