/**
 * Crawler over the built site (no browser): every internal link and anchor of every HTML page
 * resolves, and no page links outside the site. Runs on ARCHIVE_DIST like the other e2e tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { findBrokenLinks, type BuiltFile } from '../../scripts/lib/check-links.ts';

const dist = process.env.ARCHIVE_DIST ?? 'dist';

function builtFiles(): BuiltFile[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return files.map((entry) => {
    const full = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, full).split(sep).join('/')}`;
    return entry.name.endsWith('.html') ? { path, html: readFileSync(full, 'utf8') } : { path };
  });
}

test('no internal link or anchor in the build is broken, and nothing links outside the site', () => {
  const files = builtFiles();
  const pages = files.filter((f) => f.html !== undefined);
  // The site has both scripts of every page kind: a build this small means the crawl saw nothing.
  expect(pages.filter((p) => p.path.includes('/articles/')).length).toBeGreaterThanOrEqual(2);
  expect(pages.filter((p) => p.path.includes('/speakers/')).length).toBeGreaterThanOrEqual(2);
  const links = pages.reduce((n, page) => n + (page.html?.match(/\shref="/g)?.length ?? 0), 0);
  expect(links).toBeGreaterThan(pages.length * 5);
  expect(findBrokenLinks(files)).toEqual([]);
});

test('no page of the build has two elements with the same id (an anchor must name one place)', () => {
  const duplicates: string[] = [];
  for (const page of builtFiles()) {
    if (page.html === undefined) continue;
    const seen = new Set<string>();
    for (const [, id] of page.html.matchAll(/\sid="([^"]*)"/g)) {
      if (seen.has(id as string)) duplicates.push(`${page.path}#${id}`);
      seen.add(id as string);
    }
  }
  expect(duplicates).toEqual([]);
});
