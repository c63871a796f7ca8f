import { describe, expect, test } from 'vitest';
import { findInlineBylines, parseByline } from '../../../scripts/lib/stages/byline.ts';

describe('parseByline', () => {
  test.each([
    { input: '新甘肃·甘肃日报记者 盛学卿', expected: { outlet: '新甘肃·甘肃日报', authors: ['盛学卿'] } },
    { input: '记者 田丽媛', expected: { authors: ['田丽媛'] } },
    { input: '陳文智 寇剛', expected: { authors: ['陳文智', '寇剛'] } },
    { input: '新甘肃·甘肃日报', expected: { outlet: '新甘肃·甘肃日报', authors: [] } },
    { input: '新甘肃·甘肃日报记者张富贵 金鑫', expected: { outlet: '新甘肃·甘肃日报', authors: ['张富贵', '金鑫'] } },
  ])('$input', ({ input, expected }) => {
    expect(parseByline(input)).toEqual(expected);
  });

  test.each(['会议强调，要锚定目标赶进度。', '两会记者连线', '这些重大项目将重点推进', '新聞發布會現場'])('not a byline: %s', (input) => {
    expect(parseByline(input)).toBeNull();
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
