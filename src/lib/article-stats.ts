/** Counts over the article model, for the provenance panel, the home page and exports. */
import type { Block, Inline } from './article/model.ts';

function inlineGaps(inlines: readonly Inline[]): number {
  return inlines.reduce((n, inline) => n + (inline.type === 'gap' ? 1 : 'children' in inline ? inlineGaps(inline.children) : 0), 0);
}

/** Editorial gap notes in a model: block notes (`::gap`) and inline notes (`:gap`), captions included. */
export function countGaps(blocks: readonly Block[]): number {
  return blocks.reduce((n, block) => {
    switch (block.type) {
      case 'gap':
        return n + 1;
      case 'paragraph':
      case 'heading':
        return n + inlineGaps(block.inlines);
      case 'figure':
        return n + block.caption.reduce((m, line) => m + inlineGaps(line), 0);
      case 'list':
        return n + block.items.reduce((m, item) => m + inlineGaps(item.inlines), 0);
      case 'turn':
        return n + countGaps(block.children);
    }
  }, 0);
}

/** Q&A turns in a model. */
export function countTurns(blocks: readonly Block[]): number {
  return blocks.filter((block) => block.type === 'turn').length;
}
