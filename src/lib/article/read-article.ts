/**
 * Reads an article file, the one way every tool does (the validator, the normalizer's output
 * check, the site's content loader, the search indexer, `npm run quote`, the benchmark):
 * bytes → UTF-8 text (decode-bytes) → limits checked before any parser (limits) → no invisible or
 * control characters (invisible) → frontmatter and body split with line numbers
 * (split-frontmatter) → YAML, core schema (read-yaml) → the zod schema → the body's model.
 * Each step's problem names the line (or byte) and the fix; reading stops at the first step that fails.
 */
import { DecodeError, decodeBytes, lineAtOffset } from './decode-bytes.ts';
import { findInvisible } from './invisible.ts';
import { articleLimits, checkLimits } from './limits.ts';
import { parseArticleBody, type ArticleModel } from './model.ts';
import { readYaml, type ReadYaml } from './read-yaml.ts';
import { articleSchema, type Article, type Speaker } from './schema.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A problem with an article file: where (line, column or byte offset; field), what, and the fix. */
export interface ArticleProblem {
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** 1-based column (in characters) on that line, when the problem is one character. */
  column?: number;
  /** 0-based byte offset in the file, for problems found before the bytes could be read as text. */
  offset?: number;
  /** Frontmatter field, e.g. `date` or `speakers[1].id`. */
  field?: string;
  /** What is wrong, one sentence. */
  problem: string;
  /** How to fix it, one sentence. */
  fix: string;
}

/** An article's text read up to its YAML: the parsed frontmatter (with positions) and the body. */
export interface ArticleText {
  yaml: ReadYaml;
  body: string;
  /** Lines before the body's first line. */
  bodyLineOffset: number;
}

/** A result of reading: the value, or the problems that stopped it. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: ArticleProblem[] };

/** Reads bytes up to the parsed YAML (every check before the schema). */
export function readArticleText(bytes: Uint8Array): ReadResult<ArticleText> {
  let text: string;
  try {
    text = decodeBytes(bytes, { policy: 'article', maxBytes: articleLimits.maxBytes }).text;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { ok: false, problems: [{ offset: error.offset, line: lineAtOffset(bytes, error.offset), problem: error.problem, fix: error.fix }] };
  }
  const limits = checkLimits(text);
  if (limits.length > 0) return { ok: false, problems: limits };
  const invisible = findInvisible(text, 1, 20);
  if (invisible.length > 0) {
    return {
      ok: false,
      problems: invisible.map(({ line, column, code, name }) => ({
        line,
        column,
        problem: `Column ${column} holds ${name} (${code}): it does not show, but changes how the text is read (before a turn label it hides the label, and the answer goes to the previous speaker).`,
        fix: 'Delete the character: retype the line, or search for it in an editor that shows invisible characters.',
      })),
    };
  }
  const split = splitFrontmatter(text);
  if (!split.ok) return { ok: false, problems: [split.error] };
  const yaml = readYaml(split.value.yaml, split.value.yamlFirstLine);
  if (!yaml.ok) return { ok: false, problems: yaml.errors.map(({ line, problem, fix }) => ({ line, problem: `The frontmatter is not valid YAML: ${problem}.`, fix })) };
  const data = yaml.value.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ line: 1, problem: data === null || data === undefined ? 'The frontmatter is empty.' : 'The frontmatter is not a set of `field: value` lines.', fix: 'Fill in the fields between the `---` lines; `npm run new` writes a complete example.' }] };
  }
  return { ok: true, value: { yaml: yaml.value, body: split.value.body, bodyLineOffset: split.value.bodyLineOffset } };
}

/** A read article: valid frontmatter, its body as written and as a model. */
export interface ReadArticle {
  data: Article;
  body: string;
  model: ArticleModel;
}

/** Reads an article's frontmatter (checked against the schema) and its body text, not yet parsed. */
export function readArticleEntry(bytes: Uint8Array): ReadResult<{ data: Article; body: string; bodyLineOffset: number }> {
  const text = readArticleText(bytes);
  if (!text.ok) return text;
  const { yaml, body, bodyLineOffset } = text.value;
  const parsed = articleSchema.safeParse(yaml.data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ line: (issue.code === 'unrecognized_keys' ? yaml.keyLineOf(issue.path, String(issue.keys[0])) : undefined) ?? yaml.lineOf(issue.path), field: issue.path.join('.'), problem: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}.`, fix: 'Correct the field; `npm run validate` explains each field and docs/article-format.md lists them.' })) };
  }
  return { ok: true, value: { data: parsed.data, body, bodyLineOffset } };
}

/**
 * Reads an article completely against the speakers registry; the problems are those of
 * {@link readArticleText}, the schema (with lines) and the body.
 */
export function readArticle(bytes: Uint8Array, registry: readonly Speaker[]): ReadResult<ReadArticle> {
  const entry = readArticleEntry(bytes);
  if (!entry.ok) return entry;
  const { data, body, bodyLineOffset } = entry.value;
  const model = parseArticleBody(body, { participants: data.speakers, registry }, bodyLineOffset);
  if (model.issues.length > 0) return { ok: false, problems: model.issues.map(({ line, message }) => ({ line, problem: message, fix: 'See docs/article-format.md for the body conventions.' })) };
  return { ok: true, value: { data, body, model } };
}

/**
 * The problems as one message for tools that stop at a bad file: `file:line problem (fix)`, one per
 * line. `file` may depend on the problem (the normalizer names the raw line a body line came from).
 */
export function describeProblems(file: string | ((problem: ArticleProblem) => string), problems: readonly ArticleProblem[]): string {
  return problems.map((p) => `${typeof file === 'string' ? file : file(p)}${p.line !== undefined ? `:${p.line}` : ''}${p.column !== undefined ? `:${p.column}` : ''} ${p.problem}\n  fix: ${p.fix}`).join('\n');
}

/** Reads an article or throws an error naming the file, the line and the fix of every problem. */
export function readArticleOrThrow(bytes: Uint8Array, registry: readonly Speaker[], file: string | ((problem: ArticleProblem) => string)): ReadArticle {
  const result = readArticle(bytes, registry);
  if (!result.ok) throw new Error(describeProblems(file, result.problems));
  return result.value;
}

/** Reads an article's frontmatter and body text (for loaders whose archive parses the body) or throws naming the file. */
export function readArticleEntryOrThrow(bytes: Uint8Array, file: string): { data: Article; body: string } {
  const result = readArticleEntry(bytes);
  if (!result.ok) throw new Error(describeProblems(file, result.problems));
  return { data: result.value.data, body: result.value.body };
}
