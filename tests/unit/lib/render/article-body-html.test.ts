import { describe, expect, test } from 'vitest';
import { buildArchive, type LocalizedArticle } from '../../../../src/lib/archive.ts';
import type { AnchorRedirect } from '../../../../src/lib/article/anchors.ts';
import { articleView } from '../../../../src/lib/article-view.ts';
import { articleBodyHtml } from '../../../../src/lib/render/article-body-html.ts';
import { useTranslations } from '../../../../src/i18n/ui.ts';
import { loadEntries, loadRegistry } from '../site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());
const id = '2024-06-13-fixture-press-conference';

/** The fixture article as a locale's page renders it, with old anchors that lead to its passages. */
function withRetired(locale: 'zh-hans' | 'zh-hant', movedAnchors: AnchorRedirect[]): string {
  const article = archive.article(locale, id);
  if (!article) throw new Error(`fixture ${id} missing`);
  const moved: LocalizedArticle = { ...article, movedAnchors };
  return articleBodyHtml(moved, articleView(moved), useTranslations(locale), undefined);
}

const idCount = (html: string, anchor: string): number => html.split(`id="${anchor}"`).length - 1;

describe('articleBodyHtml: retired anchors', () => {
  // Each case: old anchors, where each must sit (inside the element with that id, or right before it).
  test.each([
    { id: 'a turn’s old anchor sits inside the turn, once', redirects: [{ id: 't20', successor: 't5', reason: 'removed' }], inside: { t20: 't5' } },
    { id: 'two old anchors of one turn, once each', redirects: [{ id: 't20', successor: 't5', reason: 'merged' }, { id: 't21', successor: 't5', reason: 'replaced' }], inside: { t20: 't5', t21: 't5' } },
    { id: 'a paragraph’s old anchor inside a turn sits before that paragraph', redirects: [{ id: 't5-p9', successor: 't5-p1', reason: 'merged' }], inside: { 't5-p9': 't5' } },
  ] satisfies { id: string; redirects: AnchorRedirect[]; inside: Record<string, string> }[])('$id', ({ redirects, inside }) => {
    for (const locale of ['zh-hans', 'zh-hant'] as const) {
      const html = withRetired(locale, redirects);
      for (const [old, container] of Object.entries(inside)) {
        expect(idCount(html, old), `${locale}: id ${old}`).toBe(1);
        const start = html.indexOf(`id="${container}"`);
        const at = html.indexOf(`id="${old}"`);
        expect(at, `${locale}: ${old} after the opening of ${container}`).toBeGreaterThan(start);
      }
      expect(idCount(html, 't5'), `${locale}: the turn keeps its own id once`).toBe(1);
    }
  });

  test('negative: a page without retired anchors has no moved-anchor element', () => {
    expect(withRetired('zh-hans', [])).not.toContain('moved-anchor');
  });

  test('every id in the body is unique with old anchors on a turn, a paragraph and a top-level block', () => {
    const article = archive.article('zh-hans', id)!;
    const top = article.blocks.find((b) => b.type !== 'turn')!;
    const html = withRetired('zh-hans', [
      { id: 't20', successor: 't5', reason: 'removed' },
      { id: 't5-p9', successor: 't5-p1', reason: 'merged' },
      { id: 'old-top', successor: top.id, reason: 'replaced' },
    ]);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html.indexOf('id="old-top"')).toBeLessThan(html.indexOf(`id="${top.id}"`));
  });
});
