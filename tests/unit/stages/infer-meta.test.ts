import { describe, expect, test } from 'vitest';
import { eventClauseOf, holderOf, inferMeta, isSubtitle, relatedLinks, rosters, titleOfClause } from '../../../scripts/lib/stages/infer-meta.ts';
import { splitSourceBlocks } from '../../../scripts/lib/stages/split-blocks.ts';

const release = ['定西市召开新闻发布会', '', '本报讯(记者 王小明)2025年4月8日上午,市发展改革委主任李建国介绍情况。', '', '李建国:', '', '今年以来,我市推出20项改革举措。'].join('\n');

describe('inferMeta', () => {
  test('infers title, stated date, Q&A participant with position; region and outlet given', () => {
    const { meta, missing } = inferMeta(splitSourceBlocks(release), { region: '甘肃', outlet: '定西日报' });
    expect(missing).toEqual([]);
    expect(meta?.articles[0]).toMatchObject({
      id: '2025-04-08-ding-xi-shi-zhao-kai-xin',
      roles: { '1': 'title' },
      date: '2025-04-08',
      dateBasis: { method: 'inferred' },
      outlet: '定西日报',
      kind: 'press-conference',
      participants: [{ name: '李建国', position: '市发展改革委主任' }],
    });
  });

  test.each([
    { case: 'an inline answer label right after a question is a participant', text: '标题\n\n記者:請問今年的重點？\n\n李華:今年我們重點推進改造。', names: ['李華'] },
    { case: 'negative: an inline label with no question before it is a sentence', text: '标题\n\n会议指出:要加快发展。\n\n会议强调:要守牢底线。', names: [] },
    { case: 'negative: an inline label after an ordinary paragraph', text: '标题\n\n記者:請問？\n\n李華:回答。\n\n他指出:要加快。', names: ['李華'] },
  ])('$case', ({ text, names }) => {
    const { meta } = inferMeta(splitSourceBlocks(text), { region: '甘肃', outlet: 'o', date: '2025-01-01' });
    expect(meta?.articles[0]?.participants.map((p) => p.name)).toEqual(names);
  });

  const portal = ['四川省人民政府新闻办公室举行新闻发布会', '', '2024-04-19 10:30  来源：四川日报', '', '4月18日，省统计局副局长王华、国家统计局四川调查总队副总队长李明出席发布会。', '', '主持人：请王华副局长介绍。', '', '王华：一季度增长6.1%。', '', '李明：我补充一点。', '', '他指出：要加快发展。'].join('\n');

  test("a portal page's dateline gives the publication date (stated, of publication) and its source line the outlet", () => {
    const { meta, notes } = inferMeta(splitSourceBlocks(portal), { region: '四川' });
    expect(meta?.articles[0]).toMatchObject({ date: '2024-04-19', dateBasis: { method: 'stated', of: 'publication' }, roles: { '1': 'title', '3': 'byline' } });
    expect(notes.some((n) => n.startsWith('outlet: not stated'))).toBe(false);
  });

  test.each([
    { id: 'dateline (Simplified)', text: portal, given: { region: '四川' }, evidence: '版面日期行“2024-04-19 10:30  来源：四川日报”（第3行）印明发表日期。' },
    { id: 'first full date (Simplified)', text: release, given: { region: '甘肃' }, evidence: '原文第3行写明“2025年4月8日”，是文中第一个完整日期；未见印明发表日期的日期行，须核对它是否即所记事件之日。' },
    { id: 'first full date (Traditional text, Traditional words)', text: '標題\n\n2023年2月1日，新措施生效。\n\n記者:請問？\n\n李華:回答。', given: { region: '香港' }, evidence: '原文第3行寫明「2023年2月1日」，是文中第一個完整日期；未見印明發表日期的日期行，須核對它是否即所記事件之日。' },
    { id: 'the day of the event its clause records (Traditional)', text: '標題\n\n2023年2月1日，記者會舉行。\n\n記者:請問？\n\n李華:回答。', given: { region: '香港' }, evidence: '原文第3行寫明「2023年2月1日」，是文中第一個完整日期，所在句「記者會舉行」記當日舉行的活動：這是所記事件之日；未見印明發表日期的日期行。' },
    { id: 'given', text: release, given: { region: '甘肃', date: '2025-04-09' }, evidence: '导入时由维护者以 --date 给出' },
  ])('the date basis readers see is Chinese, in the text\'s script: $id', ({ text, given, evidence }) => {
    expect(inferMeta(splitSourceBlocks(text), given).meta?.articles[0]?.dateBasis.evidence).toBe(evidence);
  });

  test('a second speaker who adds to an answer is a participant when the text introduces them with a position; 他指出 is not', () => {
    const { meta } = inferMeta(splitSourceBlocks(portal), { region: '四川' });
    expect(meta?.articles[0]?.participants).toEqual([
      { name: '王华', role: 'speaker', position: '省统计局副局长' },
      { name: '李明', role: 'speaker', position: '国家统计局四川调查总队副总队长' },
    ]);
  });

  test.each([
    { id: 'mainland 发布会', word: '新闻发布会', kind: 'press-conference' },
    { id: 'Hong Kong 記者會', word: '記者會', kind: 'press-conference' },
    { id: 'State Council 吹风会', word: '政策例行吹风会', kind: 'press-conference' },
    { id: 'negative: an interview names no conference', word: '专访', kind: 'interview' },
  ])('kind from the words of the text: $id', ({ word, kind }) => {
    const text = `标题\n\n今日举行${word}。\n\n記者:請問？\n\n李華:回答。`;
    expect(inferMeta(splitSourceBlocks(text), { region: '甘肃', date: '2025-01-01' }).meta?.articles[0]?.kind).toBe(kind);
  });

  test('a given date wins and is recorded as given', () => {
    const { meta } = inferMeta(splitSourceBlocks(release), { region: '甘肃', outlet: '定西日报', date: '2025-04-09' });
    expect(meta?.articles[0]).toMatchObject({ date: '2025-04-09', dateBasis: { method: 'given' } });
  });

  test.each([
    { name: 'no region, no outlet (an outlet nothing names is not stated, not missing)', text: release, given: {}, missing: ['region'] },
    { name: 'no full date', text: '标题\n\n6月13日上午，会议召开。', given: { region: '甘肃', outlet: 'o' }, missing: ['date'] },
    { name: 'no title line', text: '这是一段很长的正文，没有标题，也没有可以当作标题的短行，所以无法推断标题。', given: { region: '甘肃', outlet: 'o', date: '2025-01-01' }, missing: ['title'] },
    { name: 'a first line that ends a sentence is no headline', text: '会议召开。\n\n正文。', given: { region: '甘肃', outlet: 'o', date: '2025-01-01' }, missing: ['title'] },
  ])('reports what it cannot infer: $name', ({ text, given, missing }) => {
    const result = inferMeta(splitSourceBlocks(text), given);
    expect(result.meta).toBeNull();
    expect(result.missing.map((m) => m.split(' ')[0])).toEqual(missing);
  });

  test.each([
    { id: 'a headline that asks', text: '记者问答：如何看待一季度经济数据？\n\n正文。', title: true },
    { id: 'a headline that exclaims', text: '奋进新征程！\n\n正文。', title: true },
    { id: 'negative: a two-line opening that ends with a question is a paragraph', text: '各位记者，\n今天有什么问题？\n\n正文。', title: false },
  ])('headline: $id', ({ text, title }) => {
    const { meta } = inferMeta(splitSourceBlocks(text), { region: '甘肃', date: '2025-01-01' });
    expect(meta?.articles[0]?.roles['1'] === 'title').toBe(title);
  });
});

