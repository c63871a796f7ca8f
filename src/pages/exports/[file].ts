/** Data exports: `/exports/{articles|turns}.{locale}.{json|csv}`, every article and every Q&A turn in each script. */
import type { APIRoute } from 'astro';
import { localeList, type Locale } from '../../i18n/locales.ts';
import { articleColumns, articleRecords, toCsv, turnColumns, turnRecords } from '../../lib/exports.ts';
import { loadArchive } from '../../lib/load-archive.ts';
import type { ExportDataset, ExportFormat } from '../../lib/urls.ts';

const datasets: ExportDataset[] = ['articles', 'turns'];
const formats: ExportFormat[] = ['json', 'csv'];

export function getStaticPaths() {
  return datasets.flatMap((dataset) =>
    localeList.flatMap((locale) => formats.map((format) => ({ params: { file: `${dataset}.${locale}.${format}` }, props: { dataset, locale, format } }))),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset, locale, format } = props as { dataset: ExportDataset; locale: Locale; format: ExportFormat };
  // The public origin when configured (ARCHIVE_SITE), else site paths: never a guessed localhost.
  const base = site;
  const articles = (await loadArchive()).articles(locale);
  const body =
    dataset === 'articles'
      ? format === 'json' ? JSON.stringify(articleRecords(articles, base), null, 1) : toCsv(articleRecords(articles, base), articleColumns)
      : format === 'json' ? JSON.stringify(turnRecords(articles, base), null, 1) : toCsv(turnRecords(articles, base), turnColumns);
  const type = format === 'json' ? 'application/json' : 'text/csv';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
