import { describe, expect, test } from 'vitest';
import { buildFrontmatter, type MetadataInput } from '../../../scripts/lib/stages/metadata.ts';
import type { Unit } from '../../../scripts/lib/stages/model.ts';

const registry = [{ id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] }];
const base: MetadataInput = {
  spec: { id: 'a', date: '2024-06-13', dateBasis: { method: 'inferred', evidence: 'e' }, region: '甘肃', kind: 'press-conference', participants: [{ name: '任振鹤', role: 'speaker', position: '省委副书记、省长' }] },
  front: [
    { line: 5, lines: ['# 国新办 甘肃专场发布会'], role: 'kicker' },
    { line: 7, lines: ['# 加快建设幸福美好新甘肃'], role: 'title' },
    { line: 9, lines: ['## ——问答摘要'], role: 'subtitle' },
    { line: 15, lines: ['新甘肃·甘肃日报记者 盛学卿'], role: 'byline' },
  ],
  items: [{ kind: 'paragraph', lines: [17], text: '省委副书记、省长任振鹤回答提问。' }],
  script: 'hans',
  registry,
  documentText: '省委副书记、省长任振鹤回答提问。',
  source: { id: 's', file: 'content/sources/s.txt', sha256: '0'.repeat(64), encoding: 'utf-8' },
  repairs: [],
};

describe('buildFrontmatter', () => {
  test('title, subtitle and kicker from the front units; outlet and author from the byline; positions checked', () => {
    const { front, removals } = buildFrontmatter(base);
    expect(front).toMatchObject({ title: '加快建设幸福美好新甘肃', subtitle: '——问答摘要', kicker: '国新办 甘肃专场发布会', outlet: '新甘肃·甘肃日报', authors: ['盛学卿'], speakers: [{ id: 'ren-zhenhe', position: '省委副书记、省长' }] });
    expect(removals).toEqual([{ rule: 'byline', line: 15, text: '新甘肃·甘肃日报记者 盛学卿' }]);
  });

  test('a dateline in the body gives outlet and authors', () => {
    const { front } = buildFrontmatter({ ...base, front: base.front.filter((u) => u.role !== 'byline'), items: [{ kind: 'paragraph', lines: [7], text: '本报讯（新甘肃·甘肃日报记者张富贵 金鑫）会议召开。' }] });
    expect(front).toMatchObject({ outlet: '新甘肃·甘肃日报', authors: ['张富贵', '金鑫'] });
  });

  test('negative: an outlet nothing names stays absent (not stated), with a warning, never a placeholder', () => {
    const { front, warnings } = buildFrontmatter({ ...base, front: base.front.filter((u) => u.role !== 'byline') });
    expect('outlet' in front).toBe(false);
    expect(warnings.join('\n')).toMatch(/names no outlet: the article says “not stated”/);
  });

  test.each([
    { id: 'credit closing an answer (004)', text: '突破千亿元。（记者 张弘毅）', kept: '突破千亿元。', authors: ['张弘毅'], moved: ['（记者 张弘毅）'] },
    { id: 'half-width brackets', text: '突破千亿元。(记者 张弘毅)', kept: '突破千亿元。', authors: ['张弘毅'], moved: ['(记者 张弘毅)'] },
    { id: 'negative: a parenthesis that is not a credit stays', text: '8县（区）全部完成。', kept: '8县（区）全部完成。', authors: [], moved: [] },
    { id: 'negative: a credit that is the whole paragraph is left to the layout data', text: '（记者 张弘毅）', kept: '（记者 张弘毅）', authors: ['张弘毅'], moved: [] },
  ])('a reporter\'s credit closing a paragraph moves to authors: $id', ({ text, kept, authors, moved }) => {
    const result = buildFrontmatter({ ...base, front: base.front.filter((u) => u.role !== 'byline'), items: [{ kind: 'paragraph', lines: [25], text, label: '杨忠' }] });
    expect(result.items).toEqual([{ kind: 'paragraph', lines: [25], text: kept, label: '杨忠' }]);
    expect(result.front.authors).toEqual(authors);
    expect(result.removals.filter((r) => r.rule === 'byline-moved').map((r) => r.text)).toEqual(moved);
    expect(result.decisions.map((d) => d.action)).toEqual(moved.map(() => 'byline-moved'));
  });

  test('a summary printed before the body is the standfirst, not a body paragraph (000)', () => {
    const { front } = buildFrontmatter({ ...base, front: [...base.front, { line: 13, lines: ['6月13日上午，国务院新闻办举行发布会。'], role: 'standfirst' }] });
    expect(front.standfirst).toBe('6月13日上午，国务院新闻办举行发布会。');
  });

  test('a title composed by the editor carries its basis; a printed title has none (002)', () => {
    const composed = buildFrontmatter({ ...base, front: base.front.filter((u) => u.role !== 'title'), spec: { ...base.spec, title: '庆阳专场', titleBasis: '编者据第1行拟题' } });
    expect(composed.front).toMatchObject({ title: '庆阳专场', titleBasis: '编者据第1行拟题' });
    expect('titleBasis' in buildFrontmatter({ ...base, spec: { ...base.spec, title: '庆阳专场', titleBasis: '编者据第1行拟题' } }).front).toBe(false);
  });

  test.each<{ name: string; change: Partial<MetadataInput>; message: RegExp }>([
    { name: 'a composed title without its basis', change: { front: base.front.filter((u) => u.role !== 'title'), spec: { ...base.spec, title: '庆阳专场' } }, message: /say where it was composed from in `titleBasis`/ },
    { name: 'a position the text does not print', change: { documentText: '任振鹤回答提问。' }, message: /position “省委副书记、省长” of 任振鹤 is printed neither before the name nor in brackets after it/ },
    { name: 'no title', change: { front: base.front.filter((u) => u.role !== 'title') }, message: /no title line/ },
    { name: 'a byline line that is not a byline', change: { front: [...base.front, { line: 20, lines: ['会议强调要稳增长。'], role: 'byline' } as Unit] }, message: /has the role byline but names no outlet or reporter/ },
    { name: 'a participant missing from the registry', change: { registry: [] }, message: /not in the speakers registry/ },
  ])('error: $name', ({ change, message }) => {
    expect(() => buildFrontmatter({ ...base, ...change })).toThrow(message);
  });
});
