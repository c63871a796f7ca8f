import { describe, expect, test } from 'vitest';
import { findInlineBylines, parseAgencyDateline, parseByline, parseDateline, startsWithSurname } from '../../../scripts/lib/stages/byline.ts';

describe('parseByline', () => {
  test.each([
    { input: '新甘肃·甘肃日报记者 盛学卿', expected: { outlet: '新甘肃·甘肃日报', authors: ['盛学卿'] } },
    { input: '记者 田丽媛', expected: { authors: ['田丽媛'] } },
    { input: '陳文智 寇剛', expected: { authors: ['陳文智', '寇剛'] } },
    { input: '欧阳修远 肖丽', expected: { authors: ['欧阳修远', '肖丽'] } },
    { input: '鍾曉明 張強', expected: { authors: ['鍾曉明', '張強'] } },
    { input: '新甘肃·甘肃日报', expected: { outlet: '新甘肃·甘肃日报', authors: [] } },
    { input: '新甘肃·甘肃日报记者张富贵 金鑫', expected: { outlet: '新甘肃·甘肃日报', authors: ['张富贵', '金鑫'] } },
    { input: '2024-04-19 10:30  来源：四川日报', expected: { outlet: '四川日报', authors: [], date: '2024-04-19' } },
    { input: '来源：新华社', expected: { outlet: '新华社', authors: [] } },
    { input: '新华社北京3月8日电', expected: { outlet: '新华社', authors: [] } },
    { input: '文/图 本报记者 张弘 李明', expected: { authors: ['张弘', '李明'] } },
    { input: '本报记者 张弘', expected: { authors: ['张弘'] } },
    { input: '文｜李明', expected: { authors: ['李明'] } },
    { input: '来源：人民网－人民日报 | 作者：李丽 王强', expected: { outlet: '人民网－人民日报', authors: ['李丽', '王强'] } },
    { input: '（来源：甘肃日报）', expected: { outlet: '甘肃日报', authors: [] } },
    { input: '来源：国务院新闻办公室网站　2024-04-16', expected: { outlet: '国务院新闻办公室网站', authors: [], date: '2024-04-16' } },
    { input: '中央社記者王寶兒台北12日電', expected: { outlet: '中央社', authors: ['王寶兒'] } },
    { input: '（編輯：李四）1130620', expected: { authors: [], date: '2024-06-20' } },
    { input: '1130620', expected: { authors: [], date: '2024-06-20' } },
  ])('$input', ({ input, expected }) => {
    expect(parseByline(input)).toEqual(expected);
  });

  test.each(['改革创新 砥砺前行', '点击蓝字 关注我们', '团结奋斗 共创未来', '文化自信', '图为会议现场。', '中央社記者王寶兒板橋12日電', '（編輯：李四）1131320', '（編輯：李四）113062', '会议强调，要锚定目标赶进度。', '两会记者连线', '这些重大项目将重点推进', '新聞發布會現場'])('not a byline: %s', (input) => {
    expect(parseByline(input)).toBeNull();
  });
});

describe('startsWithSurname', () => {
  test.each([
    { name: '王强', expected: true },
    { name: '欧阳修远', expected: true },
    { name: '諸葛亮', expected: true },
    { name: '趙麗', expected: true },
    { name: '肖丽', expected: true },
    { name: '砥砺前行', expected: false },
    { name: '点击蓝字', expected: false },
    { name: '改革创新', expected: false },
  ])('$name → $expected', ({ name, expected }) => {
    expect(startsWithSurname(name)).toBe(expected);
  });
});

