/** Data exports: `/exports/{articles|turns}.{locale}.{json|csv}`, every article and every Q&A turn in each script. */
import type { APIRoute } from 'astro';
import { localeList, type Locale } from '../../i18n/locales.ts';
import { articleColumns, articleRecords, csvPieces, turnColumns, turnRecords, type ArticleRecord, type TurnRecord } from '../../lib/exports.ts';
import { loadArchive } from '../../lib/load-archive.ts';
import { jsonListPieces, largeFileResponse } from '../../lib/render/stream-text.ts';
import { exportUrl, type ExportDataset, type ExportFormat } from '../../lib/urls.ts';

const datasets: ExportDataset[] = ['articles', 'turns'];
const formats: ExportFormat[] = ['json', 'csv'];

export function getStaticPaths() {
  return datasets.flatMap((dataset) =>
    localeList.flatMap((locale) => formats.map((format) => ({ params: { file: `${dataset}.${locale}.${format}` }, props: { dataset, locale, format } }))),
  );
}

/**
 * Records of one dataset and locale, built once for both formats and dropped once both are written
 * (they hold the text of every article).
 */
const recordsOf = new Map<string, { rows: Promise<ArticleRecord[] | TurnRecord[]>; left: number }>();
function records(dataset: ExportDataset, locale: Locale, site: URL | undefined): Promise<ArticleRecord[] | TurnRecord[]> {
  const key = `${dataset}.${locale}`;
  let known = recordsOf.get(key);
  if (!known) {
    known = { rows: loadArchive().then((archive) => (dataset === 'articles' ? articleRecords : turnRecords)(archive.articles(locale), site)), left: formats.length };
    recordsOf.set(key, known);
  }
  if (--known.left === 0) recordsOf.delete(key);
  return known.rows;
}

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset, locale, format } = props as { dataset: ExportDataset; locale: Locale; format: ExportFormat };
  // The public origin when configured (ARCHIVE_SITE), else site paths: never a guessed localhost.
  const rows = await records(dataset, locale, site);
  // Written a record at a time: the file holds the text of every article, never one string.
  const pieces =
    format === 'json' ? jsonListPieces(rows)
    : dataset === 'articles' ? csvPieces(rows as ArticleRecord[], articleColumns) : csvPieces(rows as TurnRecord[], turnColumns);
  const type = format === 'json' ? 'application/json' : 'text/csv';
  return largeFileResponse(exportUrl(dataset, locale, format).slice(1), pieces, { 'Content-Type': `${type}; charset=utf-8` });
};
