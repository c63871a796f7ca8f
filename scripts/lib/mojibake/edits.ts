/**
 * Edits of a text (offset, before, after) and how to map offsets of an edited text back to the
 * text before editing, so that changes of successive stages all refer to one input text.
 */

/** One replacement in a text: `before` at `offset` became `after`. */
export interface Edit {
  offset: number;
  before: string;
  after: string;
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.offset < at || text.slice(e.offset, e.offset + e.before.length) !== e.before) {
      throw new Error(`edit at ${e.offset} does not match the text or overlaps another edit`);
    }
    out += text.slice(at, e.offset) + e.after;
    at = e.offset + e.before.length;
  }
  return out + text.slice(at);
}

/**
 * Maps an offset in the edited text back to the text before the edits; an offset inside a
 * replacement maps to the start of the replaced span.
 */
export function mapBack(edits: readonly Edit[], offset: number): number {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let delta = 0;
  for (const e of sorted) {
    const start = e.offset + delta;
    if (offset < start) break;
    if (offset < start + e.after.length) return e.offset;
    delta += e.after.length - e.before.length;
  }
  return offset - delta;
}