describe('inferMeta on page forms of reposts, portals and speeches', () => {
  const meta = (text: string, given: { region: string; date?: string } = { region: '北京' }) => inferMeta(splitSourceBlocks(text), given);
  test.each([
    {
      id: '原标题： is the headline’s label, not part of the id; an edition line gives outlet and publication date; a 本报 dateline the reporters',
      text: ['原标题：以高质量发展推进中国式现代化', '', '人民日报 2024年03月05日 第01版', '', '本报北京3月4日电 （记者 李丽 王强）发布会4日举行。', '', '（完）'].join('\n'),
      expected: { id: '2024-03-05-yi-gao-zhi-liang-fa-zhan', roles: { '1': 'title', '3': 'byline' }, date: '2024-03-05', dateBasis: { method: 'stated', of: 'publication' } },
    },
    {
      id: 'a portal info line with empty fields is the dateline; share and print buttons are no speaker',
      text: ['外交部：中方坚决反对！', '', '发布时间：2024-03-12 16:05:32　来源：外交部网站　作者：　编辑：王敏', '', '法新社记者：中方对此有何评论？', '', '毛宁：中方坚决反对。', '', '分享到：', '【打印】【关闭】'].join('\n'),
      expected: { roles: { '1': 'title', '3': 'byline' }, date: '2024-03-12', participants: [{ name: '毛宁' }], kind: 'interview' },
    },
    {
      id: 'a Hong Kong release closes with its date (the publication date) above the release time',
      text: ['行政長官開場發言', '', '以下是行政長官今日的開場發言：', '', '主席：', '', '多謝主席。過去一年，特區政府全力拼經濟。', '', '完', '', '2024年1月17日（星期三）', '香港時間12時45分'].join('\n'),
      expected: { roles: { '1': 'title', '11': 'byline' }, date: '2024-01-17', dateBasis: { method: 'stated', of: 'publication' }, participants: [], kind: 'report' },
    },
    {
      id: 'bracket labels 【主持人】/【赵强】; the position starts after the verb that introduces it (邀请到)',
      text: ['省政府新闻办举行发布会', '', '【主持人】今天我们邀请到省发展改革委主任赵强介绍有关情况。', '', '【赵强】谢谢主持人。2024年6月1日起，我省出台了新政策。', '', '【记者】请问有哪些举措？', '', '【赵强】我们将降低企业用电成本。'].join('\n'),
      expected: { participants: [{ name: '赵强', position: '省发展改革委主任' }], kind: 'press-conference' },
    },
    {
      id: 'an editor’s note above the headline stays text; the headline after it is the title; 请 is no part of a position',
      text: ['【编者按】本报今起推出系列报道，敬请关注。', '', '国新办举行新闻发布会', '', '来源：国务院新闻办公室网站　2024-04-16', '', '国务院新闻办公室举行新闻发布会，请国家统计局副局长盛来运介绍情况。', '', '彭博社记者：请问增速如何？', '', '盛来运：一季度增长5.3%。'].join('\n'),
      expected: { roles: { '3': 'title', '5': 'byline' }, date: '2024-04-16', participants: [{ name: '盛来运', position: '国家统计局副局长' }] },
    },
    {
      id: 'a written reply: 問題：/答覆： turns, the answerer named in the lead with a position; 主席： over the answer is a salutation, no speaker',
      text: ['立法會三題：推廣電動車', '', '以下是今日在立法會會議上胡健民議員的提問和環境及生態局局長謝展寰的書面答覆：', '', '問題：', '', '政府可否告知本會？', '', '答覆：', '', '主席：', '', '就胡健民議員的提問，現答覆如下。', '', '完', '', '2024年3月20日（星期三）'].join('\n'),
      expected: { participants: [{ name: '謝展寰', role: 'speaker', position: '環境及生態局局長' }], kind: 'interview' },
    },
    {
      id: 'a mainland 问：/答： text whose lead names the spokesperson answering (答记者问)',
      text: ['商务部就出口管制措施答记者问', '', '2024年12月3日，商务部新闻发言人何亚东答记者问。', '', '问：请介绍有关情况。', '', '答：有关措施符合国际通行做法。'].join('\n'),
      expected: { participants: [{ name: '何亚东', role: 'speaker', position: '商务部新闻发言人' }] },
    },
    {
      id: 'negative: a lead that names no one answering leaves the 答： turns unattributed',
      text: ['商务部新闻发言人就出口管制措施答记者问', '', '2024年12月3日，商务部发布公告。', '', '问：请介绍有关情况。', '', '答：有关措施符合国际通行做法。'].join('\n'),
      expected: { participants: [] },
    },
    {
      id: 'negative: a single labelled paragraph of a person the text introduces with a position is a statement',
      text: ['定西市召开新闻发布会', '', '2025年4月8日，市发展改革委主任李建国介绍情况。', '', '李建国：', '', '今年以来，我市推出20项改革举措。'].join('\n'),
      expected: { participants: [{ name: '李建国', position: '市发展改革委主任' }] },
    },
  ])('$id', ({ text, expected }) => {
    const { meta: inferred } = meta(text);
    expect(inferred?.articles[0]).toMatchObject(expected);
  });

  test('negative: field words and editor’s notes before a colon are nobody’s turn, even repeated', () => {
    const text = ['标题', '', '来源：', '', '2024年3月5日，会议召开。', '', '【编者按】第一段。', '', '【编者按】第二段。', '', '原标题：', '', '另一段。'].join('\n');
    expect(meta(text).meta?.articles[0]?.participants).toEqual([]);
  });

  test('a dispatch day before the printed publication date is expected, not a warning; without a publication dateline it is one', () => {
    const paper = ['标题', '', '人民日报 2024年03月05日 第01版', '', '本报北京3月4日电 发布会4日举行。'].join('\n');
    expect(meta(paper).notes.filter((n) => n.includes('dispatch day'))).toEqual(['date: the news dateline prints 3月4日, the dispatch day, before the publication date 2024-03-05 the page prints']);
    const wire = ['标题', '', '新华社北京3月4日电 2024年3月5日，发布会举行。'].join('\n');
    expect(meta(wire).notes.some((n) => n.startsWith('⚠ date: 2024-03-05, but the news dateline prints 3月4日'))).toBe(true);
  });
});

