/** The speaker name a turn shows (src/lib/turn-speaker.ts): one rule for the page and the citation. */
import { expect, test } from 'vitest';
import { turnSpeakerName } from '../../../src/lib/turn-speaker.ts';

test.each([
  { id: 'a name label is shown as printed (an alias stays the alias)', label: '任振鶴', participant: { name: '任振鹤' }, expected: '任振鶴' },
  { id: 'the host label shows the host the article names', label: '主持人', participant: { name: '卢莹' }, expected: '卢莹' },
  { id: 'an unnamed host stays 主持人', label: '主持人', participant: undefined, expected: '主持人' },
  { id: '答 shows the interviewee', label: '答', participant: { name: '赵刚' }, expected: '赵刚' },
  { id: '答 among several speakers stays 答', label: '答', participant: undefined, expected: '答' },
  { id: 'a position label shows the participant holding it (行政長官 → 李家超)', label: '行政長官', participant: { name: '李家超', position: '行政長官' }, expected: '李家超' },
  { id: 'negative: a name label of a participant with a position stays the name', label: '李家超', participant: { name: '李家超', position: '行政長官' }, expected: '李家超' },
  { id: 'a questioner is shown as printed', label: '经济日报记者', participant: undefined, expected: '经济日报记者' },
])('$id', ({ label, participant, expected }) => {
  expect(turnSpeakerName({ label }, participant)).toBe(expected);
});
