/**
 * Helpers for the search e2e tests. They run against whatever content was built (ARCHIVE_CONTENT,
 * default `content/`): queries are phrases of the real sources that the search fixture
 * (tests/fixtures/search-content) also contains, and what an article was published in is read from
 * its Markdown frontmatter, the article contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** How long a search may take on a loaded CI machine (2 cores, tests in parallel): a bound, not a performance target. */
export const searchTimeout = 20_000;

/** Opens the search page of a locale with a query (and more parameters) and waits for the outcome. */
export async function search(page: Page, locale: string, q: string, extra: Record<string, string> = {}): Promise<void> {
  const params = new URLSearchParams({ q, ...extra });
  await page.goto(`/${locale}/search/?${params}`);
  await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
}

/** The result items of the main list. */
export const results = (page: Page): Locator => page.locator('#search-results > li');

/** A plain field of an article's frontmatter (`script`, `kind`, `date`…), read from its Markdown file. */
export function frontmatterField(id: string, field: string): string {
  const text = readFileSync(join(process.env.ARCHIVE_CONTENT ?? 'content', 'articles', `${id}.md`), 'utf8');
  const value = new RegExp(`^${field}:\\s*["']?([^"'\\n]+?)["']?\\s*$`, 'm').exec(text)?.[1];
  if (!value) throw new Error(`${id}.md has no ${field}: field`);
  return value;
}

/** The script an article was published in, from its frontmatter. */
export function publishedScript(id: string): 'hans' | 'hant' {
  const script = frontmatterField(id, 'script');
  if (script !== 'hans' && script !== 'hant') throw new Error(`${id}.md: script is ${script}`);
  return script;
}

/** Splits a result link `/zh-hant/articles/{id}/#t5` into its parts. */
export function parseResultLink(href: string | null): { locale: string; id: string; anchor: string } {
  const match = /^\/(zh-han[st])\/articles\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(href ?? '');
  if (!match) throw new Error(`not a passage link: ${href}`);
  return { locale: match[1]!, id: match[2]!, anchor: match[3] ?? '' };
}
