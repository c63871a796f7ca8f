/**
 * The one schema of the archive's content, shared by the normalizer's output check, the maintainers'
 * tools and Astro's content config (`src/content.config.ts`). Frontmatter is typed data: dates are
 * ISO dates, roles and kinds are closed unions, ids are ASCII.
 */
import { z } from 'zod';

/** Lower-case ASCII words joined by single hyphens: safe in URLs, anchors and file names. */
export const asciiId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII letters and digits joined by single hyphens, e.g. 2024-06-13-gansu-press-conference')
  .max(96);

/** The script a text is written in. */
export const scriptSchema = z.enum(['hans', 'hant']);
export type ScriptCode = z.infer<typeof scriptSchema>;

/** What kind of piece an article is. */
export const articleKindSchema = z.enum(['press-conference', 'interview', 'report']);
export type ArticleKind = z.infer<typeof articleKindSchema>;

/** Role of a speaker at an event. */
export const participantRoleSchema = z.enum(['host', 'speaker']);

/** A person who speaks in an article, with the position the article states for them. */
export const participantSchema = z
  .object({
    /** Speaker id in `content/speakers.yaml`. */
    id: asciiId,
    /** `host` chairs the event (labels `主持人`); `speaker` makes statements and answers. */
    role: participantRoleSchema.default('speaker'),
    /** Position as this article states it, in the article's script, e.g. `省委副书记、省长`. */
    position: z.string().min(1).optional(),
  })
  .strict();
export type Participant = z.infer<typeof participantSchema>;

/** How the article's full date was established. */
export const dateBasisSchema = z
  .object({
    /** `stated`: the text gives the full date; `inferred`: the year (or more) was inferred; `given`: supplied by a maintainer. */
    method: z.enum(['stated', 'inferred', 'given']),
    /** What the date is: `event` (the day of the press conference or meeting reported) or `publication` (the day the text was published); absent in hand-written articles that do not say. */
    of: z.enum(['event', 'publication']).optional(),
    /** The evidence, quoted or described, e.g. `“2023年全省招商引资…” in paragraph 4; the event was on 6月13日`. */
    evidence: z.string().min(1),
  })
  .strict();

/** One kind of change the normalizer made to the source text, counted. */
export const repairSchema = z
  .object({
    /** Rule name, e.g. `pinyin-annotation`, `gbk-realign`, `errata`, `reflow-join`, `caption`, `punctuation`. */
    rule: asciiId,
    /** How many times the rule changed this article's text. */
    count: z.number().int().positive(),
    /** What it did, for the provenance panel. */
    note: z.string().optional(),
  })
  .strict();

/** Where an article came from when it was normalized from a raw text. */
export const provenanceSchema = z
  .object({
    /** Original id of the raw text (its file name without extension), e.g. `002_8a6e40267bf6ab56`. */
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/),
    /** Path of the raw text in the repository, e.g. `content/sources/002_8a6e40267bf6ab56.txt`. */
    file: z.string().min(1),
    /** SHA-256 of the raw bytes, lower-case hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Encoding the bytes were decoded from, e.g. `utf-8`, `gb18030`, `big5`, `utf-16le`. */
    encoding: z.string().min(1),
    /** Which article of a multi-article source this is (1-based) and how many there are. */
    part: z.number().int().positive().optional(),
    parts: z.number().int().positive().optional(),
  })
  .strict();

/** Frontmatter of an article Markdown file in `content/articles/`. Unknown keys are errors. */
export const articleSchema = z
  .object({
    /** Stable ASCII id; also the file name and the URL segment. */
    id: asciiId,
    /** Headline, in the article's script. */
    title: z.string().min(1),
    /** Present only when the text prints no headline and the editor composed `title`: where it was composed from. */
    titleBasis: z.string().min(1).optional(),
    /** Sub-headline or deck. */
    subtitle: z.string().min(1).optional(),
    /** Kicker or banner printed above the headline. */
    kicker: z.string().min(1).optional(),
    /** Date of the event or publication (`dateBasis.of` says which), `YYYY-MM-DD`. */
    date: z.iso.date(),
    /** How the date was established. */
    dateBasis: dateBasisSchema,
    /** Publishing outlet as the text names it, e.g. `新甘肃·甘肃日报`; absent when the text does not name one (shown as “not stated”, never guessed). */
    outlet: z.string().min(1).optional(),
    /** Name of the event for press conferences, e.g. `国新办“推动高质量发展”系列主题新闻发布会甘肃专场`. */
    event: z.string().min(1).optional(),
    /** The summary printed before the body (导语), in the article's script; not a body paragraph. */
    standfirst: z.string().min(1).optional(),
    /** Reporters, photographers and writers credited for the text. */
    authors: z.array(z.string().min(1)).default([]),
    /** Region the article is about, e.g. `甘肃`, `庆阳`, `青海`. */
    region: z.string().min(1),
    /** What kind of piece this is. */
    kind: articleKindSchema,
    /** Script the article was published in (and is stored in). */
    script: scriptSchema,
    /** People who speak in the article; every Q&A label must resolve to one of them or be a questioner. */
    speakers: z.array(participantSchema).default([]),
    /** The raw text it was normalized from; absent for articles written by hand. */
    source: provenanceSchema.optional(),
    /** Changes the normalizer made, counted by rule. */
    repairs: z.array(repairSchema).default([]),
  })
  .strict();
export type Article = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;

/** One person in the speakers registry (`content/speakers.yaml`). */
export const speakerSchema = z
  .object({
    /** ASCII id from the pinyin of the name, e.g. `ren-zhenhe`. */
    id: asciiId,
    /** Name in both scripts: the same person in 简 and 繁 texts is one speaker (任振鹤 = 任振鶴). */
    name: z.object({ hans: z.string().min(1), hant: z.string().min(1) }).strict(),
    /** Other labels the texts use for this person (e.g. a name with a typo fixed by errata). */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Speaker = z.infer<typeof speakerSchema>;

/** The whole registry: ids are unique. */
export const speakerRegistrySchema = z.array(speakerSchema).superRefine((speakers, ctx) => {
  const seen = new Set<string>();
  speakers.forEach((speaker, index) => {
    if (seen.has(speaker.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate speaker id ${speaker.id}` });
    seen.add(speaker.id);
  });
});
