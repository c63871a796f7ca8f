/**
 * The hostile corpus end to end (tests/fixtures/hostile-site/): hand-written articles whose every
 * frontmatter field and body construct carries an HTML/JS payload, plus a raw text with payloads
 * run through `npm run import`, built with `npm run build` into a temporary folder. Every HTML page
 * of both scripts is visited in Chromium: no payload runs (the `window.__pwned` canary stays unset,
 * no dialog opens), no request leaves localhost (route interception), no element carries an event
 * handler attribute, and the payloads are shown as text. The feeds and the sitemap parse as XML,
 * the JSON exports parse, and no CSV cell starts like a formula. Links with `javascript:`/`data:`
 * are refused by validation (so the build stops) and are checked that way.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { build, runScript, serve, tempFolder } from './maintainer-build.ts';

test.describe.configure({ mode: 'serial' });

const fixture = join('tests', 'fixtures', 'hostile-site');
let root = '';
let dist = '';
let server: Awaited<ReturnType<typeof serve>> | undefined;
let pages: string[] = [];
let xmlFiles: string[] = [];

/** Every file under `dir` (relative, with forward slashes). */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = tempFolder('hostile');
  const content = join(root, 'content');
  mkdirSync(join(content, 'sources'), { recursive: true });
  cpSync(join(fixture, 'articles'), join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, 'speakers.yaml'), `${readFileSync('content/speakers.yaml', 'utf8').trimEnd()}\n${readFileSync(join(fixture, 'speakers.yaml'), 'utf8')}`);
  copyFileSync('content/sources/errata.yaml', join(content, 'sources', 'errata.yaml'));
  const imported = await runScript('scripts/import.ts', [join(fixture, 'press-release.txt'), '--region', '甘肃', '--outlet', '定西日报', '--title', "定西市召开<script>window.__pwned = 'flag title'</script>新闻发布会"], { ARCHIVE_CONTENT: content });
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.output}`);
  dist = join(root, 'dist');
  const built = await build(content, dist, join(root, 'cache'));
  if (built.status !== 0) throw new Error(`build failed:\n${built.output.slice(-4000)}`);
  const files = walk(dist);
  pages = files.filter((f) => f.endsWith('.html')).map((f) => `/${f.replace(/index\.html$/, '')}`).sort();
  xmlFiles = files.filter((f) => f.endsWith('.xml')).map((f) => `/${f}`);
  server = await serve(dist);
});

test.afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A context that records every request leaving localhost (and aborts it) and every dialog. */
async function guarded(context: BrowserContext): Promise<{ external: string[]; dialogs: string[]; watch: (page: Page) => void }> {
  const external: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:'].includes(url.protocol) && ['localhost', '127.0.0.1'].includes(url.hostname)) return route.continue();
    external.push(url.href);
    return route.abort();
  });
  const watch = (page: Page): void => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  return { external, dialogs, watch };
}

/** What a page shows of the payloads, and whether any ran. */
async function inspect(page: Page): Promise<{ pwned: unknown; handlers: string[]; embeds: string[] }> {
  // Hovering and focusing give onmouseover / onfocus payloads their chance to run.
  await page.mouse.move(200, 200);
  await page.mouse.move(400, 500);
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`)),
    embeds: [...document.querySelectorAll('iframe, object, embed, video, audio, math, [srcdoc], [src*="evil.example"], link[href*="evil.example"], [style*="evil.example"]')].map((el) => el.outerHTML.slice(0, 80)),
  }));
}

test('the hostile build has every page kind in both scripts', () => {
  for (const locale of ['zh-hans', 'zh-hant']) {
    for (const kind of ['', 'archive/', 'articles/2024-07-01-hostile-frontmatter/', 'speakers/', 'speakers/zhang-hostile/', 'outlets/', 'regions/', 'search/', '404/']) {
      expect(pages, `${locale}/${kind}`).toContain(`/${locale}/${kind}`);
    }
    expect(pages.some((p) => p.startsWith(`/${locale}/outlets/`) && p !== `/${locale}/outlets/`)).toBe(true);
    expect(pages.some((p) => p.startsWith(`/${locale}/regions/`) && p !== `/${locale}/regions/`)).toBe(true);
  }
  expect(pages.length).toBeGreaterThan(20);
});

