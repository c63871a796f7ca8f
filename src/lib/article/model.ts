/**
 * Parses an article's Markdown body into the archive's document model: blocks with stable ASCII
 * ids (identical in both scripts, usable as citation anchors), Q&A turns with roles and speakers,
 * figures with captions and credits, and visible editorial gap notes. Templates, search, feeds,
 * exports and the quote CLI all read this model; nothing else parses article Markdown.
 *
 * Ids are positional and derived from structure only, never from text (a slugger would give
 * different ids in 简 and 繁): `p3` (third paragraph outside Q&A), `t5` (fifth turn), `t5-p2`
 * (its second paragraph), `f1` (first figure), `h2` (second heading), `g1` (first block gap note).
 * @see docs/article-format.md for the Markdown conventions.
 */
import type { RootContent, PhrasingContent, Paragraph as MdParagraph } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString as mdastText } from 'mdast-util-to-string';
import { visit as unistVisit } from 'unist-util-visit';
import { parseMarkdown } from './parse-markdown.ts';
import { pinIssues, toInlines, type Inline, type ReportUnsupported } from './inlines.ts';
import { registryEntry, resolveLabel, splitLabel, type SpeakerContext } from './turn-label.ts';

/** Role of a Q&A turn. */
export type TurnRole = 'host' | 'statement' | 'question' | 'answer';

export type { Inline, PinnedRendering } from './inlines.ts';

/** A paragraph with its anchor id. */
export interface ParagraphBlock {
  type: 'paragraph';
  id: string;
  children: Inline[];
}

/** One line of a figure's caption. */
export interface CaptionLine {
  type: 'caption-line';
  children: Inline[];
}

/** A figure: caption lines (an infographic may have several) and a credit. */
export interface FigureBlock {
  type: 'figure';
  id: string;
  children: CaptionLine[];
  credit?: string;
}

/** One Q&A turn: who speaks, in what role, and the paragraphs (and figures) of what they said. */
export interface TurnBlock {
  type: 'turn';
  id: string;
  role: TurnRole;
  /** The label as printed, without its colon, e.g. `经济日报记者`, `任振鹤`, `主持人`. */
  label: string;
  /** Registry id of the speaker for host, statement and answer turns. */
  speakerId?: string;
  /** Outlet of the questioner for question turns, e.g. `经济日报`; absent when the label names none. */
  outlet?: string;
  children: (ParagraphBlock | FigureBlock)[];
}

/** A section heading. */
export interface HeadingBlock {
  type: 'heading';
  id: string;
  depth: number;
  children: Inline[];
}

/** An editorial note marking text missing from the source, on its own line. */
export interface GapBlock {
  type: 'gap';
  id: string;
  note: string;
}

/** A list; each item is one paragraph. */
export interface ListBlock {
  type: 'list';
  id: string;
  ordered: boolean;
  children: ParagraphBlock[];
}

/** Any top-level block. */
export type Block = ParagraphBlock | FigureBlock | TurnBlock | HeadingBlock | GapBlock | ListBlock;

/** Any node of the model: every container keeps its content in `children` (unist), so one {@link visit} walks them all. */
export type ModelNode = Block | CaptionLine | Inline;

/**
 * Calls `visitor` on every node of `tree` (a node or a list of nodes) in document order, parents first.
 * @see https://github.com/syntax-tree/unist-util-visit
 */
export function visit(tree: ModelNode | readonly ModelNode[], visitor: (node: ModelNode) => void): void {
  // A plain recursion: unist-util-visit's generic walker (parents stacks, tests per node) was a tenth of the build's CPU (issue 18).
  const walk = (node: ModelNode): void => {
    visitor(node);
    if ('children' in node) for (const child of node.children as readonly ModelNode[]) walk(child);
  };
  if (Array.isArray(tree)) for (const node of tree as readonly ModelNode[]) walk(node);
  else walk(tree as ModelNode);
}

/** A problem found while parsing, with its 1-based line in the file. */
export interface ModelIssue {
  line: number;
  message: string;
}