describe('eventClauseOf: a stated date whose clause records an event held that day', () => {
  test.each([
    { id: 'a briefing headline', text: '2024年3月12日外交部发言人毛宁主持例行记者会', expected: '外交部发言人毛宁主持例行记者会' },
    { id: 'a lead, after a comma, Traditional', text: '2024年3月20日，立法會舉行會議。其後散會。', expected: '立法會舉行會議' },
    { id: 'negative: a date in a statistic', text: '截至2023年12月31日，全省共有充电桩5万个。', expected: undefined },
    { id: 'negative: the event verb is in the next sentence', text: '2024年3月12日。外交部举行例行记者会。', expected: undefined },
  ])('$id', ({ text, expected }) => {
    const date = /\d{4}年\d{1,2}月\d{1,2}日/u.exec(text)!;
    expect(eventClauseOf(text, date.index, date[0].length)).toBe(expected);
  });

  test('import dates a briefing by the event its headline records, and says so; without an event verb the basis asks for a check', () => {
    const briefing = inferMeta(splitSourceBlocks(['2024年3月12日外交部发言人毛宁主持例行记者会', '', '法新社记者：请问？', '', '毛宁：中方坚决反对。'].join('\n')), { region: '北京' });
    expect(briefing.meta?.articles[0]?.dateBasis).toMatchObject({ method: 'inferred', of: 'event' });
    const report = inferMeta(splitSourceBlocks(['全省充电桩数量增长', '', '截至2023年12月31日，全省共有充电桩5万个。'].join('\n')), { region: '甘肃' });
    expect(report.meta?.articles[0]?.dateBasis).toEqual({ method: 'inferred', evidence: expect.stringContaining('须核对') });
  });
});

