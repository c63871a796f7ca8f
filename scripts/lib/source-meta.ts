/**
 * The schema of `content/sources/<id>.meta.yaml`: what a raw text does not say about itself and
 * what its layout is — which lines form which article in which reading order, which lines are
 * titles, bylines, captions, where text is missing. Data, not code: a new source with an unusual
 * page gets a meta file, never a special case in a stage.
 */
import { z } from 'zod';
import { articleKindSchema, asciiId, dateBasisSchema } from '../../src/lib/article/schema.ts';

/** Source line ranges in reading order: `"57-63"` or `57`. A range takes the blocks that start inside it. */
const lineRange = z.union([z.number().int().positive(), z.string().regex(/^\d+(?:-\d+)?$/)]);

/** Roles a meta file may give a line (`body` is the default). */
const roleSchema = z.enum(['body', 'kicker', 'title', 'subtitle', 'standfirst', 'byline', 'heading', 'caption', 'participants', 'furniture']);

/** A person who speaks, with the position the article states (checked against the text). */
const participantSpec = z
  .object({
    /** The name as printed in this source. */
    name: z.string().min(1),
    role: z.enum(['host', 'speaker']).default('speaker'),
    /** The position exactly as printed before the name, e.g. `省委副书记、省长`. */
    position: z.string().min(1).optional(),
  })
  .strict();

/** One article of the source. */
export const articleSpecSchema = z
  .object({
    id: asciiId,
    /** Source lines in reading order. */
    lines: z.array(lineRange).min(1),
    /** Roles of particular lines (by their first line number). */
    roles: z.record(z.string().regex(/^\d+$/), roleSchema).default({}),
    /** Headline for a source that prints none (say in `titleBasis` where it comes from); a `title` line wins. */
    title: z.string().min(1).optional(),
    titleBasis: z.string().min(1).optional(),
    date: z.iso.date(),
    /** How the date was established and what it is (`of: event | publication`: say it whenever the layout reader can tell). */
    dateBasis: dateBasisSchema,
    /** Outlet when no byline in the text names it, from other evidence (say which in `outletBasis`); leave both out when nothing names it: the article then says “not stated”. */
    outlet: z.string().min(1).optional(),
    outletBasis: z.string().min(1).optional(),
    event: z.string().min(1).optional(),
    region: z.string().min(1),
    kind: articleKindSchema,
    participants: z.array(participantSpec).default([]),
    /** Lines after which text is missing: the body gets a visible `:gap[note]` there and is not joined. */
    gaps: z.array(z.object({ after: z.number().int().positive(), note: z.string().min(1), evidence: z.string().min(1) }).strict()).default([]),
    /** Text lost at a break that the same document proves: inserted when joining after `after`. */
    restores: z.array(z.object({ after: z.number().int().positive(), text: z.string().min(1), proof: z.string().min(1) }).strict()).default([]),
    /** Lines after which a paragraph goes on although a sentence ends there (a column break at a sentence end), with the layout evidence shown to readers. */
    joins: z.array(z.object({ after: z.number().int().positive(), evidence: z.string().min(1) }).strict()).default([]),
    /** Lines after which a paragraph really ends although its last character is not terminal punctuation. */
    keep: z.array(z.number().int().positive()).default([]),
  })
  .strict();
export type ArticleSpec = z.infer<typeof articleSpecSchema>;

/** The whole meta file. */
export const sourceMetaSchema = z
  .object({
    /** Lines used by several articles (a page banner used as every article's kicker). */
    shared: z.array(z.number().int().positive()).default([]),
    articles: z.array(articleSpecSchema).min(1),
  })
  .strict();
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
