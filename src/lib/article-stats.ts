/** Counts over the article model, for the provenance panel, the home page and exports. */
import { visit, type Block } from './article/model.ts';

/** Editorial gap notes in a model: block notes (`::gap`) and inline notes (`:gap`), captions included. */
export function countGaps(blocks: readonly Block[]): number {
  let gaps = 0;
  visit(blocks, (node) => {
    if (node.type === 'gap') gaps++;
  });
  return gaps;
}

/** Q&A turns in a model. */
export function countTurns(blocks: readonly Block[]): number {
  return blocks.filter((block) => block.type === 'turn').length;
}
