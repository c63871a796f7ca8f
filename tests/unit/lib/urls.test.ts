import { expect, test } from 'vitest';
import { homeUrl, switchLocaleUrl } from '../../../src/lib/urls.ts';

test.each([
  { path: '/zh-hans/', to: 'zh-hant', expected: '/zh-hant/' },
  { path: '/zh-hant/articles/abc/', to: 'zh-hans', expected: '/zh-hans/articles/abc/' },
  { path: '/zh-hans/articles/abc/#t3-p2', to: 'zh-hant', expected: '/zh-hant/articles/abc/#t3-p2' },
  { path: '/zh-hans', to: 'zh-hant', expected: '/zh-hant' },
  { path: '/zh-hansx/', to: 'zh-hant', expected: '/zh-hansx/' },
] as const)('switchLocaleUrl($path, $to) = $expected', ({ path, to, expected }) => {
  expect(switchLocaleUrl(path, to)).toBe(expected);
});

test('homeUrl', () => {
  expect(homeUrl('zh-hant')).toBe('/zh-hant/');
});