describe('parseDateline', () => {
  test.each([
    { id: 'iso-date-time-source', input: '2024-04-19 10:30  来源：四川日报', expected: { date: '2024-04-19', outlet: '四川日报' } },
    { id: 'chinese-date-traditional-source', input: '2024年04月19日 10:30:05 來源: 人民網', expected: { date: '2024-04-19', outlet: '人民網' } },
    { id: 'weekday', input: '2024年2月28日（星期三）', expected: { date: '2024-02-28' } },
    { id: 'weekday-time-source', input: '2024-02-28 週三 10:30 來源：政府新聞處', expected: { date: '2024-02-28', outlet: '政府新聞處' } },
    { id: 'slashes-no-padding', input: '2024/4/9', expected: { date: '2024-04-09' } },
    { id: 'published-at', input: '发布时间：2023.10.27', expected: { date: '2023-10-27' } },
    { id: 'source-only', input: '稿源：甘肃日报', expected: { outlet: '甘肃日报' } },
    { id: 'full-width digits and an ideographic space', input: '２０２４年３月５日　　来源：青海日报', expected: { date: '2024-03-05', outlet: '青海日报' } },
    { id: 'numerals of an official document', input: '二〇二四年三月五日', expected: { date: '2024-03-05' } },
    { id: 'negative: not a calendar day (30 February)', input: '2024年2月30日', expected: null },
    { id: 'portal info line with empty author and an editor', input: '发布时间：2024-03-12 16:05:32　来源：外交部网站　作者：　编辑：王敏', expected: { date: '2024-03-12', outlet: '外交部网站' } },
    { id: 'fields separated by bars, author named', input: '来源：人民网－人民日报 | 作者：李丽 王强 | 责编：刘洋', expected: { outlet: '人民网－人民日报', authors: ['李丽', '王强'] } },
    { id: 'traditional fields with a view count', input: '發布時間：2024年1月17日　來源：政府新聞處　瀏覽次數：1024', expected: { date: '2024-01-17', outlet: '政府新聞處' } },
    { id: 'font-size widget on the info line', input: '2024-03-12　来源：中国政府网　字号：[大 中 小]', expected: { date: '2024-03-12', outlet: '中国政府网' } },
    { id: 'newspaper edition line', input: '人民日报 2024年03月05日 第01版', expected: { date: '2024-03-05', outlet: '人民日报' } },
    { id: 'newspaper edition line in title marks and brackets', input: '《人民日报》（2024年03月05日 第 01 版）', expected: { date: '2024-03-05', outlet: '人民日报' } },
    { id: 'wechat header marked 原创: the account, the date (the IP location dropped)', input: '原创 甘肃发布 2024年05月08日 18:30 甘肃', expected: { date: '2024-05-08', account: '甘肃发布' } },
    { id: 'wechat header without 原创: the date only', input: '甘肃发布 2024-05-08 18:30', expected: { date: '2024-05-08' } },
    { id: 'negative: wechat header form without the time WeChat always prints', input: '原创 甘肃发布 2024年05月08日', expected: null },
    { id: 'negative: words after the time that are no region', input: '全省 2024年5月8日 18:30 召开会议', expected: null },
    { id: 'Executive Yuan: a date field in years of the Republic', input: '發布日期：113-05-30', expected: { date: '2024-05-30' } },
    { id: 'Executive Yuan: the source field 資料來源', input: '資料來源：行政院新聞傳播處', expected: { outlet: '行政院新聞傳播處' } },
    { id: 'negative: a Republic-year form outside a date field', input: '113-05-30', expected: null },
    { id: 'negative: an editor field alone is furniture, not a dateline', input: '编辑：王敏', expected: null },
    { id: 'negative: a field value in prose form', input: '来源：省统计局，增长6.1%。', expected: null },
    { id: 'negative: a label inside a sentence', input: '会议时间：另行通知，请各单位做好准备。', expected: null },
    { id: 'negative: edition words without a date', input: '人民日报第01版', expected: null },
    { id: 'negative: a sentence that starts with a date', input: '2024年4月19日上午，发布会召开。', expected: null },
    { id: 'negative: a source mentioned in prose', input: '数据来源：省统计局，增长6.1%。', expected: null },
    { id: 'negative: not a calendar date', input: '2024-13-40', expected: null },
    { id: 'negative: a figure, not a date', input: '14,000亿元', expected: null },
  ])('$id', ({ input, expected }) => {
    expect(parseDateline(input)).toEqual(expected);
  });
});

