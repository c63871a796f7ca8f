import { describe, expect, test } from 'vitest';
import { removePinyinAnnotations } from '../../../scripts/lib/stages/unannotate.ts';

describe('removePinyinAnnotations', () => {
  test.each([
    { id: 'two-annotated-characters', input: '學(xué)習(xí)', expected: '學習' },
    { id: 'nested-in-legit-parenthetical', input: '8縣(區(qū))工業', expected: '8縣(區)工業' },
    { id: 'polyphonic-reading', input: '側(zè)', expected: '側' },
    { id: 'u-umlaut-reading', input: '綠(lǜ)色', expected: '綠色' },
    { id: 'toneless-confirmed-reading', input: '我的(de)', expected: '我的' },
  ])('removes $id', ({ input, expected }) => {
    expect(removePinyinAnnotations(input).text).toBe(expected);
  });

  test.each([
    { id: 'han-in-parentheses', input: '8縣(區)、13場(次)、通信(塔)桿' },
    { id: 'bracketed-outlet-list', input: '(華為云;電子政務網、互聯網;)' },
    { id: 'reporter-credit', input: '(記者 張弘毅)' },
    { id: 'region-name', input: '(青海片區)' },
    { id: 'latin-abbreviation', input: '人工智能(AI)和國內生產總值(GDP)' },
    { id: 'toneless-non-reading', input: '數據(data)' },
    { id: 'orphan-reading-without-parenthesis', input: '奮勇?tīng)?zhēng)先' },
    { id: 'reading-after-latin', input: 'DeepSeek(xué)' },
  ])('keeps $id', ({ input }) => {
    const result = removePinyinAnnotations(input);
    expect(result.text).toBe(input);
    expect(result.removals).toEqual([]);
  });

  test('records offset, removed text, character and confirmation of each removal', () => {
    expect(removePinyinAnnotations('慶陽(yáng)市長(zhǎng)').removals).toEqual([
      { offset: 2, removed: '(yáng)', char: '陽', readingConfirmed: true },
      { offset: 10, removed: '(zhǎng)', char: '長', readingConfirmed: true },
    ]);
  });

  test('removes a tone-marked reading that pinyin-pro does not list, and says so', () => {
    const { text, removals } = removePinyinAnnotations('丝(cè)');
    expect(text).toBe('丝');
    expect(removals[0]?.readingConfirmed).toBe(false);
  });
});
