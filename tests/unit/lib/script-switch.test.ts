import { expect, test } from 'vitest';
import { floatMove, keepPlace, passageInView } from '../../../src/lib/script-switch.ts';

test.each([
  { id: 'at the very top of the page: no anchor', boxes: [{ id: 'p1', top: 200, bottom: 300 }], scrollY: 0, expected: undefined },
  { id: 'the passage cut by the top edge is the one being read', boxes: [{ id: 't1-p1', top: -500, bottom: -20 }, { id: 't1-p2', top: -20, bottom: 300 }, { id: 't1-p3', top: 320, bottom: 600 }], scrollY: 7000, expected: 't1-p2' },
  { id: 'a passage showing only its last few pixels is skipped', boxes: [{ id: 'a', top: -300, bottom: 4 }, { id: 'b', top: 30, bottom: 200 }], scrollY: 900, expected: 'b' },
  { id: 'empty boxes (hidden anchors) are skipped', boxes: [{ id: 'moved', top: 50, bottom: 50 }, { id: 'b', top: 50, bottom: 200 }], scrollY: 900, expected: 'b' },
  { id: 'nothing below the top edge', boxes: [{ id: 'a', top: -300, bottom: -10 }], scrollY: 900, expected: undefined },
])('passageInView: $id', ({ boxes, scrollY, expected }) => {
  expect(passageInView(boxes, scrollY)).toBe(expected);
});

test.each([
  { path: '/zh-hant/articles/x/', search: '', anchor: 't5-p2', expected: '/zh-hant/articles/x/#t5-p2' },
  { path: '/zh-hant/search/', search: '?q=%E7%94%9F%E6%80%81&year=2024', anchor: undefined, expected: '/zh-hant/search/?q=%E7%94%9F%E6%80%81&year=2024' },
  { path: '/zh-hans/', search: '', anchor: undefined, expected: '/zh-hans/' },
])('keepPlace($path, $search, $anchor)', ({ path, search, anchor, expected }) => {
  expect(keepPlace(path, search, anchor)).toBe(expected);
});

test.each([
  { id: 'the reader scrolls on: tucked', delta: 120, byReader: true, expected: 'tuck' },
  { id: 'the reader turns back: shown', delta: -40, byReader: true, expected: 'show' },
  { id: 'any scroll up shows it, even one not by the reader', delta: -3000, byReader: false, expected: 'show' },
  { id: 'a jump to a permalink on arrival: left in reach', delta: 3000, byReader: false, expected: 'stay' },
  { id: 'a tremor below the threshold: unchanged', delta: 10, byReader: true, expected: 'stay' },
  { id: 'no movement: unchanged', delta: 0, byReader: true, expected: 'stay' },
])('floatMove: $id', ({ delta, byReader, expected }) => {
  expect(floatMove(delta, byReader)).toBe(expected);
});
