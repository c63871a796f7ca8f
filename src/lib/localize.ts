/**
 * Derives the other script of a parsed article: every text leaf of the model (and every display
 * string of the frontmatter) goes through the converter; ids, URLs, keys, dates and roles never do.
 */
import type { Block, Inline, ParagraphBlock, FigureBlock, PinnedRendering } from './article/model.ts';
import { convertPersonName, type ScriptConverter } from './convert.ts';
import type { Script } from '../i18n/locales.ts';

/** Converts one direction of text, fixed at creation; knows the direction for pinned spans. */
export type TextConverter = ((text: string) => string) & { readonly from?: Script; readonly to?: Script };

/** Binds a converter to one direction. */
export function bindConverter(convert: ScriptConverter, from: Script, to: Script): TextConverter {
  return Object.assign((text: string) => convert(text, from, to), { from, to });
}

/**
 * A text leaf in the page's script: a span the maintainer pinned (`:conv[干流]{hant="幹流"}`) shows
 * its pinned rendering on the other script's page; everything else goes through the converter.
 * The original's own page always shows the span as written.
 */
function localizeText(value: string, pinned: PinnedRendering | undefined, t: TextConverter, converted?: string): string {
  const rendering = t.to && t.from !== t.to ? pinned?.[t.to] : undefined;
  return rendering ?? converted ?? t(value);
}

/**
 * Converts an editorial addition with the text around it, so phrase rules see the whole word
 * (昆 + 〔仑〕 + 山 → 崑 + 〔崙〕 + 山, not 昆〔侖〕山): the three strings are converted as one and
 * split back when conversion kept the length, else each is converted alone.
 */
function convertAround(before: string, added: string, after: string, t: TextConverter): [string, string, string] {
  const parts = [before, added, after].map((s) => [...s]);
  const whole = [...t(parts.map((p) => p.join('')).join(''))];
  if (whole.length !== parts.reduce((n, p) => n + p.length, 0)) return [t(before), t(added), t(after)];
  const a = parts[0]?.length ?? 0;
  const b = a + (parts[1]?.length ?? 0);
  return [whole.slice(0, a).join(''), whole.slice(a, b).join(''), whole.slice(b).join('')];
}

/** Converts the text leaves of inline content. */
export function localizeInlines(inlines: readonly Inline[], t: TextConverter): Inline[] {
  const textAt = (i: number): string => {
    const inline = inlines[i];
    return inline?.type === 'text' ? inline.value : '';
  };
  // Each addition is converted with its neighbouring text leaves; those leaves take their share of that conversion.
  const shares = new Map<number, string>();
  inlines.forEach((inline, i) => {
    if (inline.type !== 'added') return;
    const [before, added, after] = convertAround(textAt(i - 1), inline.text, textAt(i + 1), t);
    if (inlines[i - 1]?.type === 'text' && !shares.has(i - 1)) shares.set(i - 1, before);
    shares.set(i, added);
    if (inlines[i + 1]?.type === 'text') shares.set(i + 1, after);
  });
  return inlines.map((inline, i): Inline => {
    switch (inline.type) {
      case 'text':
        return { type: 'text', value: localizeText(inline.value, inline.pinned, t, shares.get(i)) };
      case 'gap':
        return { type: 'gap', note: t(inline.note) };
      case 'added':
        return { type: 'added', text: shares.get(i) ?? t(inline.text), proof: t(inline.proof) };
      case 'break':
        return inline;
      case 'link':
        return { type: 'link', url: inline.url, children: localizeInlines(inline.children, t) };
      default:
        return { type: inline.type, children: localizeInlines(inline.children, t) };
    }
  });
}

function localizeParagraph(block: ParagraphBlock, t: TextConverter): ParagraphBlock {
  return { type: 'paragraph', id: block.id, children: localizeInlines(block.children, t) };
}

function localizeFigure(block: FigureBlock, t: TextConverter, person: TextConverter): FigureBlock {
  const children = block.children.map((line) => ({ type: 'caption-line' as const, children: localizeInlines(line.children, t) }));
  // A credit starts with the photographer's name (`于洪摄`): converted as a personal name.
  return block.credit === undefined ? { type: 'figure', id: block.id, children } : { type: 'figure', id: block.id, children, credit: person(block.credit) };
}

/**
 * Converts every block of a model. Speaker labels are converted like text: registry names are
 * protected names of the converter, so a label that names a speaker gets the registry's form.
 * `person` converts personal names outside the registry (figure credits), keeping protected surnames.
 */
export function localizeBlocks(blocks: readonly Block[], t: TextConverter, person: TextConverter = t): Block[] {
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'paragraph':
        return localizeParagraph(block, t);
      case 'figure':
        return localizeFigure(block, t, person);
      case 'heading':
        return { ...block, children: localizeInlines(block.children, t) };
      case 'gap':
        return { ...block, note: t(block.note) };
      case 'list':
        return { ...block, children: block.children.map((item) => localizeParagraph(item, t)) };
      case 'turn': {
        const children = block.children.map((child) => (child.type === 'paragraph' ? localizeParagraph(child, t) : localizeFigure(child, t, person)));
        const turn = { ...block, label: t(block.label), children };
        if (block.outlet !== undefined) turn.outlet = t(block.outlet);
        return turn;
      }
    }
  });
}

/** Converts a list of personal names, keeping protected surnames. */
export function localizePeople(names: readonly string[], convert: ScriptConverter, from: Script, to: Script): string[] {
  return names.map((name) => convertPersonName(convert, name, from, to));
}
