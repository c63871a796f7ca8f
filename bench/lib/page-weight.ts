/**
 * What a reader downloads for one page, from the built files: the HTML and the stylesheets it links,
 * gzipped as a CDN would serve them, and the scripts it references (a reading page should need none).
 */
import { gzipSync } from 'node:zlib';

/** Bytes of a page, plain and gzipped. */
export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  cssFiles: number;
  cssGzipBytes: number;
  /** HTML + linked CSS, gzipped. */
  totalGzipBytes: number;
  /** `<script src>` files referenced and their gzipped bytes, plus inline script bytes. */
  scriptFiles: number;
  scriptGzipBytes: number;
  inlineScriptBytes: number;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** URL paths of the stylesheets a page links. */
export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /\brel\s*=\s*["']?stylesheet/i.test(tag)).flatMap((tag) => attribute(tag, 'href') ?? []);
}

/** External script sources and inline script bodies of a page (JSON data blocks are not scripts). */
export function scripts(html: string): { sources: string[]; inline: string[] } {
  const sources: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = match[1] ?? '';
    const type = attribute(`<x ${tag}>`, 'type');
    if (type && !/module|javascript/i.test(type)) continue;
    const src = attribute(`<x ${tag}>`, 'src');
    if (src) sources.push(src);
    else if ((match[2] ?? '').trim()) inline.push(match[2] ?? '');
  }
  return { sources, inline };
}

/** Weighs a page; `readAsset` returns a linked file's content by URL path, or undefined when missing. */
export function pageWeight(html: string, readAsset: (urlPath: string) => Buffer | undefined): PageWeight {
  const gz = (data: Buffer | string): number => gzipSync(data).length;
  const css = stylesheetHrefs(html).flatMap((href) => readAsset(href) ?? []);
  const { sources, inline } = scripts(html);
  const js = sources.flatMap((src) => readAsset(src) ?? []);
  const htmlGzipBytes = gz(html);
  const cssGzipBytes = css.reduce((total, file) => total + gz(file), 0);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes,
    cssFiles: css.length,
    cssGzipBytes,
    totalGzipBytes: htmlGzipBytes + cssGzipBytes,
    scriptFiles: js.length,
    scriptGzipBytes: js.reduce((total, file) => total + gz(file), 0),
    inlineScriptBytes: inline.reduce((total, body) => total + Buffer.byteLength(body), 0),
  };
}
