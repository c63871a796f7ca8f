import { describe, expect, test } from 'vitest';
import { parseArticleBody } from '../../../src/lib/article/model.ts';
import { isSafeLinkUrl, linkUrls, urlScheme } from '../../../scripts/lib/validate/check-link-urls.ts';

describe('isSafeLinkUrl', () => {
  test.each([
    { url: 'https://www.gansu.gov.cn/', scheme: 'https', safe: true },
    { url: 'http://example.org/a?b=c', scheme: 'http', safe: true },
    { url: 'mailto:news@example.org', scheme: 'mailto', safe: true },
    { url: '/zh-hans/articles/2024-06-13-x/#t3', scheme: null, safe: true },
    { url: '#t3', scheme: null, safe: true },
    { url: 'page/2/', scheme: null, safe: true },
    { url: 'javascript:alert(1)', scheme: 'javascript', safe: false },
    { url: 'JaVaScRiPt:alert(1)', scheme: 'javascript', safe: false },
    { url: ' java\tscript:alert(1)', scheme: 'javascript', safe: false },
    { url: 'java\nscript:alert(1)', scheme: 'javascript', safe: false },
    { url: 'data:text/html,<script>alert(1)</script>', scheme: 'data', safe: false },
    { url: 'vbscript:msgbox(1)', scheme: 'vbscript', safe: false },
    { url: 'file:///etc/passwd', scheme: 'file', safe: false },
  ])('$url → $scheme, safe: $safe', ({ url, scheme, safe }) => {
    expect(urlScheme(url)).toBe(scheme);
    expect(isSafeLinkUrl(url)).toBe(safe);
  });
});

describe('linkUrls', () => {
  test('finds links in paragraphs, turns, headings, lists and captions, in order', () => {
    const body = ['## [标题](https://a.example/)', '', '导语[甲](/b/)。', '', '**经济日报记者**：[乙](javascript:c)', '', '- [丙](#d)', '', ':::figure', '[丁](data:e)', ':::'].join('\n');
    const model = parseArticleBody(body, { participants: [], registry: [] });
    expect(linkUrls(model.blocks)).toEqual(['https://a.example/', '/b/', 'javascript:c', '#d', 'data:e']);
  });
});
