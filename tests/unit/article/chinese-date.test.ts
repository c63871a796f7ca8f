import { describe, expect, test } from 'vitest';
import { firstStatedDate, minguoDateCode, minguoYearOf, minguoYearOfDate, numberOf, printsRepublicYear, withoutLeadingDate } from '../../../src/lib/article/chinese-date.ts';

describe('numberOf', () => {
  test.each([
    { id: 'ascii', input: '2024', expected: 2024 },
    { id: 'full-width', input: '２０２４', expected: 2024 },
    { id: 'year in numerals, digit by digit', input: '二〇二四', expected: 2024 },
    { id: 'year with 零', input: '二零零八', expected: 2008 },
    { id: 'ten', input: '十', expected: 10 },
    { id: 'twelve', input: '十二', expected: 12 },
    { id: 'twenty', input: '二十', expected: 20 },
    { id: 'thirty-one', input: '三十一', expected: 31 },
    { id: '廿五', input: '廿五', expected: 25 },
    { id: 'single numeral', input: '五', expected: 5 },
    { id: 'negative: 二廿 is no number', input: '二廿', expected: undefined },
    { id: 'negative: words', input: '若干', expected: undefined },
  ])('$id', ({ input, expected }) => {
    expect(numberOf(input)).toBe(expected);
  });
});

describe('firstStatedDate', () => {
  test.each([
    { id: 'ascii digits', input: '2024年3月5日，会议召开。', expected: '2024-03-05' },
    { id: 'full-width digits', input: '会议于２０２４年３月５日召开', expected: '2024-03-05' },
    { id: 'numerals of an official document', input: '二〇二四年十二月三十一日', expected: '2024-12-31' },
    { id: '号 for 日', input: '2023年10月27号上午', expected: '2023-10-27' },
    { id: 'the first calendar date wins, an impossible one is skipped', input: '2024年2月30日有误，2024年3月1日为准', expected: '2024-03-01' },
    { id: 'a year of the Republic (Taiwan)', input: '中華民國113年3月12日行政院院會', expected: '2024-03-12' },
    { id: 'a year of the Republic in numerals, digit by digit', input: '民國一一三年三月十二日', expected: '2024-03-12' },
    { id: 'a year of the Republic in numerals with 百 and 十', input: '民國一百一十三年十二月三十一日', expected: '2024-12-31' },
    { id: 'a year of the Republic before 100', input: '民國99年1月1日', expected: '2010-01-01' },
    { id: 'negative: a bare 113年 is no year of the Republic', input: '113年3月12日', expected: undefined },
    { id: 'negative: an impossible day in a year of the Republic', input: '民國113年2月30日', expected: undefined },
    { id: 'negative: a year alone', input: '2024年全省经济增长6%', expected: undefined },
    { id: 'negative: month and day without a year', input: '3月8日电', expected: undefined },
  ])('$id', ({ input, expected }) => {
    expect(firstStatedDate(input)?.date).toBe(expected);
  });

  test('it says where the date is and how it is printed', () => {
    expect(firstStatedDate('会议于２０２４年３月５日召开')).toEqual({ text: '２０２４年３月５日', index: 3, date: '2024-03-05' });
  });
});

describe('withoutLeadingDate', () => {
  test.each([
    { id: 'headline that opens with its date', input: '2024年3月12日外交部发言人毛宁主持例行记者会', expected: '外交部发言人毛宁主持例行记者会' },
    { id: 'page date form', input: '2024-03-12 外交部例行记者会', expected: '外交部例行记者会' },
    { id: 'negative: a date inside the text stays', input: '外交部2024年3月12日例行记者会', expected: '外交部2024年3月12日例行记者会' },
    { id: 'negative: an impossible date is not a date', input: '2024年13月1日', expected: '2024年13月1日' },
  ])('$id', ({ input, expected }) => {
    expect(withoutLeadingDate(input)).toBe(expected);
  });
});

describe('minguoYearOf', () => {
  test.each([
    { id: 'digits', input: '113', expected: 113 },
    { id: 'numerals digit by digit', input: '一一三', expected: 113 },
    { id: 'numerals with 百 and 十', input: '一百一十三', expected: 113 },
    { id: 'with 零', input: '一百零五', expected: 105 },
    { id: 'tens only', input: '九十九', expected: 99 },
    { id: 'negative: words', input: '若干', expected: undefined },
  ])('$id', ({ input, expected }) => {
    expect(minguoYearOf(input)).toBe(expected);
  });
});

describe('minguoDateCode (CNA story codes)', () => {
  test.each([
    { input: '1130620', expected: { date: '2024-06-20', minguoYear: 113 } },
    { input: '0991231', expected: { date: '2010-12-31', minguoYear: 99 } },
    { input: '1130229', expected: { date: '2024-02-29', minguoYear: 113 } },
    { input: '1120229', expected: undefined },
    { input: '1131301', expected: undefined },
    { input: '0000620', expected: undefined },
    { input: '20240620', expected: undefined },
    { input: '113062', expected: undefined },
  ])('$input → $expected', ({ input, expected }) => {
    expect(minguoDateCode(input)).toEqual(expected);
  });
});

describe('printsRepublicYear and minguoYearOfDate', () => {
  test.each([
    { line: '發布日期：113-05-30', expected: true },
    { line: '發布日期：中華民國113年05月30日', expected: true },
    { line: '民國一一三年五月三十日', expected: true },
    { line: '2024-05-30 10:30', expected: false },
    { line: '二〇二四年三月五日', expected: false },
    { line: '电话：0931-8123-456', expected: false },
  ])('$line → $expected', ({ line, expected }) => {
    expect(printsRepublicYear(line)).toBe(expected);
  });

  test('the year of the Republic of an ISO date', () => {
    expect(minguoYearOfDate('2024-05-30')).toBe(113);
    expect(minguoYearOfDate('2010-12-31')).toBe(99);
  });
});
