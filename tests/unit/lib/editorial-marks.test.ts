import { describe, expect, test } from 'vitest';
import { inlineText, parseArticleBody, type Inline } from '../../../src/lib/article-model.ts';
import { localizeInlines } from '../../../src/lib/localize.ts';
import { dateKindLabel, repairRows, ruleLabels } from '../../../src/lib/provenance.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';

const context = { participants: [], registry: [] };
const inlinesOf = (markdown: string): Inline[] => {
  const [block] = parseArticleBody(markdown, context).blocks;
  if (block?.type !== 'paragraph') throw new Error('expected a paragraph');
  return block.inlines;
};

describe('editorial additions in the article model', () => {
  test.each([
    { id: 'restored character with its proof (004)', markdown: '建设。昆:add[仑]{proof="昆仑山国家公园"}山国家公园。', added: [{ type: 'added', text: '仑', proof: '昆仑山国家公园' }], text: '建设。昆仑山国家公园。' },
    { id: 'an addition without proof keeps an empty proof', markdown: '昆:add[仑]山', added: [{ type: 'added', text: '仑', proof: '' }], text: '昆仑山' },
    { id: 'negative: an unknown directive stays visible text', markdown: '昆:foo[仑]山', added: [], text: '昆:foo[仑]山' },
  ])('$id', ({ markdown, added, text }) => {
    const inlines = inlinesOf(markdown);
    expect(inlines.filter((i) => i.type === 'added')).toEqual(added);
    // Search, exports and citations read the supplied text as part of the sentence; only the page marks it.
    expect(inlineText(inlines)).toBe(text);
  });

  test('the addition and its proof are converted with the text', () => {
    const converted = localizeInlines([{ type: 'added', text: '仑', proof: '昆仑山国家公园' }], (s) => s.replace('国家', '國家').replace('仑', '崙'));
    expect(converted).toEqual([{ type: 'added', text: '崙', proof: '昆崙山國家公园' }]);
  });
});

describe('provenance in the reader\'s language', () => {
  const latinWord = /[A-Za-z]{2,}/;
  test.each(['zh-hans', 'zh-hant'] as const)('%s: every rule the normalizer writes has a Chinese name; counts read 447处/處', (locale) => {
    const t = useTranslations(locale);
    const rules = Object.keys(ruleLabels);
    const rows = repairRows(rules.map((rule) => ({ rule, count: 447 })), t);
    for (const row of rows) {
      expect(row.label).not.toMatch(latinWord);
      expect(row.count).toBe(locale === 'zh-hans' ? '447处' : '447處');
    }
  });

  test('negative: a rule the table does not know reads as “other processing”, never its ASCII id', () => {
    const [row] = repairRows([{ rule: 'brand-new-rule', count: 2, note: '说明' }], useTranslations('zh-hans'));
    expect(row).toEqual({ rule: 'brand-new-rule', label: '其他处理', count: '2处', note: '说明' });
  });

  test.each([
    { of: 'event' as const, hans: '所记事件之日，非发表日期', hant: '所記事件之日，非發表日期' },
    { of: 'publication' as const, hans: '发表日期', hant: '發表日期' },
    { of: undefined, hans: undefined, hant: undefined },
  ])('the date says what it is: $of', ({ of, hans, hant }) => {
    const basis = of === undefined ? { method: 'given' as const, evidence: 'e' } : { method: 'inferred' as const, of, evidence: 'e' };
    expect(dateKindLabel(basis, useTranslations('zh-hans'))).toBe(hans);
    expect(dateKindLabel(basis, useTranslations('zh-hant'))).toBe(hant);
  });
});
