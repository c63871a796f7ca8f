/**
 * Derives the other script of a parsed article: every text leaf of the model (and every display
 * string of the frontmatter) goes through the converter; ids, URLs, keys, dates and roles never do.
 */
import type { Block, Inline, ParagraphBlock, FigureBlock } from './article/model.ts';
import { convertPersonName, type ScriptConverter } from './convert.ts';
import type { Script } from '../i18n/locales.ts';

/** Converts one direction of text, fixed at creation. */
export type TextConverter = (text: string) => string;

/** Binds a converter to one direction. */
export function bindConverter(convert: ScriptConverter, from: Script, to: Script): TextConverter {
  return (text) => convert(text, from, to);
}

/** Converts the text leaves of inline content. */
export function localizeInlines(inlines: readonly Inline[], t: TextConverter): Inline[] {
  return inlines.map((inline): Inline => {
    switch (inline.type) {
      case 'text':
        return { type: 'text', value: t(inline.value) };
      case 'gap':
        return { type: 'gap', note: t(inline.note) };
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
