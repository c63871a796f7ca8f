/** Page furniture lines (scripts/lib/stages/data/page-furniture.ts), and the layout role they get. */
import { describe, expect, test } from 'vitest';
import { pageFurnitureKind } from '../../../scripts/lib/stages/data/page-furniture.ts';
import { inferRole } from '../../../scripts/lib/stages/layout.ts';

describe('pageFurnitureKind', () => {
  test.each([
    { id: 'hk-end-mark', line: '完', expected: 'end-mark' },
    { id: 'related-links', line: '相关阅读：', expected: 'related-links' },
    { id: 'tools and the editor credit on one line (Xinhua)', line: '【纠错】　【责任编辑：王頔】', expected: 'editor-credit' },
    { id: 'tools and the editor credit, no space', line: '【打印】【责任编辑：张三】', expected: 'editor-credit' },
    { id: 'related-links-bracketed-traditional', line: '【延伸閱讀】', expected: 'related-links' },
    { id: 'wire-end-mark', line: '（完）', expected: 'end-mark' },
    { id: 'dashed-end-mark', line: '-完-', expected: 'end-mark' },
    { id: 'editor-credit', line: '（责任编辑：张三）', expected: 'editor-credit' },
    { id: 'editor-credit-traditional', line: '責任編輯：李四、王五', expected: 'editor-credit' },
    { id: 'two-roles', line: '(编辑:王晓 审核:刘青)', expected: 'editor-credit' },
    { id: 'separator-asterisks', line: '***', expected: 'separator' },
    { id: 'separator-dashes', line: '———————', expected: 'separator' },
    { id: 'separator-full-width', line: '＊　＊　＊', expected: 'separator' },
    { id: 'hk-release-time', line: '香港時間12時45分', expected: 'release-time' },
    { id: 'release-time-in-words', line: '香港时间下午四时二十分', expected: 'release-time' },
    { id: 'negative: a time inside a sentence', line: '时间12时45分，会议开始。', expected: undefined },
    { id: 'hk-cross-reference', line: '（請同時參閱答問內容的英文部分。）', expected: 'cross-reference' },
    { id: 'negative: a stage direction in brackets is text', line: '（笑）', expected: undefined },
    { id: 'share-label', line: '分享到：', expected: 'page-tools' },
    { id: 'print-and-close', line: '【打印】【关闭】', expected: 'page-tools' },
    { id: 'print-close-words', line: '打印本页 关闭窗口', expected: 'page-tools' },
    { id: 'font-size-widget', line: '【字体：大 中 小】', expected: 'page-tools' },
    { id: 'share-targets-beside-share', line: '分享到：微信 微博 QQ空间', expected: 'page-tools' },
    { id: 'traditional-print-close', line: '列印 | 關閉視窗', expected: 'page-tools' },
    { id: 'scan-to-phone', line: '扫一扫在手机打开当前页', expected: 'page-tools' },
    { id: 'page number of an official document (GB/T 9704)', line: '— 1 —', expected: 'page-number' },
    { id: 'page number with hyphens', line: '- 12 -', expected: 'page-number' },
    { id: 'page number in words', line: '第3页 共10页', expected: 'page-number' },
    { id: 'negative: a number alone is text (a list item or a figure)', line: '12', expected: undefined },
    { id: 'negative: a range between dashes in a sentence', line: '- 2 -3月', expected: undefined },
    { id: 'wechat: follow the account', line: '点击蓝字 关注我们', expected: 'wechat-prompt' },
    { id: 'wechat: follow the named account', line: '点击上方“甘肃发布”关注我们', expected: 'wechat-prompt' },
    { id: 'wechat: read the original', line: '阅读原文', expected: 'wechat-prompt' },
    { id: 'wechat: read the original, Traditional, in quotes', line: '點擊「閱讀原文」', expected: 'wechat-prompt' },
    { id: 'wechat: scan the QR code', line: '长按识别二维码关注', expected: 'wechat-prompt' },
    { id: 'wechat: share, like, 在看', line: '分享、点赞、在看', expected: 'wechat-prompt' },
    { id: 'negative: a sentence about following', line: '关注民生，服务群众', expected: undefined },
    { id: 'negative: 在看 in a sentence', line: '他们在看什么', expected: undefined },
    { id: 'negative: reading an original document', line: '请阅读原文件', expected: undefined },
    { id: 'negative: share targets alone are text', line: '微信 微博', expected: undefined },
    { id: 'negative: a tool word beside text is text', line: '纠错 机制不断完善', expected: undefined },
    { id: 'negative: the end mark beside a stage direction', line: '（笑） （完）', expected: undefined },
    { id: 'negative: a sentence about printing', line: '打印机行业同比增长', expected: undefined },
    { id: 'negative: a heading that mentions sharing', line: '分享经济发展报告', expected: undefined },
    { id: 'negative: an ellipsis line is text', line: '……', expected: undefined },
    { id: 'negative: two dashes are too short to be a rule', line: '——', expected: undefined },
    { id: 'negative: a sentence ending in 完', line: '工程已全部建完', expected: undefined },
    { id: 'negative: 完 inside text', line: '完善体制机制', expected: undefined },
    { id: 'negative: an editor mentioned in prose', line: '编辑部的同志们：大家好！', expected: undefined },
    { id: 'negative: a reporter credit is a byline, not furniture', line: '（记者 张弘毅）', expected: undefined },
  ])('$id', ({ line, expected }) => {
    expect(pageFurnitureKind(line)).toBe(expected);
  });

  test('a furniture line alone in its paragraph gets the role furniture; inside a paragraph it stays body', () => {
    expect(inferRole({ line: 9, lines: ['（完）'] }, true)).toBe('furniture');
    expect(inferRole({ line: 9, lines: ['政府今日公布数字。', '（完）'] }, true)).toBe('body');
    // A page's tool buttons copied on two lines of one paragraph are furniture line by line.
    expect(inferRole({ line: 16, lines: ['分享到：', '【打印】【关闭】'] }, true)).toBe('furniture');
    expect(inferRole({ line: 16, lines: ['分享到：', '我们坚持以科技创新引领产业创新。'] }, true)).toBe('body');
  });
});
