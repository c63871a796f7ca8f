import { describe, expect, test } from 'vitest';
import { buildArchive, type LocalizedArticle } from '../../../../src/lib/archive.ts';
import { articleView } from '../../../../src/lib/article-view.ts';
import { articlePageHtml, provenanceHtml } from '../../../../src/lib/render/article-page-html.ts';
import { useTranslations } from '../../../../src/i18n/ui.ts';
import { loadEntries, loadRegistry } from '../site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());
const id = '2024-06-13-fixture-press-conference';

function fixture(locale: 'zh-hans' | 'zh-hant'): LocalizedArticle {
  const article = archive.article(locale, id);
  if (!article) throw new Error(`fixture ${id} missing`);
  return article;
}

/** The page's <article> for the fixture with some fields changed. */
function page(locale: 'zh-hans' | 'zh-hant', change: Partial<LocalizedArticle> = {}, site?: URL): string {
  const article: LocalizedArticle = { ...fixture(locale), ...change };
  return articlePageHtml(article, articleView(article), useTranslations(locale), site);
}

describe('articlePageHtml: the header and footer around the body', () => {
  // Each case: a change to the fixture, what the markup must hold and must not hold.
  test.each([
    { id: 'kicker shown when set', change: { kicker: '两会连线' }, has: ['<p class="kicker">两会连线</p><h1 id="top">'], not: [] },
    { id: 'negative: no kicker, no kicker paragraph', change: { kicker: undefined }, has: ['<header class="article-header"><h1 id="top">'], not: ['class="kicker"'] },
    { id: 'title text escaped as Astro escapes expressions', change: { title: 'A&B <c> "d"' }, has: ['<h1 id="top">A&amp;B &lt;c&gt; &quot;d&quot;</h1>'], not: ['<c>'] },
    { id: 'outlet not stated: a note in the data list and in the provenance panel', change: { outlet: undefined, outletId: undefined }, has: ['<dd><span class="not-stated">原文未注明</span></dd>', '<dt>来源</dt><dd>原文未写明刊发媒体，本档案不作推测。</dd>'], not: ['/zh-hans/outlets/'] },
    { id: 'a named outlet links to its page', change: { outlet: '甘肃日报', outletId: 'gan-su-ri-bao' }, has: ['<dd><a href="/zh-hans/outlets/gan-su-ri-bao/">甘肃日报</a></dd>'], not: ['原文未写明刊发媒体'] },
    { id: 'composed title: its basis as an attribute, escaped', change: { titleBasis: '据"首段"' }, has: ['<span class="editorial composed-title" title="据&quot;首段&quot;">'], not: [] },
    { id: 'negative: no authors, no 记者 row', change: { authors: [] }, has: [], not: ['<dt>记者</dt>'] },
    { id: 'participants with positions, separated by 、', change: { participants: [{ id: 'a', role: 'speaker', name: '甲', position: '厅长' }, { id: 'b', role: 'speaker', name: '乙' }] }, has: ['<dd><a href="/zh-hans/speakers/a/">甲</a>（厅长）、<a href="/zh-hans/speakers/b/">乙</a></dd>'], not: ['<dt>主持</dt>'] },
    { id: 'no repairs: the panel says so', change: { repairs: [] }, has: ['<dt>编辑处理</dt><dd>未作修复</dd>'], not: ['class="repairs"'] },
    { id: 'no source: no raw-text link', change: { source: undefined }, has: [], not: ['type="text/plain"', '<code class="hash"'] },
  ] satisfies { id: string; change: Partial<LocalizedArticle>; has: string[]; not: string[] }[])('$id', ({ change, has, not }) => {
    const html = page('zh-hans', change);
    for (const part of has) expect(html).toContain(part);
    for (const part of not) expect(html).not.toContain(part);
  });

  test('the body sits in .article-body, the public origin as data-site only when configured', () => {
    expect(page('zh-hans')).toContain('<div class="article-body" data-cite-copy="复制引用"');
    expect(page('zh-hans', {}, new URL('https://archive.example.org'))).toContain('<div class="article-body" data-site="https://archive.example.org" data-cite-copy=');
  });

  test('the other script’s page links back to the original, in its language', () => {
    const original = fixture('zh-hans').originalScript === 'hans' ? 'zh-hans' : 'zh-hant';
    const other = original === 'zh-hans' ? 'zh-hant' : 'zh-hans';
    expect(page(original)).toContain('<p class="script-note">原文以简体中文发布。</p>');
    expect(page(other)).toMatch(new RegExp(`<p class="script-note">[^<]+ <a href="/${original}/articles/${id}/" hreflang="zh-Han[st]" lang="zh-Han[st]">`));
  });

  test('the page ends with the article’s cite control and the provenance panel', () => {
    const article = fixture('zh-hans');
    const html = page('zh-hans');
    // The fixture marks two gaps: one inline, one block.
    expect(html.endsWith(`${provenanceHtml(article, 2, useTranslations('zh-hans'))}</footer></article>`)).toBe(true);
    expect(html).toContain('<footer class="article-footer"><details class="cite"><summary>引用本文</summary>');
  });
});