describe('isSubtitle: the short line under a headline', () => {
  test.each([
    { id: 'a slogan of two phrases', lines: ['改革创新 砥砺前行'], expected: true },
    { id: 'a dash subtitle', lines: ['——记省人大代表李华'], expected: true },
    { id: 'negative: bare names (a byline)', lines: ['李丽 王强'], expected: false },
    { id: 'negative: a lead cut at a column break', lines: ['5月8日，省政府新闻办举行'], expected: false },
    { id: 'negative: a dateline', lines: ['2024年5月8日'], expected: false },
    { id: 'negative: two lines', lines: ['改革创新', '砥砺前行'], expected: false },
  ])('$id', ({ lines, expected }) => {
    expect(isSubtitle({ line: 3, lines })).toBe(expected);
  });

  test('import gives the subtitle its role (never run into the lead) and reads the byline under it', () => {
    const text = ['甘肃：改革创新谱新篇', '', '改革创新 砥砺前行', '', '记者 李丽', '', '2024年5月8日，省政府新闻办举行新闻发布会。'].join('\n');
    const article = inferMeta(splitSourceBlocks(text), { region: '甘肃' }).meta?.articles[0];
    expect(article?.roles).toMatchObject({ '1': 'title', '3': 'subtitle', '5': 'byline' });
  });
});

describe('titleOfClause: the title at the end of the words before a name', () => {
  test.each([
    { id: 'after the last 的, the last of two coordinated phrases', run: '在立法會會議上胡健民議員的提問和環境及生態局局長', expected: '環境及生態局局長' },
    { id: 'after the last 的', run: '本次会议的市发展改革委主任', expected: '市发展改革委主任' },
    { id: 'negative: an organ’s own 和 with no 的 stays', run: '省住房和城乡建设厅厅长', expected: '省住房和城乡建设厅厅长' },
    { id: 'negative: a 和 after a position word is inside the title', run: '会议的省委书记和省长', expected: '省委书记和省长' },
  ])('$id', ({ run, expected }) => {
    expect(titleOfClause(run)).toBe(expected);
  });
});

