/**
 * Markdown phrasing content (mdast) → the document model's inlines: text, strong, emphasis, links,
 * breaks, gap notes (`:gap[…]`), editorial additions (`:add[…]{proof=…}`) and script pins
 * (`:conv[…]{hant="…"}`), with the pins' validation. Used by model.ts's body parser.
 * @example toInlines([{ type: 'text', value: '正文' }]) // → [{ type: 'text', value: '正文' }]
 */
import type { PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString as mdastText } from 'mdast-util-to-string';

/** How a maintainer pinned a span's rendering in each script (`:conv[干流]{hant="幹流"}`). */
export interface PinnedRendering {
  hans?: string;
  hant?: string;
}

/** Inline content: text leaves are the only thing script conversion touches. */
export type Inline =
  /** A text leaf; `pinned` when a `:conv` directive pins its rendering in the other script. */
  | { type: 'text'; value: string; pinned?: PinnedRendering }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'break' }
  | { type: 'gap'; note: string }
  /** Text the editor supplied (a character lost at a break, `:add[仑]{proof="昆仑山国家公园"}`), shown in 〔〕 with its proof. */
  | { type: 'added'; text: string; proof: string };

/** Reports an inline construct the archive does not render (so that it is an error, never a silent drop). */
export type ReportUnsupported = (node: PhrasingContent) => void;

/** The model's inline content of Markdown phrasing nodes; an unrendered construct is reported, never silently dropped. */
export function toInlines(nodes: readonly PhrasingContent[], report: ReportUnsupported = () => {}): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.push({ type: 'text', value: node.value });
        break;
      case 'html':
        // Raw HTML is never rendered as markup: it stays visible, inert text.
        out.push({ type: 'text', value: node.value });
        break;
      case 'strong':
        out.push({ type: 'strong', children: toInlines(node.children, report) });
        break;
      case 'emphasis':
      case 'delete':
        out.push({ type: 'emphasis', children: toInlines(node.children, report) });
        break;
      case 'link':
        out.push({ type: 'link', url: node.url, children: toInlines(node.children, report) });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'textDirective':
        if (node.name === 'gap') out.push({ type: 'gap', note: mdastText(node) });
        else if (node.name === 'add') out.push({ type: 'added', text: mdastText(node), proof: node.attributes?.proof ?? '' });
        else if (node.name === 'conv') out.push(pinnedText(node));
        else out.push({ type: 'text', value: `:${node.name}[${mdastText(node)}]` });
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        report(node);
        break;
      default: {
        // Constructs of remark plugins this parser does not load: their text is kept.
        const other = node as { children?: PhrasingContent[]; value?: unknown };
        if (other.children) out.push(...toInlines(other.children, report));
        else if (other.value !== undefined) out.push({ type: 'text', value: String(other.value) });
      }
    }
  }
  return out;
}

/** Scripts a `:conv` directive may pin. */
const pinScripts: readonly string[] = ['hans', 'hant'];

/** A `:conv[…]{hans="…" hant="…"}` span: its text as written, with the renderings it pins. */
function pinnedText(node: TextDirective): Inline {
  const pinned: PinnedRendering = {};
  const { hans, hant } = node.attributes ?? {};
  if (hans) pinned.hans = hans;
  if (hant) pinned.hant = hant;
  return { type: 'text', value: mdastText(node), pinned };
}

/** Problems of a `:conv` directive (unknown or empty attributes, nothing pinned, markup inside), or none. */
export function pinIssues(node: TextDirective): string[] {
  const shown = `:conv[${mdastText(node)}]`;
  const attributes = Object.entries(node.attributes ?? {});
  const problems = attributes
    .filter(([name]) => !pinScripts.includes(name))
    .map(([name]) => `${shown} has an unknown attribute “${name}”; write the other script's rendering as hans="…" or hant="…", e.g. :conv[干流]{hant="幹流"}`);
  for (const [name, value] of attributes) if (pinScripts.includes(name) && !value) problems.push(`${shown} has an empty ${name}=""; give the rendering, or remove the attribute`);
  if (!attributes.some(([name, value]) => pinScripts.includes(name) && value)) problems.push(`${shown} pins nothing; add hans="…" or hant="…" with the rendering in that script, e.g. :conv[干流]{hant="幹流"}`);
  if (mdastText(node) === '') problems.push(':conv[] is empty; put the span it pins in the brackets');
  if (node.children.some((c) => c.type !== 'text')) problems.push(`${shown} may hold plain text only (no emphasis, links or directives inside)`);
  return problems;
}
