/**
 * Places a source's blocks into articles in reading order and gives each block its role, from the
 * layout data (`content/sources/<id>.meta.yaml`) where the page needs it and by inference elsewhere
 * (`# ` title, `## ——` subtitle, `## ` heading, a hard-broken block ending in a credit = caption,
 * and a one-line caption: `图为…`, `上图：…`, `…（新华社记者 李贺 摄）`).
 * Checks that every source paragraph is used exactly once (banner lines declared `shared` may be reused).
 */
import { isCaptionLine } from './data/caption-forms.ts';
import { isFurnitureBlock } from './data/page-furniture.ts';
import { isPhotoCredit } from '../../../src/lib/article/labels.ts';
import type { SourceBlock, Unit, UnitRole } from './model.ts';
import { pushTo } from '../../../src/lib/multimap.ts';

/** The part of an article spec this stage reads. */
export interface LayoutSpec {
  id: string;
  lines: (number | string)[];
  roles: Record<string, UnitRole>;
}

/** A layout that does not fit the text; the message says what to fix in the meta file. */
export class LayoutError extends Error {
  override name = 'LayoutError';
}

/** The role a block has when the layout data does not say. */
export function inferRole(block: SourceBlock, seenTitle: boolean): UnitRole {
  const first = block.lines[0] ?? '';
  if (/^#\s/.test(first)) return seenTitle ? 'heading' : 'title';
  if (/^#{2,6}\s*——/.test(first)) return 'subtitle';
  if (/^#{2,6}\s/.test(first)) return 'heading';
  if (block.lines.length > 1 && isPhotoCredit(block.lines.at(-1) ?? '')) return 'caption';
  if (block.lines.length === 1 && isCaptionLine(first)) return 'caption';
  if (isFurnitureBlock(block.lines)) return 'furniture';
  return 'body';
}

function expand(range: number | string): [number, number] {
  if (typeof range === 'number') return [range, range];
  const [from, to = from] = range.split('-').map(Number) as [number, number?];
  return [from, to];
}

/** Units of each article, in reading order. */
export function layoutArticles(blocks: readonly SourceBlock[], specs: readonly LayoutSpec[], shared: readonly number[] = []): Unit[][] {
  const uses = new Map<number, string[]>();
  const articles = specs.map((spec) => {
    let seenTitle = false;
    const units: Unit[] = [];
    for (const range of spec.lines) {
      const [from, to] = expand(range);
      const inRange = blocks.filter((b) => b.line >= from && b.line <= to);
      if (inRange.length === 0) throw new LayoutError(`article ${spec.id}: line range ${range} holds no paragraph of the source; fix \`lines\` in the meta file`);
      for (const block of inRange) {
        pushTo(uses, block.line, spec.id);
        const role = spec.roles[String(block.line)] ?? inferRole(block, seenTitle);
        if (role === 'title') seenTitle = true;
        units.push({ ...block, role });
      }
    }
    for (const line of Object.keys(spec.roles)) {
      if (!units.some((u) => u.line === Number(line))) throw new LayoutError(`article ${spec.id}: \`roles\` names line ${line}, which is not the first line of a paragraph of this article`);
    }
    return units;
  });
  for (const block of blocks) {
    const users = uses.get(block.line) ?? [];
    const preview = block.lines.join(' ').slice(0, 24);
    if (users.length === 0) throw new LayoutError(`line ${block.line} (“${preview}”) is used by no article; add it to an article's \`lines\``);
    if (users.length > 1 && !shared.includes(block.line)) throw new LayoutError(`line ${block.line} (“${preview}”) is used ${users.length} times (${users.join(', ')}); a paragraph is used exactly once unless listed in \`shared\``);
  }
  return articles;
}
