/**
 * One raw text → its articles, in memory, through the stages of stage-list.ts in that order (each
 * call goes through `stageRunner`, which refuses any other order). Pure: the CLI reads the files
 * and writes the results. Every change is counted by rule; every decision goes to the report.
 */
import type { ArticleInput, ScriptCode, Speaker } from '../../../src/lib/article/schema.ts';
import type { SourceMeta } from '../source-meta.ts';
import { toBodyItems } from '../stages/captions.ts';
import { detectScript } from '../stages/detect-script.ts';
import { renderArticle, sourceLinesAt } from '../../../src/lib/article/write-article.ts';
import { layoutArticles } from '../stages/layout.ts';
import { buildFrontmatter } from '../stages/metadata.ts';
import type { Decision, Removal, Unit } from '../stages/model.ts';
import type { BodyItem } from '../../../src/lib/article/body-items.ts';
import { labelTurns } from '../stages/parse-qa.ts';
import { toFullWidthPunctuation } from '../stages/punctuation.ts';
import { repairTraditionalLeftovers } from '../stages/traditional-leftovers.ts';
import { createTracingConverter } from '../../../src/lib/convert.ts';
import { reflowParagraphs } from '../stages/reflow.ts';
import { repairNotes } from '../stages/repair-notes.ts';
import { mergeSpeakers } from '../stages/speakers.ts';
import { splitSourceBlocks } from '../stages/split-blocks.ts';
import { mergeReport, stageRunner } from './stage-list.ts';
import { removeInvisible } from '../../../src/lib/article/invisible.ts';
import { decodeHtmlRemnants, type MarkupResult } from '../stages/html-remnants.ts';
import { readArticleOrThrow } from '../../../src/lib/article/read-article.ts';

/** A change of the byte-level repair stage (pinyin annotations, GBK realignment, errata). */
export interface TextChange {
  rule: string;
  offset: number;
  before: string;
  after: string;
  confidence?: number;
  evidence?: string;
}

/** The byte-level stages, injected so the pipeline stays pure and testable. */
export interface ByteStages {
  decode(bytes: Uint8Array): { text: string; encoding: string; bom?: boolean; newlines?: string };
  repair(text: string, source: string): { text: string; changes: readonly TextChange[]; unresolved: readonly unknown[] };
}

/** What the pipeline needs to know about one raw text. */
export interface SourceInput {
  id: string;
  /** The raw text's path in the archive (`content/sources/…`), recorded in each article's `source`. */
  file: string;
  /**
   * The file a problem or warning names, when the text is not at `file` yet: `npm run import` names
   * the file the maintainer gave. Default: `file`.
   */
  reportAs?: string;
  sha256: string;
  bytes: Uint8Array;
  meta: SourceMeta;
  registry: readonly Speaker[];
}

/** One rendered article. */
export interface RenderedArticle {
  id: string;
  markdown: string;
  front: ArticleInput;
}

