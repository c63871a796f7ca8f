/** The raw source texts, byte for byte as received (`content/sources/*.txt`), linked from each article's provenance panel. */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { contentRoot } from '../../lib/content-source.ts';
import { loadArchive } from '../../lib/load-archive.ts';

export async function getStaticPaths() {
  const sources = new Map<string, string>();
  for (const article of (await loadArchive()).articles('zh-hans')) {
    if (article.source) sources.set(article.source.id, resolve(contentRoot, 'sources', basename(article.source.file)));
  }
  return [...sources].map(([id, path]) => ({ params: { id }, props: { path } }));
}

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(String(props.path));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
