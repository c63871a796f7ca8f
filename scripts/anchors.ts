/**
 * `npm run anchors -- --check | --accept [--content <folder>]`: the ledger of published anchors.
 * --check (part of `npm test`) exits 1 when an article's anchors differ from its committed ledger
 * (`content/anchors/<id>.lock`), naming the article and every anchor that would vanish or change
 * meaning. --accept records the current anchors: unchanged and edited passages keep their ids, new
 * ones get fresh ids, removed or merged ones are retired and lead to their successor.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticleBody } from '../src/lib/article/model.ts';
import { AnchorLedgerError } from '../src/lib/article/anchor-ledger-format.ts';
import { ledgerDir, ledgerPath } from '../src/lib/article/anchor-ledger-file.ts';
import { readArticleEntryOrThrow } from '../src/lib/article/read-article.ts';
import { readRegistryOrThrow } from '../src/lib/article/read-registry.ts';
import { createConverter } from '../src/lib/convert.ts';
import { ledgerStatuses, type AnchoredArticle, type LedgerFile } from './lib/anchor-ledgers.ts';
import { contentDir } from './lib/paths.ts';

const usage = 'usage: npm run anchors -- --check | --accept [--content <folder>]';
const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, accept: { type: 'boolean', default: false }, content: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help || values.check === values.accept) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
const root = values.content ?? contentDir();
const shown = (path: string): string => relative(process.cwd(), path) || path;

let articles: AnchoredArticle[];
const ledgers = new Map<string, LedgerFile>();
try {
  const registryFile = join(root, 'speakers.yaml');
  const registry = readRegistryOrThrow(readFileSync(registryFile), shown(registryFile));
  const folder = join(root, 'articles');
  // The site's converter (speakers protected), so fingerprints fold exactly as the build's do.
  const convert = createConverter(registry.map((s) => s.name));
  articles = readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => {
    const file = join(folder, name);
    const { data, body } = readArticleEntryOrThrow(readFileSync(file), shown(file));
    const script = data.script;
    return { id: data.id, file: shown(file), blocks: parseArticleBody(body, { participants: data.speakers, registry }).blocks, fold: (text: string) => convert(text, script, 'hans') };
  });
  let names: string[] = [];
  try {
    names = readdirSync(ledgerDir(root)).filter((name) => name.endsWith('.lock'));
  } catch {
    // No ledger folder yet: every article is unrecorded.
  }
  for (const name of names) ledgers.set(name.slice(0, -'.lock'.length), { path: shown(join(ledgerDir(root), name)), text: readFileSync(join(ledgerDir(root), name), 'utf8') });
} catch (error) {
  console.error(`anchors: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

let statuses;
try {
  statuses = ledgerStatuses(articles, ledgers, (id) => shown(ledgerPath(root, id)));
} catch (error) {
  if (!(error instanceof AnchorLedgerError)) throw error;
  console.error(`anchors: ${error.message}`);
  process.exit(2);
}
const stale = statuses.filter((s) => !s.upToDate);

if (values.check) {
  for (const status of stale) for (const message of status.messages) console.error(`✖ ${status.file}: ${message}`);
  if (stale.length > 0) {
    console.error(`anchors: ${stale.length} of ${statuses.length} articles differ from their ledgers in ${shown(ledgerDir(root))}/. If the changes are intended, run \`npm run anchors -- --accept\` and commit ${shown(ledgerDir(root))}/.`);
    process.exit(1);
  }
  console.log(`anchors: the published anchors of ${articles.length} articles match their ledgers in ${shown(ledgerDir(root))}/.`);
} else {
  mkdirSync(ledgerDir(root), { recursive: true });
  for (const status of stale) {
    const path = status.ledgerPath ?? shown(ledgerPath(root, status.id));
    if (status.expected === undefined) {
      rmSync(path);
      console.log(`anchors: removed ${path} (${status.messages.join('; ')})`);
      continue;
    }
    // Written next to its place and renamed over it: a ledger is never half-written.
    writeFileSync(`${path}.tmp`, status.expected);
    renameSync(`${path}.tmp`, path);
    console.log(`anchors: recorded ${path}${status.messages.length > 0 ? `:\n  ${status.messages.join('\n  ')}` : ''}`);
  }
  console.log(`anchors: ${stale.length === 0 ? 'every ledger was already up to date' : `${stale.length} ledgers written`} (${articles.length} articles).`);
}
