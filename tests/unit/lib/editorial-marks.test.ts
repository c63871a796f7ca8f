import { describe, expect, test } from 'vitest';
import { inlineText, parseArticleBody, type Inline } from '../../../src/lib/article/model.ts';
import { localizeInlines } from '../../../src/lib/localize.ts';
import { dateKindLabel, repairRows, ruleLabels } from '../../../src/lib/provenance.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';

const context = { participants: [], registry: [] };
const inlinesOf = (markdown: string): Inline[] => {
  const [block] = parseArticleBody(markdown, context).blocks;
  if (block?.type !== 'paragraph') throw new Error('expected a paragraph');
  return block.children;
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

  // A phrase-aware stand-in for OpenCC: 昆仑 is converted only as a phrase, as OpenCC's s2t does (昆仑 → 崑崙, 仑 alone → 侖).
  const phraseConverter = (s: string): string => s.replaceAll('昆仑', '崑崙').replaceAll('仑', '侖').replaceAll('国家', '國家');
  test.each([
    { id: 'converted with the words around it (昆〔仑〕山 → 崑〔崙〕山)', inlines: [{ type: 'text', value: '建设。昆' }, { type: 'added', text: '仑', proof: '昆仑山国家公园' }, { type: 'text', value: '山国家公园' }] as Inline[], expected: ['建设。崑', '崙', '山國家公园'] },
    { id: 'an addition at the start of a paragraph', inlines: [{ type: 'added', text: '仑', proof: '' }, { type: 'text', value: '山' }] as Inline[], expected: ['侖', '山'] },
    { id: 'negative: text with no addition is converted on its own', inlines: [{ type: 'text', value: '昆仑山' }] as Inline[], expected: ['崑崙山'] },
  ])('$id', ({ inlines, expected }) => {
    const converted = localizeInlines(inlines, phraseConverter);
    expect(converted.map((i) => (i.type === 'text' ? i.value : i.type === 'added' ? i.text : ''))).toEqual(expected);
  });

  test('the proof is converted too', () => {
    expect(localizeInlines([{ type: 'added', text: '仑', proof: '昆仑山国家公园' }], phraseConverter)).toEqual([{ type: 'added', text: '侖', proof: '崑崙山國家公园' }]);
  });

  test('negative: when the conversion changes the length, each piece is converted alone', () => {
    const lengthChanging = (s: string): string => s.replaceAll('昆仑', '崑崙崙');
    const converted = localizeInlines([{ type: 'text', value: '昆' }, { type: 'added', text: '仑', proof: '' }], lengthChanging);
    expect(converted).toEqual([{ type: 'text', value: '昆' }, { type: 'added', text: '仑', proof: '' }]);
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

describe('every rule in the committed articles has a Chinese name', () => {
  test('no article uses a rule the provenance table would show as “other”', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const folder = join(import.meta.dirname, '../../../content/articles');
    const rules = new Set(readdirSync(folder).flatMap((name) => [...readFileSync(join(folder, name), 'utf8').matchAll(/^ {2}- rule: ([a-z0-9-]+)$/gm)].map((m) => m[1] ?? '')));
    expect(rules.size).toBeGreaterThan(5);
    expect([...rules].filter((rule) => !(rule in ruleLabels))).toEqual([]);
  });
});