export type { SpeakerContext } from './turn-label.ts';

/** The parsed body. */
export interface ArticleModel {
  blocks: Block[];
  issues: ModelIssue[];
}

/** Plain text of model nodes (inline content, a paragraph, a caption line…): line breaks as `\n`, gap notes in brackets; editorial additions read as part of the sentence (search finds 昆仑山; only the page marks them). */
export function inlineText(nodes: ModelNode | readonly ModelNode[]): string {
  let text = '';
  visit(nodes, (node) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += '\n';
    else if (node.type === 'gap') text += `〔${node.note}〕`;
    else if (node.type === 'added') text += node.text;
  });
  return text;
}

/** Parses an article body (Markdown without frontmatter) into blocks with ids. */
export function parseArticleBody(markdown: string, context: SpeakerContext, lineOffset = 0): ArticleModel {
  const tree = parseMarkdown(markdown);
  const blocks: Block[] = [];
  const issues: ModelIssue[] = [];
  const count = { p: 0, t: 0, f: 0, h: 0, g: 0, l: 0 };
  let turn: TurnBlock | null = null;
  let sinceQuestion = false;
  // A figure right after a turn waits: when the next turn's speaker is named in its caption, it is
  // that speaker's portrait (printed between a question and its answer) and opens the new turn;
  // any other figure stays in the turn it follows.
  let pendingFigures: FigureBlock[] = [];
  const portraitsOf = (label: string, speakerId: string | undefined): FigureBlock[] => {
    const speaker = registryEntry(context.registry, speakerId);
    const names = [label, ...(speaker ? [speaker.name.hans, speaker.name.hant, ...speaker.aliases] : [])];
    const portraits = pendingFigures.filter((f) => f.children.some((line) => names.some((name) => inlineText(line).includes(name))));
    pendingFigures = pendingFigures.filter((f) => !portraits.includes(f));
    return portraits;
  };
  const flushFigures = (): void => {
    if (turn) turn.children.push(...pendingFigures);
    else blocks.push(...pendingFigures);
    pendingFigures = [];
  };
  const lineOf = (node: { position?: { start: { line: number } } | undefined }): number => (node.position?.start.line ?? 1) + lineOffset;
  const unsupportedInline: ReportUnsupported = (node) => {
    issues.push({ line: lineOf(node), message: `An ${node.type === 'footnoteReference' ? 'footnote reference' : 'image'} is not rendered by the archive (it keeps no images or footnotes). Use :::figure with the caption as text, or write the note as text` });
  };
  const inlines = (nodes: readonly PhrasingContent[]): Inline[] => toInlines(nodes, unsupportedInline);
  // Per-article conversion pins (`:conv`), wherever they are: bad attributes are an issue with their line.
  // A body without the characters `:conv` has none (a directive's name is written as is), and most have none.
  if (markdown.includes(':conv')) unistVisit(tree, 'textDirective', (node: TextDirective) => {
    if (node.name === 'conv') for (const message of pinIssues(node)) issues.push({ line: lineOf(node), message });
  });

  const figure = (node: RootContent & { type: 'containerDirective' }): FigureBlock => {
    for (const child of node.children) {
      if (child.type !== 'paragraph') issues.push({ line: lineOf(child), message: `A figure's caption holds a ${child.type}, which the archive does not render. Write the caption as paragraphs of text` });
    }
    const children = node.children.filter((c): c is MdParagraph => c.type === 'paragraph').map((c): CaptionLine => ({ type: 'caption-line', children: inlines(c.children) }));
    const credit = node.attributes?.credit ?? undefined;
    const id = `f${++count.f}`;
    return credit ? { type: 'figure', id, children, credit } : { type: 'figure', id, children };
  };

  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const labelled = splitLabel(node, markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0));
      if (labelled) {
        const resolved = resolveLabel(labelled.label, context);
        if (!resolved) {
          issues.push({ line: lineOf(node), message: `Q&A label “${labelled.label}” matches no speaker of this article and is not a questioner (…记者). Add the person to \`speakers:\` in the frontmatter (and to content/speakers.yaml), or fix the label.` });
          continue;
        }
        const id = `t${++count.t}`;
        let role: TurnRole;
        if (resolved.role === 'question') role = 'question';
        else if (resolved.role === 'host') role = 'host';
        else role = sinceQuestion ? 'answer' : 'statement';
        sinceQuestion = role === 'question' || role === 'answer';
        const portraits = role === 'question' ? [] : portraitsOf(labelled.label, 'speakerId' in resolved ? resolved.speakerId : undefined);
        flushFigures();
        turn = { type: 'turn', id, role, label: labelled.label, children: portraits };
        if ('speakerId' in resolved) turn.speakerId = resolved.speakerId;
        if ('outlet' in resolved && resolved.outlet) turn.outlet = resolved.outlet;
        if (labelled.rest.length > 0) turn.children.push({ type: 'paragraph', id: `${id}-p1`, children: inlines(labelled.rest) });
        blocks.push(turn);
        continue;
      }
      flushFigures();
      if (turn) {
        const n = turn.children.filter((c) => c.type === 'paragraph').length + 1;
        turn.children.push({ type: 'paragraph', id: `${turn.id}-p${n}`, children: inlines(node.children) });
      } else {
        blocks.push({ type: 'paragraph', id: `p${++count.p}`, children: inlines(node.children) });
      }
      continue;
    }
    if (node.type === 'containerDirective' && node.name === 'figure') {
      if (turn) pendingFigures.push(figure(node));
      else blocks.push(figure(node));
      continue;
    }
    // Anything else ends the current turn.
    flushFigures();
    turn = null;
    sinceQuestion = false;
    switch (node.type) {
      case 'heading':
        blocks.push({ type: 'heading', id: `h${++count.h}`, depth: node.depth, children: inlines(node.children) });
        break;
      case 'leafDirective':
        if (node.name === 'gap') blocks.push({ type: 'gap', id: `g${++count.g}`, note: mdastText(node) });
        else issues.push({ line: lineOf(node), message: `unknown block directive ::${node.name}; the archive knows ::gap[…] and :::figure` });
        break;
      case 'list':
        blocks.push({
          type: 'list',
          id: `l${++count.l}`,
          ordered: node.ordered === true,
          children: node.children.map((item) => {
            const paragraphs = item.children.filter((c) => c.type === 'paragraph');
            for (const child of item.children) {
              if (child.type === 'paragraph') continue;
              const what = child.type === 'list' ? 'a nested list' : child.type === 'blockquote' ? 'a quote (`>`)' : `a ${child.type}`;
              issues.push({ line: lineOf(child), message: `A list item holds ${what}, which the archive does not render (it would be dropped from the page). Write one paragraph per list item, without nesting` });
            }
            if (paragraphs.length > 1) issues.push({ line: lineOf(paragraphs[1]!), message: 'A list item holds more than one paragraph, which the archive renders as one run of text. Write one paragraph per list item, or end the list and continue with paragraphs' });
            return { type: 'paragraph' as const, id: `p${++count.p}`, children: paragraphs.flatMap((c) => inlines(c.children)) };
          }),
        });
        break;
      case 'thematicBreak':
        break;
      case 'html':
        blocks.push({ type: 'paragraph', id: `p${++count.p}`, children: [{ type: 'text', value: node.value }] });
        break;
      case 'containerDirective':
        issues.push({ line: lineOf(node), message: `unknown container directive :::${node.name}; the archive knows :::figure` });
        break;
      default:
        issues.push({ line: lineOf(node), message: `unsupported Markdown block (${node.type}); use paragraphs, headings, lists, :::figure and ::gap[…]` });
    }
  }
  flushFigures();
  return { blocks, issues };
}

/** Every anchor id of a model in document order (turns, their paragraphs, paragraphs, figures…). */
export function anchorIds(blocks: readonly Block[]): string[] {
  const ids: string[] = [];
  visit(blocks, (node) => {
    if ('id' in node) ids.push(node.id);
  });
  return ids;
}
