/**
 * Link checker over a built site: every internal link (`href`, `src`) must name a file of the build
 * and, with a `#fragment`, an element id on that page; any link leaving the site is reported too
 * (built pages make no external request). Pure: the caller reads the files.
 */

/** A file of the build, by its site path (`/zh-hans/articles/x/index.html`) and, for HTML, its text. */
export interface BuiltFile {
  path: string;
  html?: string;
}

/** One broken link. */
export interface BrokenLink {
  /** Page the link is on. */
  from: string;
  /** The link as written. */
  href: string;
  /** What is wrong. */
  reason: 'missing-page' | 'missing-anchor' | 'external';
}

const attribute = /\s(?:href|src)="([^"]*)"/g;
const idAttribute = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every `href`/`src` value of an HTML text, in order. */
export function extractLinks(html: string): string[] {
  return [...html.matchAll(attribute)].map((m) => decodeEntities(m[1] ?? ''));
}

/** Every element id of an HTML text. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(idAttribute)].map((m) => decodeEntities(m[1] ?? '')));
}

/** The site path a directory-style URL is served from: `/a/` → `/a/index.html`. */
export function fileOf(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/**
 * Checks every link of every HTML file against the set of built files.
 * @example findBrokenLinks([{ path: '/a/index.html', html: '<a href="/b/">' }]) // [{ from: '/a/index.html', href: '/b/', reason: 'missing-page' }]
 */
export function findBrokenLinks(files: readonly BuiltFile[], origin = 'http://site.invalid'): BrokenLink[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: BuiltFile): Set<string> => {
    let set = ids.get(file.path);
    if (!set) ids.set(file.path, (set = extractIds(file.html ?? '')));
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    if (file.html === undefined) continue;
    for (const href of extractLinks(file.html)) {
      if (href.startsWith('data:') || href.startsWith('mailto:')) continue;
      const url = new URL(href, new URL(file.path, origin));
      if (url.origin !== origin) {
        broken.push({ from: file.path, href, reason: 'external' });
        continue;
      }
      const target = byPath.get(fileOf(decodeURIComponent(url.pathname)));
      if (!target) {
        broken.push({ from: file.path, href, reason: 'missing-page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(target).has(fragment)) broken.push({ from: file.path, href, reason: 'missing-anchor' });
    }
  }
  return broken;
}
