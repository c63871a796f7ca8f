/**
 * `npm run new -- --title 标题 --date 2024-06-13 [--outlet 甘肃日报] [--script hans|hant]
 * [--region 甘肃] [--kind press-conference|interview|report] [--speaker ren-zhenhe …] [--id …]`:
 * scaffolds a new hand-written article in `<content>/articles/<id>.md` (content: ARCHIVE_CONTENT or
 * `content/`) with a fresh ASCII id (date + pinyin of the title), every field filled in and a body
 * skeleton to replace. Checks the file it made with the validator and never overwrites a file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { articleKindSchema, asciiId, scriptSchema } from '../src/lib/article/schema.ts';
import { contentDir } from './lib/paths.ts';
import { renderArticleTemplate } from './lib/scaffold/article-template.ts';
import { checkArticle } from './lib/validate/check-article.ts';
import { checkRegistry } from './lib/validate/check-registry.ts';
import { formatIssue } from './lib/validate/issue.ts';
import { articleIdFor, freshId } from '../src/lib/article/ids.ts';

const usage = 'usage: npm run new -- --title 标题 --date YYYY-MM-DD [--outlet 媒体] [--script hans|hant] [--region 地区] [--kind press-conference|interview|report] [--speaker <registry id>]… [--id <ascii-id>]';
const fail = (message: string): never => {
  console.error(`new: ${message}\n${usage}`);
  process.exit(1);
};

let values;
try {
  ({ values } = parseArgs({
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      outlet: { type: 'string', default: '待补充' },
      script: { type: 'string', default: 'hans' },
      region: { type: 'string', default: '待补充' },
      kind: { type: 'string', default: 'press-conference' },
      speaker: { type: 'string', multiple: true, default: [] },
      id: { type: 'string' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
const { title, date, outlet, region, speaker: speakerIds } = values!;
if (!title?.trim()) fail('--title is required, e.g. --title 加快建设幸福美好新甘肃');
if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) fail(`--date must be a real date YYYY-MM-DD, e.g. --date 2024-06-13 (got ${date ?? 'nothing'})`);
const script = scriptSchema.safeParse(values!.script);
if (!script.success) fail(`--script must be hans or hant (got ${values!.script})`);
const kind = articleKindSchema.safeParse(values!.kind);
if (!kind.success) fail(`--kind must be press-conference, interview or report (got ${values!.kind})`);

const root = contentDir();
const articlesDir = join(root, 'articles');
const registryPath = join(root, 'speakers.yaml');
const registry = checkRegistry(relative(process.cwd(), registryPath) || registryPath, existsSync(registryPath) ? readFileSync(registryPath) : null);
const speakers = speakerIds!.map((id) => registry.speakers?.find((speaker) => speaker.id === id) ?? fail(`--speaker ${id}: content/speakers.yaml has no speaker with this id. Add the person there first (see “Adding a new speaker” in README.md).`));

const taken = new Set(existsSync(articlesDir) ? readdirSync(articlesDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : []);
// An id given with --id is taken as it is (and refused if its file exists); a made one is de-duplicated.
if (values!.id !== undefined && !asciiId.safeParse(values!.id).success) fail(`--id ${values!.id} is not ASCII-safe: use lower-case ASCII letters and digits joined by single hyphens.`);
const id = values!.id ?? freshId(articleIdFor(date!, title!.trim()), taken);
const file = join(articlesDir, `${id}.md`);
const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
const text = renderArticleTemplate({ id, title: title!.trim(), date: date!, outlet: outlet!, region: region!, kind: kind.data!, script: script.data!, speakers });

// The scaffold must itself be valid: a maintainer starts from something that builds.
const check = checkArticle({ file: shown, name: id, bytes: new TextEncoder().encode(text) }, registry.speakers);
if (check.issues.length > 0) fail(`the scaffold would not be valid (a bug in scripts/lib/scaffold/article-template.ts):\n${check.issues.map(formatIssue).join('\n')}`);

if (!existsSync(articlesDir)) fail(`${articlesDir}/ does not exist; run this in the repository (or set ARCHIVE_CONTENT to a content folder).`);
try {
  // `wx`: fail instead of overwriting, even if the file appeared since the id was chosen.
  writeFileSync(file, text, { flag: 'wx' });
} catch (error) {
  fail(`${shown} already exists; nothing was written (${(error as Error).message}).`);
}
console.log(`new: created ${shown}\n  Fill in the fields marked 待补充 and replace the （…） placeholders, then run: npm run validate`);