describe('holderOf: the person a position label stands for', () => {
  test.each([
    { id: 'a three-character name before a time word', label: '行政長官', text: '以下是行政長官李家超今日出席行政會議前的發言：', expected: '李家超' },
    { id: 'a two-character name before a verb', label: '外交部发言人', text: '外交部发言人毛宁说，中方坚决反对。', expected: '毛宁' },
    { id: 'the first occurrence followed by a name wins (the headline has none)', label: '行政長官', text: '行政長官會見傳媒\n\n行政長官李家超今日會見傳媒。', expected: '李家超' },
    { id: 'negative: not a position title', label: '記者', text: '記者李明報道', expected: undefined },
    { id: 'negative: the text introduces nobody with it', label: '行政長官', text: '行政長官今日表示，會推出新措施。', expected: undefined },
  ])('$id', ({ label, text, expected }) => {
    expect(holderOf(label, text)).toBe(expected);
  });

  test('a Hong Kong transcript labelled 行政長官： has 李家超 as its speaker, the label as his position', () => {
    const text = ['行政長官會見傳媒', '', '以下是行政長官李家超今日（十二月三日）會見傳媒的答問內容：', '', '記者：請問會否推出措施？', '', '行政長官：會推出新一輪支援措施。', '', '2024年12月3日（星期二）'].join('\n');
    expect(inferMeta(splitSourceBlocks(text), { region: '香港' }).meta?.articles[0]?.participants).toEqual([{ name: '李家超', role: 'speaker', position: '行政長官' }]);
  });

  // State Council transcripts print who takes part as rosters: `出席人：` / `主持人：` over `position　name` lines.
  test.each([
    { id: 'heading, then entries one per line (ideographic spaces)', text: '出席人：\n\n浙江省委副书记、省长　王浩\n\n浙江省副省长　卢山\n\n正文。', expected: [{ blocks: [1, 3, 5], people: [{ name: '王浩', position: '浙江省委副书记、省长', host: false }, { name: '卢山', position: '浙江省副省长', host: false }] }] },
    { id: 'the host roster and a speakers roster, heading and entries on consecutive lines (002: 主持人 / 發布人)', text: '主持人\n省政府新闻办新闻发言人 卢瑩\n\n發布人\n慶陽市委常委、常務副市長 劉長發', expected: [{ blocks: [1, 2], people: [{ name: '卢瑩', position: '省政府新闻办新闻发言人', host: true }] }, { blocks: [4, 5], people: [{ name: '劉長發', position: '慶陽市委常委、常務副市長', host: false }] }] },
    { id: 'heading and its one entry on a line', text: '主持人：国务院新闻办新闻局局长、新闻发言人　寿小丽', expected: [{ blocks: [1], people: [{ name: '寿小丽', position: '国务院新闻办新闻局局长、新闻发言人', host: true }] }] },
    { id: 'negative: the host speaking is a turn, not a roster', text: '主持人：现在开始提问。\n\n记者：请问？', expected: [] },
    { id: 'negative: a heading over prose', text: '出席人：\n\n省长王浩出席并讲话。', expected: [] },
    { id: 'negative: a position and name without the space between is a sentence', text: '主持人：\n\n省政府新闻办新闻发言人卢莹', expected: [] },
  ])('rosters: $id', ({ text, expected }) => {
    expect(rosters(splitSourceBlocks(text))).toEqual(expected);
  });

  test('a roster makes its people participants with positions, its host the host, and its lines the layout role participants', () => {
    const text = ['国新办举行新闻发布会', '', '2024-06-20 10:00:00　来源：国务院新闻办公室网站', '', '出席人：', '浙江省副省长　卢山', '', '主持人：', '新闻发言人　寿小丽', '', '寿小丽：现在开始提问。', '', '记者：请问进展如何？', '', '卢山：谢谢。进展顺利。'].join('\n');
    const article = inferMeta(splitSourceBlocks(text), { region: '浙江' }).meta?.articles[0];
    expect(article?.participants).toEqual([{ name: '卢山', role: 'speaker', position: '浙江省副省长' }, { name: '寿小丽', role: 'host', position: '新闻发言人' }]);
    expect(article?.roles).toMatchObject({ '5': 'participants', '8': 'participants' });
  });

  test.each([
    { id: 'the links listed under 相关阅读 at the end', text: '正文。\n\n相关阅读：\n\n国新办举行发布会（江苏专场）\n\n国新办举行发布会（广东专场）', expected: [3, 5, 7] },
    { id: 'furniture among them is skipped', text: '正文。\n\n【延伸阅读】\n\n国新办举行发布会（江苏专场）\n\n（责任编辑：张静）', expected: [3, 5] },
    { id: 'negative: prose after the heading stays the article\'s (only the heading goes)', text: '正文。\n\n相关新闻：\n\n会议指出，要加快发展。', expected: [3] },
    { id: 'negative: no heading', text: '正文。\n\n国新办举行发布会（江苏专场）', expected: [] },
  ])('relatedLinks: $id', ({ text, expected }) => {
    expect(relatedLinks(splitSourceBlocks(text))).toEqual(expected);
  });
});
