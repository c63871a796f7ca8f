/** Whom a turn label names (src/lib/article/turn-label.ts): the registry lookup it resolves participants with. */
import { expect, test } from 'vitest';
import { registryEntry, resolveLabel } from '../../../src/lib/article/turn-label.ts';
import type { Speaker } from '../../../src/lib/article/schema.ts';

const speaker = (id: string, hans: string, hant = hans, aliases: string[] = []): Speaker => ({ id, name: { hans, hant }, aliases });
const registry: Speaker[] = [speaker('ren-zhenhe', '任振鹤', '任振鶴'), speaker('yang-zhong', '杨忠', '楊忠', ['杨局长']), speaker('ren-zhenhe', '重复', '重複')];

test.each([
  { id: 'found by id', key: 'yang-zhong', expected: '杨忠' },
  { id: 'a repeated id gives the first entry, as a scan would', key: 'ren-zhenhe', expected: '任振鹤' },
  { id: 'unknown id', key: 'nobody', expected: undefined },
  { id: 'no id', key: undefined, expected: undefined },
])('registryEntry: $id', ({ key, expected }) => {
  expect(registryEntry(registry, key)?.name.hans).toBe(expected);
});

test('registryEntry indexes each registry on its own', () => {
  const other = [speaker('yang-zhong', '别人')];
  expect(registryEntry(registry, 'yang-zhong')?.name.hans).toBe('杨忠');
  expect(registryEntry(other, 'yang-zhong')?.name.hans).toBe('别人');
});

test.each([
  { id: 'registry name in Traditional', label: '任振鶴', expected: { role: 'speaker', speakerId: 'ren-zhenhe' } },
  { id: 'alias', label: '杨局长', expected: { role: 'host', speakerId: 'yang-zhong' } },
  { id: 'a participant not in the registry is named by nobody', label: '李四', expected: null },
])('resolveLabel: $id', ({ label, expected }) => {
  const context = { participants: [{ id: 'ren-zhenhe', role: 'speaker' as const }, { id: 'yang-zhong', role: 'host' as const }, { id: 'li-si', role: 'speaker' as const }], registry };
  expect(resolveLabel(label, context)).toEqual(expected);
});