/** Everything the pipeline produced for one source. */
export interface SourceResult {
  id: string;
  encoding: string;
  script: ScriptCode;
  articles: RenderedArticle[];
  registry: Speaker[];
  decisions: Decision[];
  removals: Removal[];
  repairs: Record<string, number>;
  warnings: string[];
  /** Decoded text before repair, for the conservation check. */
  decoded: string;
  changes: readonly TextChange[];
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A raw text decoded, cleaned of invisible characters and repaired: the first stages, run once per source. */
export interface SourceText {
  decoded: ReturnType<ByteStages['decode']>;
  visible: ReturnType<typeof removeInvisible>;
  /** The visible text with a web page's character references decoded and wrapper tags removed (same lines). */
  markup: MarkupResult;
  repaired: ReturnType<ByteStages['repair']>;
}

/** bytes → decode → invisible characters removed → html-remnants → repair-text; `import` infers its meta from the result, then normalizes it. */
export function readSourceText(bytes: Uint8Array, id: string, file: string, stages: ByteStages): SourceText {
  const run = stageRunner('source');
  const decoded = run('decode', () => {
    try {
      return stages.decode(bytes);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  });
  // Invisible and control characters (a BOM before a label would hide it) go first, each reported.
  const visible = run('remove-invisible', () => removeInvisible(decoded.text));
  // A web page's `&nbsp;`, `&ldquo;` and `<br>` before anything reads punctuation or labels.
  const markup = run('html-remnants', () => decodeHtmlRemnants(visible.text));
  return { decoded, visible, markup, repaired: run('repair-text', () => stages.repair(markup.text, id)) };
}

/** Normalizes one raw text (already read by {@link readSourceText}, or read here). Throws with the file and what to fix when anything does not fit. */
export function normalizeSource(input: SourceInput, stages: ByteStages, source: SourceText = readSourceText(input.bytes, input.id, input.reportAs ?? input.file, stages)): SourceResult {
  const { decoded, visible, markup, repaired } = source;
  const text = repaired.text;
  const reported = input.reportAs ?? input.file;
  const run = stageRunner('source', 'repair-text');
  const detected = run('detect-script', () => detectScript(text));
  if (!detected.script) throw new Error(`${reported}: no Chinese text found`);
  const script = detected.script;
  const blocks = run('split-blocks', () => splitSourceBlocks(text));
  const specs = input.meta.articles;
  const layouts = run('layout', () => layoutArticles(blocks, specs, input.meta.shared));
  const names = specs.flatMap((s) => s.participants.map((p) => ({ name: p.name, script })));
  const registry = run('speakers', () => mergeSpeakers(input.registry, names));
  const result: SourceResult = { id: input.id, encoding: decoded.encoding, script, articles: [], registry, decisions: [], removals: [], repairs: {}, warnings: [], decoded: visible.text, changes: repaired.changes };
  for (const c of visible.removed) result.decisions.push({ stage: 'decode', line: c.line, action: 'remove-invisible', detail: `${c.code} (${c.name}) at column ${c.column} removed: it does not show, and would change how the text is read` });
  // Markup changes keep every line where it was, so their lines and the repairs' are the raw file's.
  for (const c of markup.changes) result.removals.push({ rule: c.rule, line: c.line, text: c.before });
  for (const [line, changes] of Map.groupBy(markup.changes, (c) => c.line)) {
    const shown = changes.slice(0, 6).map((c) => (c.after === '' ? `“${c.before}” removed` : c.after.trim() === '' ? `“${c.before}” → a space` : `“${c.before}” → “${c.after}”`)).join(', ');
    result.decisions.push({ stage: 'decode', line, action: 'html-remnants', detail: `what the web page's HTML left on line ${line}: ${shown}${changes.length > 6 ? ` and ${changes.length - 6} more` : ''}` });
  }
  result.warnings.push(...markup.warnings.map((w) => `${reported}: ${w}`));
  const repairLines = [
    ...markup.changes.map((c) => ({ rule: c.rule, line: c.line })),
    ...repaired.changes.map((c) => ({ rule: c.rule, line: lineOfOffset(markup.text, c.offset) })),
  ];
  for (const span of repaired.unresolved) result.warnings.push(`unresolved damage left in the text: ${JSON.stringify(span)}`);
  for (const change of repaired.changes) result.removals.push({ rule: change.rule, line: lineOfOffset(markup.text, change.offset), text: change.before });

  layouts.forEach((units, index) => {
    const spec = specs[index];
    if (!spec) return;
    const step = stageRunner('article');
    const counts: Record<string, number> = {};
    const count = (rule: string, n = 1): void => {
      if (n > 0) counts[rule] = (counts[rule] ?? 0) + n;
    };
    for (const r of repairLines) if (units.some((u) => r.line >= u.line && r.line < u.line + u.lines.length)) count(r.rule);
    // Punctuation first, so every later stage sees one form of each mark.
    const punctuated: Unit[] = step('punctuation', () => units.map((u) => ({
      ...u,
      lines: u.lines.map((line) => {
        const { text: fixed, count: n } = toFullWidthPunctuation(line);
        count('punctuation', n);
        return fixed;
      }),
    })));
    // Traditional sources: leftover Simplified forms of the source's own converter (rule traditional-leftover).
    const trace = script === 'hant' ? createTracingConverter(registry.map((s) => s.name)) : undefined;
    const repairedUnits: Unit[] = !trace
      ? punctuated
      : step('traditional-leftover', () => punctuated.map((u) => ({
          ...u,
          lines: u.lines.map((line, k) => {
            const fixed = repairTraditionalLeftovers(line, trace);
            count('traditional-leftover', fixed.repairs.length);
            for (const r of fixed.repairs) {
              result.removals.push({ rule: 'traditional-leftover', line: u.line + k, text: r.before });
              result.decisions.push({ stage: 'traditional-leftover', line: u.line + k, action: 'repair', detail: `${r.before}→${r.after} (${r.why})` });
            }
            return fixed.text;
          }),
        })));
    const { items, front } = step('captions', () => toBodyItems(repairedUnits));
    count('caption', items.filter((i) => i.kind === 'figure').length);
    for (const figure of items) {
      if (figure.kind === 'figure') result.decisions.push({ stage: 'captions', line: figure.lines[0] ?? 0, action: 'figure', detail: `“${figure.caption.join(' / ').slice(0, 30)}”${figure.credit ? ` credit “${figure.credit}”` : ''} → :::figure` });
    }
    // A participant's printed position labels their turns too (`行政長官：`).
    const qa = step('parse-qa', () => labelTurns(items, spec.participants.flatMap((p) => (p.position ? [p.name, p.position] : [p.name]))));
    count('qa-label-merge', qa.removals.filter((r) => r.rule === 'qa-label-merge').length);
    count('qa-label-position', qa.removals.filter((r) => r.rule === 'qa-label-position').length);
    const reflowed = step('reflow', () => reflowParagraphs(qa.items, spec, text));
    count('reflow-join', reflowed.decisions.filter((d) => d.action === 'join').length);
    count('reflow-restore', reflowed.restored);
    count('gap-note', reflowed.gaps);
    count('reflow-move', reflowed.moves.length);
    const meta = step('metadata', () => buildFrontmatter({
      spec,
      front,
      items: reflowed.items,
      script,
      registry,
      documentText: text,
      source: { id: input.id, file: input.file, sha256: input.sha256, encoding: decoded.encoding, ...(specs.length > 1 ? { part: index + 1, parts: specs.length } : {}) },
      repairs: [],
    }));
    count('byline-moved', meta.decisions.filter((d) => d.action === 'byline-moved').length);
    count('page-furniture', meta.removals.filter((r) => r.rule === 'page-furniture').length);
    count('title-label', meta.removals.filter((r) => r.rule === 'title-label').length);
    const credits = meta.removals.filter((r) => r.rule === 'byline-moved').map((r) => ({ line: r.line, credit: r.text }));
    const gaps = spec.gaps.map((g) => ({ ...g, searched: reflowed.searched.get(g.after) }));
    const notes = repairNotes({ restores: spec.restores, moves: reflowed.moves, credits, gaps, joins: spec.joins }, script);
    const repairs = Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, n]) => (notes[rule] ? { rule, count: n, note: notes[rule] } : { rule, count: n }));
    const order = units.map((u) => u.line);
    order.forEach((line, i) => {
      const previous = order[i - 1];
      if (previous !== undefined && line < previous) result.decisions.push({ stage: 'layout', line, action: 'reorder', detail: `${spec.id}: reading order puts line ${line} after line ${previous} (layout data in the meta file)` });
    });
    meta.front.repairs = repairs;
    const markdown = step('emit', () => renderArticle(meta.front, meta.items));
    // The article is read back exactly as the validator and the site will read it.
    // A problem in the body names the raw text's line it came from, then the article's.
    step('read-back', () => readArticleOrThrow(new TextEncoder().encode(markdown), registry, (p) => {
      const from = p.line === undefined ? undefined : sourceLinesAt(markdown, meta.items, p.line);
      return from ? `${reported}:${from[0]} → ${spec.id}` : `${reported} → ${spec.id}`;
    }));
    result.articles.push({ id: spec.id, markdown, front: meta.front });
    mergeReport(
      { decisions: result.decisions, removals: result.removals, counts: result.repairs, warnings: result.warnings },
      { decisions: [...qa.decisions, ...reflowed.decisions, ...meta.decisions], removals: [...qa.removals, ...meta.removals], warnings: meta.warnings, counts },
    );
  });
  return result;
}

/** Items are only used through rendering; exported for tests that inspect a stage's output. */
export type { BodyItem };
