import { describe, expect, test } from 'vitest';
import { findInlineBylines, parseByline, parseDateline } from '../../../scripts/lib/stages/byline.ts';

describe('parseByline', () => {
  test.each([
    { input: '新甘肃·甘肃日报记者 盛学卿', expected: { outlet: '新甘肃·甘肃日报', authors: ['盛学卿'] } },
    { input: '记者 田丽媛', expected: { authors: ['田丽媛'] } },
    { input: '陳文智 寇剛', expected: { authors: ['陳文智', '寇剛'] } },
    { input: '新甘肃·甘肃日报', expected: { outlet: '新甘肃·甘肃日报', authors: [] } },
    { input: '新甘肃·甘肃日报记者张富贵 金鑫', expected: { outlet: '新甘肃·甘肃日报', authors: ['张富贵', '金鑫'] } },
    { input: '2024-04-19 10:30  来源：四川日报', expected: { outlet: '四川日报', authors: [], date: '2024-04-19' } },
    { input: '来源：新华社', expected: { outlet: '新华社', authors: [] } },
  ])('$input', ({ input, expected }) => {
    expect(parseByline(input)).toEqual(expected);
  });

  test.each(['会议强调，要锚定目标赶进度。', '两会记者连线', '这些重大项目将重点推进', '新聞發布會現場'])('not a byline: %s', (input) => {
    expect(parseByline(input)).toBeNull();
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
    { name: 'closing credit', input: '力争数字经济规模突破千亿元。（记者 张弘毅）', expected: [{ authors: ['张弘毅'] }] },
    { name: 'half-width closing credit', input: '蓄势赋能。(记者 啸宇)', expected: [{ authors: ['啸宇'] }] },
    { name: 'ordinary parenthetical', input: '昆仑山国家公园（青海片区）科考工作全面启动。', expected: [] },
    { name: 'reporter mentioned mid-sentence', input: '1月16日，记者连线省工业和信息化厅。', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(findInlineBylines(input)).toEqual(expected);
  });
});
