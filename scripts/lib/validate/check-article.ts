/**
 * Checks one article file, in the order a reader would: the reading steps of
 * src/lib/article/read-article.ts (bytes, limits, invisible characters, frontmatter fences, YAML) →
 * schema → id and file name → speakers in the registry → the body's Q&A labels, directives and
 * links. Stops when the reading steps fail (nothing after them could be checked); past that point
 * every problem is collected, also in fields next to an invalid one.
 */
import { parseArticleBody } from '../../../src/lib/article/model.ts';
import { z } from 'zod';
import { articleSchema, asciiId, dateBasisSchema, participantSchema, provenanceSchema, repairSchema, type Article, type Participant, type Speaker } from '../../../src/lib/article/schema.ts';
import { isSafeLinkUrl, linkUrls, urlScheme } from './check-link-urls.ts';
import { checkSource, type SourceFiles } from './check-source.ts';
import { articleFieldHints } from './field-hints.ts';
import type { ValidationIssue } from './issue.ts';
import { suggestArticleId } from '../../../src/lib/article/ids.ts';
import { readArticleText } from '../../../src/lib/article/read-article.ts';
import type { DataPath } from '../../../src/lib/article/read-yaml.ts';
import { describeSchemaIssues } from './schema-issues.ts';

/** One article file to check. */
export interface ArticleFile {
  /** Path shown in messages, e.g. `content/articles/2024-06-13-x.md`. */
  file: string;
  /** File name without `.md`: must equal the id. */
  name: string;
  bytes: Uint8Array;
}

/** The article's id and line (when its frontmatter could be read) and its problems. */
export interface ArticleCheck {
  id?: string;
  idLine?: number;
  issues: ValidationIssue[];
  /** The article as the site's reader gives it (`readArticleEntry()`), when its frontmatter is valid. */
  entry?: { data: Article; body: string };
}

/** Fields a mapping at a path may hold, for “unknown field” messages. */
function knownFields(path: DataPath): readonly string[] {
  const top = path.find((part) => typeof part === 'string');
  const shapes: Record<string, object> = { speakers: participantSchema.shape, dateBasis: dateBasisSchema.shape, source: provenanceSchema.shape, repairs: repairSchema.shape };
  return Object.keys(top === undefined ? articleSchema.shape : (shapes[top] ?? {}));
}

/**
 * Checks one article against the registry (null: the registry is unreadable, speaker checks are
 * skipped) and the raw texts (null: not checked, e.g. for a scaffold that has no source).
 */
export function checkArticle({ file, name, bytes }: ArticleFile, registry: readonly Speaker[] | null, sources: SourceFiles | null = null): ArticleCheck {
  const read = readArticleText(bytes);
  if (!read.ok) return { issues: read.problems.map((problem) => ({ file, ...problem })) };
  const { yaml, body, bodyLineOffset } = read.value;
  const data = yaml.data as Record<string, unknown>;
  const rawId = (data as Record<string, unknown>).id;
  const idLine = yaml.lineOf(['id']);
  const id = typeof rawId === 'string' ? rawId : undefined;
  const parsed = articleSchema.safeParse(data);
  const lineOf = (path: DataPath): number => yaml.lineOf(path);
  if (parsed.success) {
    const { id: validId, speakers, source } = parsed.data;
    return { id: validId, idLine, issues: [...checkSource(file, { source }, sources, lineOf), ...checkParts(file, name, { id: validId, speakers }, registry, body, bodyLineOffset, lineOf)], entry: { data: parsed.data, body } };
  }
  const problems = describeSchemaIssues(parsed.error.issues, yaml, articleFieldHints, knownFields);
  const schemaIssues = problems.map((problem) => {
    const suggestion = problem.field === 'id' && id && problem.problem.includes('ASCII') ? suggestArticleId(typeof (data as { date?: unknown }).date === 'string' ? String((data as { date: string }).date) : '', id) : '';
    return { file, ...problem, fix: suggestion ? `Use an ASCII id such as \`id: ${suggestion}\` and name the file ${suggestion}.md.` : problem.fix };
  });
  // The fields that are valid on their own are still checked, so one run lists every problem.
  const record = data as Record<string, unknown>;
  const validId = asciiId.safeParse(record.id);
  const speakers = z.array(participantSchema).safeParse(record.speakers ?? []);
  const source = provenanceSchema.optional().safeParse(record.source);
  const parts = { ...(validId.success ? { id: validId.data } : {}), ...(speakers.success ? { speakers: speakers.data } : {}) };
  return {
    ...(id ? { id, idLine } : {}),
    issues: [...schemaIssues, ...(source.success ? checkSource(file, { source: source.data }, sources, lineOf) : []), ...checkParts(file, name, parts, registry, body, bodyLineOffset, lineOf)],
  };
}

