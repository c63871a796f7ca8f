/**
 * Cuts real normalized articles into the pieces the corpus generator recombines: prose blocks
 * (paragraphs, headings, figures), Q&A exchanges (a question and the answers that follow it, or
 * statements), host turns, and the frontmatter values (titles, authors, positions; each real article is a template
 * for outlet, region and event), per script.
 * Pieces are exact Markdown slices of the articles, so recombined text is real text.
 */
import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { boldLabelAt, classifyLabel } from '../../src/lib/article/labels.ts';
import { readArticleEntryOrThrow } from '../../src/lib/article/read-article.ts';
import type { Article, ArticleKind, ScriptCode } from '../../src/lib/article/schema.ts';

/** One article file: its name (for messages) and its text. */
export interface ArticleFile {
  name: string;
  text: string;
}

/** An article split into frontmatter and body. */
export interface ParsedArticle {
  frontmatter: Article;
  body: string;
}

/** Who a turn belongs to, from its label alone (the rules of docs/article-format.md). */
export type TurnKind = 'question' | 'host' | 'speaker';

/** A Q&A turn: its label and the Markdown after the label (its paragraphs and figures). */
export interface PoolTurn {
  kind: TurnKind;
  label: string;
  text: string;
}

/** A top-level block outside Q&A turns. */
export interface PoolProse {
  kind: 'paragraph' | 'heading' | 'figure';
  markdown: string;
}

/** Everything recombinable, for one script. */
export interface ScriptPool {
  /** The real articles: templates for kind, outlet, region and event of generated ones. */
  articles: { id: string; kind: ArticleKind; hasHost: boolean; outlet?: string; region: string; event?: string }[];
  prose: PoolProse[];
  /** A question turn followed by its answers, or speaker turns with no question (statements). */
  exchanges: PoolTurn[][];
  hostTurns: PoolTurn[];
  titles: string[];
  authors: string[];
  positions: string[];
  bodyBytes: number[];
}

/** The pool of both scripts. */
export type ArticlePool = Record<ScriptCode, ScriptPool>;

/** Splits an article file into validated frontmatter and body (src/lib/article/read-article.ts); throws naming the file. */
export function parseArticleFile(file: ArticleFile): ParsedArticle {
  const { data, body } = readArticleEntryOrThrow(new TextEncoder().encode(file.text), file.name);
  return { frontmatter: data, body };
}

/** Classifies a turn label: question (…记者), host (主持人) or a named speaker. */
export function turnKind(label: string): TurnKind {
  const labelClass = classifyLabel(label);
  return labelClass.kind === 'name' || labelClass.kind === 'answer' ? 'speaker' : labelClass.kind;
}

function slice(body: string, node: RootContent): string {
  return body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).trim();
}

/** Cuts one body into prose blocks and turns, in order. */
export function splitBody(body: string): ({ type: 'prose'; prose: PoolProse } | { type: 'turn'; turn: PoolTurn } | { type: 'break' })[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body) as Root;
  const out: ({ type: 'prose'; prose: PoolProse } | { type: 'turn'; turn: PoolTurn } | { type: 'break' })[] = [];
  let turn: PoolTurn | null = null;
  for (const node of tree.children) {
    const markdown = slice(body, node);
    const isFigure = node.type === 'containerDirective' && node.name === 'figure';
    if (node.type === 'paragraph') {
      const label = boldLabelAt(markdown);
      if (label) {
        turn = { kind: turnKind(label.label), label: label.label, text: label.rest };
        out.push({ type: 'turn', turn });
        continue;
      }
    }
    if (turn && (node.type === 'paragraph' || isFigure)) {
      turn.text = turn.text ? `${turn.text}\n\n${markdown}` : markdown;
      continue;
    }
    turn = null;
    if (node.type === 'paragraph') out.push({ type: 'prose', prose: { kind: 'paragraph', markdown } });
    else if (node.type === 'heading') out.push({ type: 'prose', prose: { kind: 'heading', markdown } });
    else if (isFigure) out.push({ type: 'prose', prose: { kind: 'figure', markdown } });
    else out.push({ type: 'break' });
  }
  return out;
}

/** Groups turns into exchanges: a question opens one, speaker turns join it; host turns stand alone. */
export function groupExchanges(turns: readonly PoolTurn[]): { exchanges: PoolTurn[][]; hostTurns: PoolTurn[] } {
  const exchanges: PoolTurn[][] = [];
  const hostTurns: PoolTurn[] = [];
  let current: PoolTurn[] | null = null;
  for (const turn of turns) {
    if (turn.kind === 'host') {
      hostTurns.push(turn);
      current = null;
    } else if (turn.kind === 'question' || !current) {
      current = [turn];
      exchanges.push(current);
    } else {
      current.push(turn);
    }
  }
  // An exchange must carry text in every turn: a label with nothing after it is not recombinable.
  return { exchanges: exchanges.filter((e) => e.every((t) => t.text.length > 0)), hostTurns: hostTurns.filter((t) => t.text.length > 0) };
}

function emptyScriptPool(): ScriptPool {
  return { articles: [], prose: [], exchanges: [], hostTurns: [], titles: [], authors: [], positions: [], bodyBytes: [] };
}

function addUnique(list: string[], value: string | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Builds the pool from parsed articles (sorted by id, so the pool does not depend on file order). */
export function buildPool(articles: readonly ParsedArticle[]): ArticlePool {
  const pool: ArticlePool = { hans: emptyScriptPool(), hant: emptyScriptPool() };
  const sorted = [...articles].sort((a, b) => a.frontmatter.id.localeCompare(b.frontmatter.id));
  for (const { frontmatter: fm, body } of sorted) {
    const target = pool[fm.script];
    const pieces = splitBody(body);
    const turns = pieces.flatMap((p) => (p.type === 'turn' ? [p.turn] : []));
    // A break (list, gap, rule) ends a run of turns: group each run separately.
    const runs: PoolTurn[][] = [[]];
    for (const piece of pieces) {
      if (piece.type === 'turn') runs[runs.length - 1]?.push(piece.turn);
      else runs.push([]);
    }
    for (const run of runs) {
      const grouped = groupExchanges(run);
      target.exchanges.push(...grouped.exchanges);
      target.hostTurns.push(...grouped.hostTurns);
    }
    target.prose.push(...pieces.flatMap((p) => (p.type === 'prose' ? [p.prose] : [])));
    target.articles.push({ id: fm.id, kind: fm.kind, hasHost: turns.some((t) => t.kind === 'host'), ...(fm.outlet ? { outlet: fm.outlet } : {}), region: fm.region, ...(fm.event ? { event: fm.event } : {}) });
    addUnique(target.titles, fm.title);
    fm.authors.forEach((author) => addUnique(target.authors, author));
    fm.speakers.forEach((speaker) => addUnique(target.positions, speaker.position));
    target.bodyBytes.push(Buffer.byteLength(body));
  }
  return pool;
}