describe('findInlineBylines', () => {
  test.each([
    { name: 'dateline', input: '本报讯（新甘肃·甘肃日报记者张富贵 金鑫）全省经济运行调度会议召开。', expected: [{ outlet: '新甘肃·甘肃日报', authors: ['张富贵', '金鑫'] }] },
    { name: 'news agency dateline', input: '新华社北京3月8日电（记者 张晓 王明）国务院总理李强主持召开国务院常务会议。', expected: [{ outlet: '新华社', authors: ['张晓', '王明'] }] },
    { name: 'portal dateline without reporters', input: '中新网兰州3月8日电 甘肃省日前出台新政。', expected: [{ outlet: '中新网', authors: [] }] },
    { name: '本报讯 names no outlet, its reporter is an author', input: '本报讯（记者 马文）３月４日，会议在西宁召开。', expected: [{ authors: ['马文'] }] },
    { name: 'closing credit', input: '力争数字经济规模突破千亿元。（记者 张弘毅）', expected: [{ authors: ['张弘毅'] }] },
    { name: 'half-width closing credit', input: '蓄势赋能。(记者 啸宇)', expected: [{ authors: ['啸宇'] }] },
    { name: 'ordinary parenthetical', input: '昆仑山国家公园（青海片区）科考工作全面启动。', expected: [] },
    { name: 'reporter mentioned mid-sentence', input: '1月16日，记者连线省工业和信息化厅。', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(findInlineBylines(input)).toEqual(expected);
  });
});

describe('parseAgencyDateline', () => {
  test.each([
    { id: 'agency, place, date, reporters', input: '新华社北京3月8日电（记者 张晓 王明）国务院总理…', expected: { text: '新华社北京3月8日电（记者 张晓 王明）', outlet: '新华社', authors: ['张晓', '王明'], place: '北京', monthDay: { month: 3, day: 8 } } },
    { id: 'a portal whose name holds an outlet word (中国日报网)', input: '中国日报网北京5月6日电 会议…', expected: { text: '中国日报网北京5月6日电', outlet: '中国日报网', authors: [], place: '北京', monthDay: { month: 5, day: 6 } } },
    { id: 'place 台北 after 新华社: the outlet is not 新华社台', input: '新华社台北3月8日电（记者 李寒芳）…', expected: { text: '新华社台北3月8日电（记者 李寒芳）', outlet: '新华社', authors: ['李寒芳'], place: '台北', monthDay: { month: 3, day: 8 } } },
    { id: 'Traditional, full-width digits', input: '中央社台北３月８日電（記者 王寶兒）…', expected: { text: '中央社台北３月８日電（記者 王寶兒）', outlet: '中央社', authors: ['王寶兒'], place: '台北', monthDay: { month: 3, day: 8 } } },
    { id: '本报 + place + date: no outlet named', input: '本报北京3月8日电（记者 李四）…', expected: { text: '本报北京3月8日电（记者 李四）', authors: ['李四'], place: '北京', monthDay: { month: 3, day: 8 } } },
    { id: 'CNA: the reporter run into a known place, in brackets, day only', input: '（中央社記者王寶兒台北12日電）行政院今天…', expected: { text: '（中央社記者王寶兒台北12日電）', outlet: '中央社', authors: ['王寶兒'], place: '台北', monthDay: { day: 12 } } },
    { id: 'CNA: a foreign place of three characters', input: '（中央社記者林宏翰華盛頓5日電）美國國務院…', expected: { text: '（中央社記者林宏翰華盛頓5日電）', outlet: '中央社', authors: ['林宏翰'], place: '華盛頓', monthDay: { day: 5 } } },
    { id: 'negative: CNA, a place not in the list is not split by guessing', input: '（中央社記者王寶兒板橋12日電）新北市…', expected: { text: '（中央社記者王寶兒板橋12日電）', outlet: '中央社', authors: [], monthDay: { day: 12 }, reporterAndPlace: '王寶兒板橋' } },
    { id: 'a programme in the brackets is not a reporter', input: '央视网消息（新闻联播）：今天…', expected: { text: '央视网消息', outlet: '央视网', authors: [] } },
    { id: 'the outlet inside the brackets wins over 本报', input: '本报讯（新甘肃·甘肃日报记者张富贵 金鑫）全省…', expected: { text: '本报讯（新甘肃·甘肃日报记者张富贵 金鑫）', outlet: '新甘肃·甘肃日报', authors: ['张富贵', '金鑫'] } },
  ])('$id', ({ input, expected }) => {
    expect(parseAgencyDateline(input)).toEqual(expected);
  });

  test.each([
    { id: 'negative: a grid company is not an outlet with a dispatch', input: '国家电网公司加快建设新型电力系统。' },
    { id: 'negative: a station in prose', input: '电视台记者在现场看到，群众排起长队。' },
    { id: 'negative: an impossible date', input: '新华社北京13月8日电（记者 张晓）' },
    { id: 'negative: a sentence about a newspaper', input: '人民日报刊发评论员文章。' },
    { id: 'negative: an unclosed bracket', input: '（中央社台北12日電行政院今天…' },
  ])('$id', ({ input }) => {
    expect(parseAgencyDateline(input)).toBeNull();
  });
});