/** Checks that need a valid id or valid speakers: file name, registry references, the body. */
function checkParts(file: string, name: string, article: { id?: string; speakers?: Participant[] }, registry: readonly Speaker[] | null, body: string, bodyLineOffset: number, lineOf: (path: DataPath) => number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (article.id !== undefined && article.id !== name) {
    issues.push({ file, line: lineOf(['id']), field: 'id', problem: `The id “${article.id}” is not the file name “${name}.md”.`, fix: `Rename the file to ${article.id}.md, or set \`id: ${name}\` (the id is the file name and the URL).` });
  }
  // Labels can only be resolved against valid speakers.
  if (article.speakers === undefined) return issues;
  // Without a readable registry the speaker checks would only repeat the registry's own problem.
  if (registry === null) return issues;
  const known = new Set(registry.map((speaker) => speaker.id));
  const { speakers } = article;
  speakers.forEach((participant, index) => {
    if (!known.has(participant.id)) {
      issues.push({
        file,
        line: lineOf(['speakers', index, 'id']),
        field: `speakers[${index}].id`,
        problem: `Unknown speaker “${participant.id}”: content/speakers.yaml has no speaker with this id.`,
        fix: 'Correct the id, or add the person to content/speakers.yaml (`- id: …` with `name: { hans: …, hant: … }`).',
      });
    }
  });
  // Labels are resolved only against speakers the registry knows; the unknown ones are reported above.
  const participants = speakers.filter((participant) => known.has(participant.id));
  const model = parseArticleBody(body, { participants, registry }, bodyLineOffset);
  for (const { line, message } of model.issues) {
    const [problem, fix] = splitModelMessage(message);
    issues.push({ file, line, problem, fix });
  }
  const bodyLines = body.split('\n');
  for (const url of linkUrls(model.blocks).filter((u) => !isSafeLinkUrl(u))) {
    // The model keeps no inline positions: the link is on the first body line that holds its URL's scheme.
    const scheme = urlScheme(url)!;
    const index = bodyLines.findIndex((text) => text.toLowerCase().includes(`${scheme}:`));
    issues.push({
      file,
      ...(index === -1 ? {} : { line: bodyLineOffset + index + 1 }),
      problem: `A link uses the URL scheme “${scheme}:”, which would run code or load data when a reader clicks it.`,
      fix: 'Link only to http(s) pages, mailto: addresses or pages of the archive (e.g. /zh-hans/articles/…), or remove the link and keep its text.',
    });
  }
  return issues;
}

/** The model's messages say what is wrong, then (after the first sentence) what to do. */
export function splitModelMessage(message: string): [string, string] {
  const cut = message.search(/\. (?=[A-Z])|; (?=the archive|use )/);
  if (cut === -1) return [message, 'See docs/article-format.md for the body conventions.'];
  const problem = `${message.slice(0, cut)}.`;
  const rest = message.slice(cut + 2);
  return [problem, rest.charAt(0).toUpperCase() + rest.slice(1) + (/[.。]$/.test(rest) ? '' : '.')];
}
