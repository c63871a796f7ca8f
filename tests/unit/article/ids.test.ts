import { expect, test } from 'vitest';
import { slugify, uniqueSlugs } from '../../../src/lib/article/ids.ts';

test.each([
  { hans: '新甘肃·甘肃日报', expected: 'xin-gan-su-gan-su-ri-bao' },
  { hans: '庆阳', expected: 'qing-yang' },
  { hans: '吕梁', expected: 'lv-liang' },
  { hans: 'CGTN 新闻', expected: 'cgtn-xin-wen' },
  { hans: '·—', expected: 'x' },
])('slugify($hans) = $expected', ({ hans, expected }) => {
  expect(slugify(hans)).toBe(expected);
});

test('uniqueSlugs suffixes collisions independently of input order', () => {
  const names = [{ key: '长安', hans: '长安' }, { key: '长案', hans: '长案' }, { key: '长安', hans: '长安' }];
  const forward = uniqueSlugs(names);
  const backward = uniqueSlugs([...names].reverse());
  expect([...forward]).toEqual([...backward]);
  expect(new Set(forward.values()).size).toBe(2);
  expect([...forward.values()].sort()).toEqual(['chang-an', 'chang-an-2']);
});
