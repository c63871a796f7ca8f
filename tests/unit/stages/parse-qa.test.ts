import { describe, expect, test } from 'vitest';
import { isTurnLabel, labelTurns } from '../../../scripts/lib/stages/parse-qa.ts';
import type { BodyItem } from '../../../src/lib/article/body-items.ts';

const p = (line: number, text: string): BodyItem => ({ kind: 'paragraph', lines: [line], text });
const names = ['任振鹤', '劉長發', '孫文江', '杨忠'];
const labelsOf = (items: BodyItem[]): [string | undefined, string][] => items.map((i) => (i.kind === 'paragraph' ? [i.label, i.text] : [undefined, i.kind]));

describe('isTurnLabel', () => {
  test.each([
    ['任振鹤', true],
    ['经济日报记者', true],
    ['記者', true],
    ['主持人', true],
    ['会议指出', false],
    ['下一步', false],
  ])('%s → %s', (label, expected) => {
    expect(isTurnLabel(label, names)).toBe(expected);
  });
});

describe('labelTurns', () => {
  test.each([
    { name: 'bold label, colon inside', input: [p(1, '**经济日报记者：**甘肃已经连续7个季度'), p(2, '**任振鹤：**甘肃经济增速')], expected: [['经济日报记者', '甘肃已经连续7个季度'], ['任振鹤', '甘肃经济增速']] },
    { name: 'bold label, colon outside', input: [p(1, '**任振鹤**：甘肃')], expected: [['任振鹤', '甘肃']] },
    { name: 'inline labels', input: [p(1, '记者：请谈谈做法。'), p(2, '杨忠：坚持把稳增长')], expected: [['记者', '请谈谈做法。'], ['杨忠', '坚持把稳增长']] },
    { name: 'multi-paragraph answer stays one turn (no label on later paragraphs)', input: [p(1, '杨忠：第一段。'), p(2, '第二段。')], expected: [['杨忠', '第一段。'], [undefined, '第二段。']] },
    { name: 'label on its own line after a title line', input: [p(11, '慶陽市委常委、常務副市長劉長發'), p(12, '劉長發：'), p(13, '各位新聞界的朋友：')], expected: [[undefined, '慶陽市委常委、常務副市長劉長發'], ['劉長發', '各位新聞界的朋友：']] },
    { name: 'questioner header + 記者: is one question', input: [p(40, '央廣網記者現場提問'), p(41, '記者：西峰區作為產業園區所在地？')], expected: [['央廣網記者現場提問', '西峰區作為產業園區所在地？']] },
    { name: 'a colon sentence is not a label', input: [p(1, '下一步，我们将在两个方面下功夫：'), p(2, '会议强调：要锚定目标。')], expected: [[undefined, '下一步，我们将在两个方面下功夫：'], [undefined, '会议强调：要锚定目标。']] },
    { name: 'a questioner header without 記者: stays a paragraph', input: [p(1, '新华社记者现场提问'), p(2, '任振鹤：回答。')], expected: [[undefined, '新华社记者现场提问'], ['任振鹤', '回答。']] },
  ])('$name', ({ input, expected }) => {
    expect(labelsOf(labelTurns(input, names).items)).toEqual(expected);
  });

  test('the bare 記者 of a merged question is a named removal', () => {
    const { removals } = labelTurns([p(40, '央廣網記者現場提問'), p(41, '記者：問題？')], names);
    expect(removals).toEqual([{ rule: 'qa-label-merge', line: 41, text: '記者' }]);
  });

  test.each([
    { id: 'an unreadable label right after a question is reported', input: [p(1, '记者：请问？'), p(2, '张三（某某）：回答。')], suspect: [2] },
    { id: 'negative: a second paragraph of an answer is not suspect', input: [p(1, '杨忠：第一段。'), p(2, '下一步：继续推进。')], suspect: [] },
    { id: 'negative: a sentence after a question is not suspect', input: [p(1, '记者：请问？'), p(2, '谢谢你的提问，我来回答。')], suspect: [] },
  ])('$id', ({ input, suspect }) => {
    expect(labelTurns(input, names).decisions.filter((d) => d.action === 'suspect-label').map((d) => d.line)).toEqual(suspect);
  });
});
