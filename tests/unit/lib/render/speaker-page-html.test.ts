import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../../../src/lib/archive.ts';
import { speakerBodyHtml, speakerHeadHtml, type SpeakerPageInput } from '../../../../src/lib/render/speaker-page-html.ts';
import { speakerActivity } from '../../../../src/lib/speaker-activity.ts';
import { paginateSpeaker } from '../../../../src/lib/speaker-pages.ts';
import { useTranslations } from '../../../../src/i18n/ui.ts';
import { loadEntries, loadRegistry } from '../site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());

/** The pages of one fixture speaker in a locale, with small limits so that the pager shows. */
function pages(locale: 'zh-hans' | 'zh-hant', id: string, limits = { turnsPerPage: 1, turnsPerEvent: 1 }): SpeakerPageInput[] {
  const speaker = archive.speakers(locale).find((s) => s.id === id);
  if (!speaker) throw new Error(`fixture speaker ${id} missing`);
  const activity = speakerActivity(archive.articlesWithSpeaker(locale, id), id);
  return paginateSpeaker(activity, limits).map((page) => ({ locale, speaker, page, activity, t: useTranslations(locale) }));
}

describe('speakerHeadHtml', () => {
  test('name, the other script’s form when it differs, counts and the feed link', () => {
    const [first] = pages('zh-hant', 'fan-houjun');
    const html = speakerHeadHtml(first!);
    expect(html).toMatch(/^<h1>范後軍<span class="muted" lang="zh-Hans"> · 范后军<\/span><\/h1><ul class="counts"><li><strong>\d+<\/strong>回答<\/li>/);
    expect(html).toContain('<p><a href="/zh-hant/speakers/fan-houjun/feed.xml" type="application/atom+xml">');
  });

  test('negative: no host count for a speaker who never hosted', () => {
    const [first] = pages('zh-hans', 'fan-houjun');
    expect(first!.activity.counts.host).toBe(0);
    expect(speakerHeadHtml(first!)).not.toContain('主持</li>');
  });
});

describe('speakerBodyHtml', () => {
  test('page 1 lists positions; later pages do not', () => {
    const all = pages('zh-hans', 'fan-houjun');
    expect(all.length).toBeGreaterThan(1);
    expect(speakerBodyHtml(all[0]!)).toContain('<section aria-labelledby="positions"><h2 id="positions">');
    expect(speakerBodyHtml(all[1]!)).not.toContain('id="positions"');
  });

  test('an answer shows the question it answered; the link names the event and date', () => {
    const html = pages('zh-hans', 'fan-houjun', { turnsPerPage: 40, turnsPerEvent: 12 }).map(speakerBodyHtml).join('');
    expect(html).toContain('<p class="question"><span class="said-label">所答提问 · 经济日报记者</span> 请问头发和面条有什么关系？');
    expect(html).toMatch(/<p class="said-link"><a href="\/zh-hans\/articles\/2024-06-13-fixture-press-conference\/#t5">在原文中查看这段回答<span class="visually-hidden">（[^<]+，2024年6月13日）<\/span><\/a><\/p>/);
  });

  test('a statement is labelled in its answer line, with the label’s trailing space', () => {
    const html = pages('zh-hans', 'fan-houjun', { turnsPerPage: 40, turnsPerEvent: 12 }).map(speakerBodyHtml).join('');
    expect(html).toContain('<p class="answer"><span class="said-label">发言 </span>甘肃发展后劲十足。');
  });

  test('the pager: previous and next links around the page numbers, the current page not a link', () => {
    const all = pages('zh-hans', 'fan-houjun');
    const second = speakerBodyHtml(all[1]!);
    expect(second).toContain('<nav class="pager" aria-label="分页"><a rel="prev" href="/zh-hans/speakers/fan-houjun/">');
    expect(second).toContain('<span aria-current="page">2</span>');
    expect(speakerBodyHtml(all[0]!)).not.toContain('rel="prev"');
  });

  test('negative: a single page has no pager and no range', () => {
    const [only] = pages('zh-hans', 'lu-ying', { turnsPerPage: 40, turnsPerEvent: 12 });
    expect(only!.page.total).toBe(1);
    expect(speakerBodyHtml(only!)).not.toContain('class="pager"');
  });

  test('text is escaped as Astro escapes expressions', () => {
    const [first] = pages('zh-hans', 'lu-ying', { turnsPerPage: 40, turnsPerEvent: 12 });
    const event = first!.page.events[0]!;
    const article = { ...event.event.article, event: 'A&B <i>' };
    const html = speakerBodyHtml({ ...first!, page: { ...first!.page, events: [{ ...event, event: { ...event.event, article } }] } });
    expect(html).toContain('>A&amp;B &lt;i&gt;</a></h3>');
    expect(html).not.toContain('<i>');
  });
});
