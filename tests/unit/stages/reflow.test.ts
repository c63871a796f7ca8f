import { unmarkEditorial } from '../../../src/lib/article/write-article.ts';
import { describe, expect, test } from 'vitest';
import type { BodyItem } from '../../../src/lib/article/body-items.ts';
import { endsSentence, reflowParagraphs, type ReflowRules } from '../../../scripts/lib/stages/reflow.ts';

const p = (line: number, text: string, label?: string): BodyItem => ({ kind: 'paragraph', lines: [line], text, ...(label ? { label } : {}) });
const fig = (line: number): BodyItem => ({ kind: 'figure', lines: [line], caption: ['图说。'] });
const none: ReflowRules = { gaps: [], restores: [], keep: [] };
// Editorial marks (src/lib/article/write-article.ts) dropped: the texts as the writer will emit them.
const texts = (items: BodyItem[]): string[] => items.map((i) => (i.kind === 'paragraph' ? unmarkEditorial(i.text) : i.kind === 'figure' ? `[figure ${i.lines[0]}]` : i.kind));

describe('endsSentence', () => {
  test.each([
    ['句子结束。', true],
    ['问题？', true],
    ['如下：', true],
    ['引语结束。”', true],
    ['千亿元。（记者 张弘毅）', true],
    ['……', true],
    ['促進經濟穩中有進推', false],
    ['“六个更加注重”', false],
    ['带动农户3.8', false],
    ['WTO, IMF and the World Bank agree; see p.3.', true],
    ['邮箱a.b@gov.cn.', true],
    ['增长5.', false],
    ['全年增长5.5%，达到1,234.', false],
    ['蘭州陸港保稅物流中心（B型）', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('reflowParagraphs', () => {
  test.each([
    { name: 'mid-word break (001)', items: [p(21, '出台《促進經濟穩中有進推'), p(23, '動高質量發展若干政策措施》。')], expected: ['出台《促進經濟穩中有進推動高質量發展若干政策措施》。'] },
    { name: 'break across two figures, figures move after (001)', items: [p(31, '帶頭大招'), fig(35), fig(39), p(41, '商、招大商。')], expected: ['帶頭大招商、招大商。', '[figure 35]', '[figure 39]'] },
    { name: 'break after a closing quote (004)', items: [p(72, '明确的“六个更加注重”'), p(74, '中，“更加注重高质量发展”首当其冲。')], expected: ['明确的“六个更加注重”中，“更加注重高质量发展”首当其冲。'] },
    { name: 'real paragraph ends stay', items: [p(1, '第一段。'), p(2, '第二段。')], expected: ['第一段。', '第二段。'] },
    { name: 'a list introduced by a colon stays', items: [p(41, '迎来千里之外的亲人：'), p(43, '7月10日至11日，考察；')], expected: ['迎来千里之外的亲人：', '7月10日至11日，考察；'] },
    { name: 'never joins into a new turn', items: [p(1, '说到这里'), p(2, '回答。', '任振鹤')], expected: ['说到这里', '回答。'] },
    { name: 'a whole byline line is not a cut sentence', items: [p(5, '记者 李华'), p(7, '近日，记者专访了厅长。')], expected: ['记者 李华', '近日，记者专访了厅长。'] },
    { name: 'a dateline line is not a cut sentence', items: [p(3, '2024年2月28日（星期三）'), p(5, '政府今日公布数字。')], expected: ['2024年2月28日（星期三）', '政府今日公布数字。'] },
    { name: 'an end mark is not a cut sentence', items: [p(9, '（完）'), p(11, '相关链接。')], expected: ['（完）', '相关链接。'] },
    { name: 'never joins across a heading', items: [p(1, '未完'), { kind: 'heading' as const, lines: [2], text: '小标题' }, p(3, '续。')], expected: ['未完', 'heading', '续。'] },
  ])('$name', ({ items, expected }) => {
    expect(texts(reflowParagraphs(items, none, '').items)).toEqual(expected);
  });

  test('a gap in the layout data is marked visibly and not joined (003)', () => {
    const rules: ReflowRules = { ...none, gaps: [{ after: 49, note: '编者注：原文此句不完整', evidence: 'stops mid-sentence' }] };
    const result = reflowParagraphs([p(49, '为两市推动东西部'), p(51, '金秋十月，蔬菜园区迎来了丰收季。')], rules, '');
    expect(texts(result.items)).toEqual(['为两市推动东西部:gap[编者注：原文此句不完整]', '金秋十月，蔬菜园区迎来了丰收季。']);
    expect(result.gaps).toBe(1);
    expect(result.decisions.map((d) => d.action)).toEqual(['gap']);
  });

  test('a cut sentence is joined to its continuation printed elsewhere in the document (003), not marked as a gap', () => {
    const document = ['一次次互访，为两市推动东西部', '', '## 精准帮扶', '', '金秋十月，丰收季。', '', '协作勾画了蓝图、注入了活力。', '', '把东西部协作作为“一把手”工程。'].join('\n');
    const items: BodyItem[] = [p(5, '金秋十月，丰收季。'), p(7, '协作勾画了蓝图、注入了活力。'), p(9, '把东西部协作作为“一把手”工程。'), p(1, '一次次互访，为两市推动东西部'), { kind: 'heading', lines: [3], text: '精准帮扶' }];
    const result = reflowParagraphs(items, none, document);
    expect(texts(result.items)).toEqual(['金秋十月，丰收季。', '把东西部协作作为“一把手”工程。', '一次次互访，为两市推动东西部协作勾画了蓝图、注入了活力。', 'heading']);
    expect(result.decisions.map((d) => d.action)).toEqual(['continue', 'join']);
    expect(result.decisions[0]?.detail).toMatch(/searched all 4 other paragraphs.*line 7.*“东西部协作”/);
  });

  test('a gap the document contradicts is an error naming the continuation', () => {
    const document = ['为两市推动东西部', '', '协作勾画了蓝图。', '', '东西部协作。'].join('\n');
    const rules: ReflowRules = { ...none, gaps: [{ after: 1, note: '编者注：后文缺失', evidence: 'e' }] };
    expect(() => reflowParagraphs([p(1, '为两市推动东西部'), p(3, '协作勾画了蓝图。'), p(5, '东西部协作。')], rules, document)).toThrow(/gaps.*after line 1.*line 3 continues it/);
  });

  test('a gap is marked only after a search of the whole document, and says so', () => {
    const document = ['为两市推动东西部', '', '## 小标题', '', '金秋十月。'].join('\n');
    const rules: ReflowRules = { ...none, gaps: [{ after: 1, note: '编者注：后文缺失', evidence: 'e' }] };
    const result = reflowParagraphs([p(1, '为两市推动东西部'), { kind: 'heading', lines: [3], text: '小标题' }, p(5, '金秋十月。')], rules, document);
    expect(texts(result.items)[0]).toBe('为两市推动东西部:gap[编者注：后文缺失]');
    expect(result.decisions.find((d) => d.action === 'gap')?.detail).toMatch(/search of all 2 other paragraphs of the source found no continuation/);
  });

  test('a gap after the second half of a joined paragraph is marked too', () => {
    const rules: ReflowRules = { ...none, gaps: [{ after: 3, note: '编者注：后文缺失', evidence: 'e' }] };
    const result = reflowParagraphs([p(1, '一次次互访，为两市'), p(3, '推动东西部'), p(5, '金秋十月。')], rules, '');
    expect(texts(result.items)).toEqual(['一次次互访，为两市推动东西部:gap[编者注：后文缺失]', '金秋十月。']);
    expect(result.decisions.map((d) => d.action)).toEqual(['join', 'gap']);
  });

  test('a restoration proved by the same document is made and reported (004)', () => {
    const rules: ReflowRules = { ...none, restores: [{ after: 47, text: '仑', proof: '昆仑山国家公园' }] };
    const result = reflowParagraphs([p(47, '建设。昆'), p(49, '山国家公园（青海片区）科考工作全面启动。')], rules, '……打造昆仑山国家公园……');
    expect(texts(result.items)).toEqual(['建设。昆:add[仑]{proof="昆仑山国家公园"}山国家公园（青海片区）科考工作全面启动。']);
    expect(result.restored).toBe(1);
  });

  test.each([
    { name: 'the proof is not in the document', proof: '昆仑山国家公园', document: '昆山国家公园' },
    { name: 'the proof does not bridge the break', proof: '仑山', document: '仑山' },
  ])('a restoration that is not proved is an error: $name', ({ proof, document }) => {
    const rules: ReflowRules = { ...none, restores: [{ after: 47, text: '仑', proof }] };
    expect(() => reflowParagraphs([p(47, '建设。昆'), p(49, '山国家公园。')], rules, document)).toThrow(/not proved/);
  });

  test.each([
    { id: 'a column break at a sentence end, joined by the layout data (001)', joins: [{ after: 70, evidence: '佔比指上句的外貿總額' }], expected: ['去年，甘肅外貿進出口580億元，增長18%。與「一帶一路」沿線國家貿易額佔比達到48%。'] },
    { id: 'negative: without layout data a sentence end ends the paragraph', joins: [], expected: ['去年，甘肅外貿進出口580億元，增長18%。', '與「一帶一路」沿線國家貿易額佔比達到48%。'] },
  ])('$id', ({ joins, expected }) => {
    const result = reflowParagraphs([p(70, '去年，甘肅外貿進出口580億元，增長18%。'), p(72, '與「一帶一路」沿線國家貿易額佔比達到48%。'), { kind: 'heading', lines: [74], text: '全面提升開放能級水平' }], { ...none, joins }, '');
    expect(texts(result.items).slice(0, -1)).toEqual(expected);
    expect(result.decisions.map((d) => d.detail).join()).toMatch(joins.length ? /layout data says the paragraph goes on/ : /^$/);
  });

  test.each([
    { id: 'an outline item (一、) is never joined to the line before', lines: ['会议要求，各地要抓好以下重点工作', '一、加快项目建设', '全省上半年开工率要达到90%以上。'], expected: ['会议要求，各地要抓好以下重点工作', '一、加快项目建设', '全省上半年开工率要达到90%以上。'] },
    { id: 'numbered sub-items （一） and list bullets stand alone', lines: ['二、抓好安全生产', '（一）压实企业主体责任', '• 每月通报一次', '1.强化督查考核'], expected: ['二、抓好安全生产', '（一）压实企业主体责任', '• 每月通报一次', '1.强化督查考核'] },
    { id: 'an outline item cut mid-sentence by a break still takes its continuation', lines: ['一、加快项目建设，确保上半年', '开工率达到90%。'], expected: ['一、加快项目建设，确保上半年开工率达到90%。'] },
    { id: 'negative: 一是 opens a sentence, not an outline item: a cut before it is joined', lines: ['全省重点抓好三方面工作，', '一是抓项目。'], expected: ['全省重点抓好三方面工作，一是抓项目。'] },
    { id: 'a news dateline (电头) opens its own paragraph: an unpunctuated line before it is kept', lines: ['人民日报 2024年03月05日 第01版', '本报北京3月4日电（记者 李丽）发布会4日举行。'], expected: ['人民日报 2024年03月05日 第01版', '本报北京3月4日电（记者 李丽）发布会4日举行。'] },
    { id: 'a wire dateline after a cut line is not its continuation', lines: ['各地加快推进', '新华社北京3月8日电 国务院常务会议召开。'], expected: ['各地加快推进', '新华社北京3月8日电 国务院常务会议召开。'] },
    { id: 'negative: a sentence that merely starts with an outlet name is joined', lines: ['据', '新华社报道，会议召开。'], expected: ['据新华社报道，会议召开。'] },
    { id: 'negative: a decimal at the start is no list number', lines: ['增速为', '1.5%，高于全国。'], expected: ['增速为1.5%，高于全国。'] },
  ])('$id', ({ lines, expected }) => {
    const result = reflowParagraphs(lines.map((text, i) => p(i + 1, text)), none, '');
    expect(texts(result.items)).toEqual(expected);
  });

  test('`keep` ends a paragraph that lacks terminal punctuation', () => {
    const rules: ReflowRules = { ...none, keep: [1] };
    expect(texts(reflowParagraphs([p(1, '图表标题'), p(2, '正文。')], rules, '').items)).toEqual(['图表标题', '正文。']);
  });
});
