import { describe, expect, test } from 'vitest';
import { parseArticleBody, type Block } from '../../../src/lib/article/model.ts';
import type { Speaker } from '../../../src/lib/article/schema.ts';
import { renderArticleTemplate, type TemplateFields } from '../../../scripts/lib/scaffold/article-template.ts';
import { checkArticle } from '../../../scripts/lib/validate/check-article.ts';
import { formatIssue } from '../../../scripts/lib/validate/issue.ts';

const registry: Speaker[] = [{ id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] }];
const base: TemplateFields = { id: '2024-06-13-jia-kuai', title: '加快建设：“新甘肃” #1', date: '2024-06-13', outlet: '甘肃日报', region: '甘肃', kind: 'press-conference', script: 'hans', speakers: [] };

/** Block kinds of a model, turns with their role: what the scaffold demonstrates. */
const shape = (blocks: Block[]): string[] => blocks.map((block) => (block.type === 'turn' ? `turn:${block.role}:${block.label}` : block.type));

describe('renderArticleTemplate', () => {
  test.each([
    { name: 'hans with a speaker', fields: { ...base, speakers: registry }, blocks: ['paragraph', 'figure', 'heading', 'turn:question:经济日报记者', 'turn:answer:任振鹤', 'gap'] },
    { name: 'hant with a speaker', fields: { ...base, script: 'hant' as const, speakers: registry }, blocks: ['paragraph', 'figure', 'heading', 'turn:question:經濟日報記者', 'turn:answer:任振鶴', 'gap'] },
    { name: 'hans without speakers', fields: base, blocks: ['paragraph', 'figure', 'heading', 'turn:question:经济日报记者', 'gap'] },
    { name: 'an interview', fields: { ...base, kind: 'interview' as const, speakers: registry }, blocks: ['paragraph', 'figure', 'heading', 'turn:question:经济日报记者', 'turn:answer:任振鹤', 'gap'] },
  ])('$name passes validation and shows every convention', ({ fields, blocks }) => {
    const text = renderArticleTemplate(fields);
    const check = checkArticle({ file: `${fields.id}.md`, name: fields.id, bytes: new TextEncoder().encode(text) }, registry);
    expect(check.issues.map(formatIssue)).toEqual([]);
    expect(check.id).toBe(fields.id);
    const body = text.split('\n---\n')[1]!;
    const model = parseArticleBody(body, { participants: fields.speakers.map((s) => ({ id: s.id, role: 'speaker' as const })), registry });
    expect(shape(model.blocks)).toEqual(blocks);
  });

  test('keeps the title exactly, quoted', () => {
    expect(renderArticleTemplate(base)).toContain('title: "加快建设：“新甘肃” #1"\n');
  });

  test('quotes the date so YAML reads it as text', () => {
    expect(renderArticleTemplate(base)).toContain("date: '2024-06-13'");
  });
});
