/**
 * Stage: apply the errata table (`content/sources/errata.yaml`) — one entry per damaged span
 * that the repair algorithm cannot decide, each with its reason and evidence.
 */
import { readYamlOrThrow } from '../../../src/lib/article/read-yaml.ts';
import { editorialMarkdown } from '../../../src/lib/article/write-article.ts';
import { z } from 'zod';

/** One errata entry: replace the single occurrence of `find` in one source's repaired text. */
export const errataEntrySchema = z.strictObject({
  /** Source id (the file name stem in content/sources, e.g. `002_8a6e40267bf6ab56`). */
  source: z.string().min(1),
  /** Text to find; must occur exactly once in the text the errata are applied to. */
  find: z.string().min(1),
  /** Replacement; a gap in the source stays visible as `:gap[…]`. */
  replace: z.string(),
  /** Why the algorithm cannot decide this span. */
  reason: z.string().min(1),
  /** What the bytes and the document say about it. */
  evidence: z.string().min(1),
});

/** One errata entry. */
export type ErrataEntry = z.infer<typeof errataEntrySchema>;

/** One applied entry. */
export interface ErrataApplication {
  /** Offset of `find` in the text given to {@link applyErrata} (before any entry was applied). */
  offset: number;
  entry: ErrataEntry;
}

/** Stale or malformed errata: the message names the entry and how to fix it. */
export class ErrataError extends Error {
  override name = 'ErrataError';
}

/** Parses and validates the errata YAML (a list of entries) with the archive's one YAML reader; an error names `file` and the line. */
export function parseErrata(yamlText: string, file = 'content/sources/errata.yaml'): ErrataEntry[] {
  let yaml;
  try {
    yaml = readYamlOrThrow(yamlText, file);
  } catch (error) {
    throw new ErrataError((error as Error).message);
  }
  const result = z.array(errataEntrySchema).safeParse(yaml.data ?? []);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ErrataError(`${file}:${yaml.lineOf(issue?.path ?? [])} errata: entry ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'} — each entry needs source, find, replace, reason, evidence`);
  }
  return result.data;
}

function occurrences(text: string, find: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(find); i !== -1; i = text.indexOf(find, i + 1)) found.push(i);
  return found;
}

/**
 * Applies the entries in order; an entry whose `find` does not occur exactly once is stale → error.
 * @example applyErrata('總?65萬', [{ source: 's', find: '?65', replace: ':gap[缺]65', reason: 'r', evidence: 'e' }]).text // '總:gap[缺]65萬'
 */
export function applyErrata(text: string, entries: readonly ErrataEntry[]): { text: string; applied: ErrataApplication[] } {
  // Locate every entry in the unmodified text first, so offsets refer to one text and
  // overlapping entries are caught instead of silently applied to each other's output.
  const located = entries.map((entry) => {
    const found = occurrences(text, entry.find);
    if (found.length !== 1) {
      const what = found.length === 0 ? 'does not occur' : `occurs ${found.length} times`;
      throw new ErrataError(`errata for ${entry.source}: find ${JSON.stringify(entry.find)} ${what} (it must occur exactly once) — the entry is stale: update or remove it in content/sources/errata.yaml`);
    }
    return { offset: found[0] as number, entry };
  });
  located.sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const { offset, entry } of located) {
    if (offset < at) throw new ErrataError(`errata for ${entry.source}: find ${JSON.stringify(entry.find)} overlaps another entry — merge them into one entry`);
    // The replacement is the maintainers' text: its `:gap[…]` notes are editorial Markdown, kept as such by the writer.
    out += text.slice(at, offset) + entry.replace.replace(/:gap\[[^\]]*\]/g, (note) => editorialMarkdown(note));
    at = offset + entry.find.length;
  }
  return { text: out + text.slice(at), applied: located };
}