test('no payload runs and no request leaves localhost on any page', async ({ browser }) => {
  test.setTimeout(600_000);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { external, dialogs, watch } = await guarded(context);
  const problems: string[] = [];
  const page = await context.newPage();
  watch(page);
  const visits = [...pages, '/zh-hans/search/?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', '/zh-hant/search/?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '/zh-hans/no-such-page/<script>alert(1)</script>'];
  for (const path of visits) {
    await page.goto(server!.url + path);
    await page.waitForLoadState('networkidle');
    const seen = await inspect(page);
    if (seen.pwned !== undefined) problems.push(`${path}: window.__pwned = ${String(seen.pwned)}`);
    if (seen.handlers.length) problems.push(`${path}: event handler attributes ${seen.handlers.join(' ')}`);
    if (seen.embeds.length) problems.push(`${path}: embedded elements ${seen.embeds.join(' ')}`);
  }
  await context.close();
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(external).toEqual([]);
});

test('control: the same detectors catch a payload that does run', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { external, dialogs, watch } = await guarded(context);
  const page = await context.newPage();
  watch(page);
  await page.goto(`${server!.url}/zh-hans/`);
  // Injected outside the site: what the site would look like if it rendered a payload as HTML.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', `<img src="https://evil.example/control.png" onerror="window.__pwned = 'control'; alert('control')">`);
  });
  await expect.poll(() => dialogs.length).toBe(1);
  const seen = await inspect(page);
  await context.close();
  expect(seen.pwned).toBe('control');
  expect(seen.handlers).toEqual(['<img onerror>']);
  expect(external).toEqual(['https://evil.example/control.png']);
});

test('the payloads are shown as text where a reader sees them', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { external } = await guarded(context);
  const page = await context.newPage();
  await page.goto(`${server!.url}/zh-hans/articles/2024-07-01-hostile-frontmatter/`);
  expect(await page.title()).toContain("标题</title><script>window.__pwned = 'title'; alert('title')</script>");
  const body = await page.locator('main').innerText();
  for (const text of [
    "<script>window.__pwned = 'body script'; alert('body script')</script>",
    '<img src="https://evil.example/body.png" onerror="window.__pwned = \'img onerror\'; alert(1)">',
    "<script>window.__pwned = 'label'</script>记者",
    '<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
    '<script src="//evil.example/outlet.js"></script>恶意日报',
  ]) {
    expect(body).toContain(text);
  }
  // No link the page renders points anywhere but http(s) or the archive.
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
  await page.goto(`${server!.url}/zh-hans/articles/2025-04-08-ding-xi-shi-zhao-kai-script/`);
  const imported = await page.locator('main').innerText();
  expect(imported).toContain("<script>window.__pwned = 'source title'; alert(1)</script>");
  expect(imported).toContain('<svg onload="window.__pwned = \'source svg\'"></svg>');
  await context.close();
  expect(external).toEqual([]);
});

test('feeds and the sitemap are well-formed XML; JSON exports parse; no CSV cell starts like a formula', async ({ page }) => {
  await page.goto(`${server!.url}/zh-hans/`);
  expect(xmlFiles.length).toBeGreaterThan(4);
  for (const path of xmlFiles) {
    const error = await page.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      return doc.querySelector('parsererror')?.textContent ?? null;
    }, path);
    expect(error, path).toBeNull();
  }
  const feed = await (await page.request.get(`${server!.url}/zh-hans/feed.xml`)).text();
  expect(feed).toContain('标题&lt;/title&gt;&lt;script&gt;');
  for (const name of ['articles.zh-hans', 'turns.zh-hant']) {
    const json = await (await page.request.get(`${server!.url}/exports/${name}.json`)).text();
    expect(() => JSON.parse(json), name).not.toThrow();
    const csv = await (await page.request.get(`${server!.url}/exports/${name}.csv`)).text();
    // Every cell (quoted or not) after a separator or a line start.
    const cells = [...csv.replace(/^\uFEFF/, '').matchAll(/(?:^|,|\r\n)("(?:[^"]|"")*"|[^,\r\n]*)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, ''));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)), name).toEqual([]);
    if (name === 'articles.zh-hans') expect(csv).toContain(`'=HYPERLINK(""https://evil.example"",""点击"")`);
  }
});

test('javascript: and data: links are refused by validation (the build would stop)', async () => {
  const content = join(root, 'refused');
  mkdirSync(join(content, 'articles'), { recursive: true });
  copyFileSync('content/speakers.yaml', join(content, 'speakers.yaml'));
  cpSync(join(fixture, 'refused'), join(content, 'articles'), { recursive: true });
  const result = await runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT: content });
  expect(result.status).toBe(1);
  expect(result.output.match(/A link uses the URL scheme “(javascript|data):”/g)).toHaveLength(4);
});
