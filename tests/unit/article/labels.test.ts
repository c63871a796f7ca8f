/** The turn-label grammar (src/lib/article/labels.ts over data/turn-labels.ts): one case table per function. */
import { describe, expect, test } from 'vitest';
import { boldLabelAt, classifyLabel, isPersonName, isPhotoCredit, plainLabelAt, positionLabelAt } from '../../../src/lib/article/labels.ts';

describe('classifyLabel', () => {
  test.each([
    { id: 'host', label: '主持人', expected: { kind: 'host' } },
    { id: 'questioner-with-outlet', label: '经济日报记者', expected: { kind: 'question', outlet: '经济日报', onSite: false } },
    { id: 'questioner-traditional', label: '經濟日報記者', expected: { kind: 'question', outlet: '經濟日報', onSite: false } },
    { id: 'questioner-on-site', label: '中国日报记者现场提问', expected: { kind: 'question', outlet: '中国日报', onSite: true } },
    { id: 'bare-questioner', label: '記者', expected: { kind: 'question', onSite: false } },
    { id: 'long-outlet', label: '中央广播电视总台央视记者', expected: { kind: 'question', outlet: '中央广播电视总台央视', onSite: false } },
    { id: 'name', label: '任振鹤', expected: { kind: 'name' } },
    { id: 'interview-question', label: '问', expected: { kind: 'question', onSite: false } },
    { id: 'interview-question-traditional', label: '問', expected: { kind: 'question', onSite: false } },
    { id: 'interview-answer', label: '答', expected: { kind: 'answer' } },
    { id: 'written-reply-question', label: '問題', expected: { kind: 'question', onSite: false } },
    { id: 'written-reply-answer', label: '答覆', expected: { kind: 'answer' } },
    { id: 'written-reply-answer-simplified', label: '答复', expected: { kind: 'answer' } },
    { id: 'negative-answer-inside-a-word', label: '答谢', expected: { kind: 'name' } },
    // Negative: a sentence that happens to end in 记者 is not a questioner (punctuation, over 20 characters before 记者).
    { id: 'negative-sentence-ending-in-reporter', label: '会上，省委宣传部负责同志回答了记者', expected: { kind: 'name' } },
    { id: 'negative-outlet-too-long', label: '一二三四五六七八九十一二三四五六七八九十一记者', expected: { kind: 'name' } },
    { id: 'negative-reporter-inside', label: '记者站站长', expected: { kind: 'name' } },
  ])('$id: $label', ({ label, expected }) => {
    expect(classifyLabel(label)).toEqual(expected);
  });
});

describe('boldLabelAt', () => {
  test.each([
    { id: 'colon-outside', text: '**任振鹤**：谢谢。', expected: { label: '任振鹤', rest: '谢谢。' } },
    { id: 'colon-inside', text: '**经济日报记者：** 请问。', expected: { label: '经济日报记者', rest: '请问。' } },
    { id: 'ascii-colon', text: '**经济日报记者:**请问。', expected: { label: '经济日报记者', rest: '请问。' } },
    { id: 'negative-bold-without-colon', text: '**一、总体情况**', expected: null },
    { id: 'negative-not-at-start', text: '他说 **任振鹤**：', expected: null },
  ])('$id', ({ text, expected }) => {
    expect(boldLabelAt(text)).toEqual(expected);
  });
});

describe('plainLabelAt', () => {
  test.each([
    { id: 'name', text: '杨忠:今年以来', expected: { label: '杨忠', rest: '今年以来' } },
    { id: 'own-line', text: '劉長發：', expected: { label: '劉長發', rest: '' } },
    { id: 'negative-sentence-with-comma', text: '会议指出，要坚持：', expected: null },
    { id: 'negative-too-long', text: '一二三四五六七八九十一二三四五六七八九十一:', expected: null },
  ])('$id', ({ text, expected }) => {
    expect(plainLabelAt(text)).toEqual(expected);
  });
});

describe('names and credits', () => {
  test.each([
    { text: '李華', name: true, credit: false },
    { text: '盛学卿', name: true, credit: false },
    { text: '黄培军摄', name: true, credit: true },
    { text: '安志鵬攝', name: true, credit: true },
    { text: '李', name: false, credit: false },
    { text: '甘肃省人民政府新闻办公室', name: false, credit: false },
  ])('$text', ({ text, name, credit }) => {
    expect(isPersonName(text)).toBe(name);
    expect(isPhotoCredit(text)).toBe(credit);
  });
});

describe('positionLabelAt', () => {
  test.each([
    { id: 'position, space, name (SCIO transcript)', input: '国家统计局局长 康义：各位记者朋友', names: undefined, expected: { position: '国家统计局局长', name: '康义', rest: '各位记者朋友' } },
    { id: 'a position with 、 (two titles)', input: '国务院新闻办公室新闻局副局长、新闻发言人 寿小丽：', names: undefined, expected: { position: '国务院新闻办公室新闻局副局长、新闻发言人', name: '寿小丽', rest: '' } },
    { id: 'Traditional, half-width colon', input: '財政司司長 陳茂波: 政府決定', names: undefined, expected: { position: '財政司司長', name: '陳茂波', rest: '政府決定' } },
    { id: 'no space, the participant known', input: '国家统计局局长康义：感谢提问', names: ['康义'], expected: { position: '国家统计局局长', name: '康义', rest: '感谢提问' } },
    { id: 'name, then its position in brackets', input: '王华（省统计局副局长）：一季度开局良好', names: undefined, expected: { position: '省统计局副局长', name: '王华', rest: '一季度开局良好' } },
    { id: 'name and bracketed position, the participant known, half-width', input: '王华(省统计局副局长): 谢谢', names: ['王华'], expected: { position: '省统计局副局长', name: '王华', rest: '谢谢' } },
    { id: 'the host word with the host’s position and name', input: '主持人（省政府新闻办副主任 刘芳）：大家上午好', names: undefined, expected: { position: '省政府新闻办副主任', name: '刘芳', rest: '大家上午好', host: '主持人' } },
  ])('$id', ({ input, names, expected }) => {
    expect(positionLabelAt(input, names)).toEqual(expected);
  });

  test.each([
    { id: 'negative: no space and no names: which part is the name is unknown', input: '国家统计局局长康义：感谢提问', names: undefined },
    { id: 'negative: a questioner label', input: '中央广播电视总台央视记者：请问', names: undefined },
    { id: 'negative: a bare name label', input: '康义：感谢你的提问', names: ['康义'] },
    { id: 'negative: prose with a colon', input: '会议指出：要坚持创新驱动', names: ['康义'] },
    { id: 'negative: a position word but not a participant', input: '省长 李四：', names: ['康义'] },
    { id: 'negative: a bracketed note that is no position', input: '王华（笑）：好的', names: undefined },
    { id: 'negative: a bracketed position of someone else than the participants', input: '李四（省长）：', names: ['康义'] },
  ])('$id', ({ input, names }) => {
    expect(positionLabelAt(input, names)).toBeNull();
  });
});
