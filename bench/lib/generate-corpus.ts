/**
 * The benchmark's corpus generator: scales real normalized articles to any number of articles by
 * recombining their real paragraphs and Q&A exchanges, in both scripts, with a speaker population
 * that grows with the corpus (Zipf-distributed appearances: a few officials speak often), outlets,
 * regions and dates drawn from the real articles and a seeded calendar. Pure: same pool, registry
 * and options → same corpus. Every article is checked with articleSchema and parseArticleBody.
 */
import { parseArticleBody } from '../../src/lib/article/model.ts';
import { articleSchema, type Article, type Participant, type ScriptCode, type Speaker } from '../../src/lib/article/schema.ts';
import type { ArticlePool, PoolTurn, ScriptPool } from './article-pool.ts';
import { givenChars, surnames } from './data/names.ts';
import { createRandom, pick, pickWeighted, randomInt, zipfCumulative, type Random } from './random.ts';

/** What to generate. */
export interface CorpusOptions {
  /** Number of articles. */
  count: number;
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** Mean body size in UTF-8 bytes (the floor figures in PAGEFIND.md used about 5 KB). */
  meanBodyBytes?: number;
  /**
   * Real paragraphs per script that do not repeat (bench/lib/real-text.ts): the realistic corpus.
   * Each article opens with the next ones, in order, for `realShare` of its body, so the vocabulary
   * grows with the corpus until the text runs out (then it starts over).
   */
  realText?: Record<ScriptCode, readonly string[]>;
  /** Share of each body taken from `realText` (default 0.5). */
  realShare?: number;
}

/** One generated article: its id, frontmatter and the whole Markdown file. */
export interface GeneratedArticle {
  id: string;
  frontmatter: Article;
  body: string;
  markdown: string;
}

/** A generated corpus: articles and the speakers registry they refer to. */
export interface Corpus {
  articles: GeneratedArticle[];
  speakers: Speaker[];
}

/** A speaker of the synthetic population with the position they hold in each script. */
interface PopulationMember {
  speaker: Speaker;
  position: Partial<Record<ScriptCode, string>>;
}

const firstDay = Date.UTC(2013, 0, 1);
const lastDay = Date.UTC(2025, 11, 31);
const dayMs = 86_400_000;
/** Zipf exponent of speaker appearances: at 10,000 articles the busiest speaker is in about 5% of them. */
const zipfExponent = 0.8;
/** Han clauses that make a plausible headline. */
const clausePattern = /[\u3400-\u9fff][^，。；：！？、,.;:!?“”「」《》（）()\n*:]{7,23}/g;

/** Builds the speaker population: the real registry first (most frequent), then synthetic names. */
export function buildPopulation(registry: readonly Speaker[], size: number, pool: ArticlePool, random: Random): PopulationMember[] {
  const usedIds = new Set(registry.map((s) => s.id));
  const usedNames = new Set(registry.flatMap((s) => [s.name.hans, s.name.hant]));
  const position = (): Partial<Record<ScriptCode, string>> => {
    const out: Partial<Record<ScriptCode, string>> = {};
    if (pool.hans.positions.length > 0) out.hans = pick(random, pool.hans.positions);
    if (pool.hant.positions.length > 0) out.hant = pick(random, pool.hant.positions);
    return out;
  };
  const members: PopulationMember[] = registry.map((speaker) => ({ speaker, position: position() }));
  let attempts = 0;
  while (members.length < size) {
    if (++attempts > size * 50) throw new Error(`cannot draw ${size} distinct speaker names from bench/lib/data/names.ts: add name parts`);
    const surname = pick(random, surnames);
    const given = Array.from({ length: randomInt(random, 1, 2) }, () => pick(random, givenChars));
    const hans = surname.hans + given.map((g) => g.hans).join('');
    const hant = surname.hant + given.map((g) => g.hant).join('');
    if (usedNames.has(hans) || usedNames.has(hant)) continue;
    const base = `${surname.pinyin}-${given.map((g) => g.pinyin).join('')}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    usedNames.add(hans);
    usedNames.add(hant);
    members.push({ speaker: { id, name: { hans, hant }, aliases: [] }, position: position() });
  }
  return members;
}

/** An ISO date drawn uniformly between 2013-01-01 and 2025-12-31. */
export function randomDate(random: Random): string {
  const day = randomInt(random, 0, Math.floor((lastDay - firstDay) / dayMs));
  return new Date(firstDay + day * dayMs).toISOString().slice(0, 10);
}

/** A headline: a clause cut from a real paragraph of the same script, or a real title. */
export function pickTitle(random: Random, pool: ScriptPool): string {
  const texts = pool.prose.filter((p) => p.kind === 'paragraph').map((p) => p.markdown);
  const paragraph = pick(random, texts.concat(pool.exchanges.flatMap((e) => e.map((t) => t.text)), pool.titles));
  const clauses = paragraph.match(clausePattern) ?? [];
  return clauses.length > 0 ? pick(random, clauses).trim() : pick(random, pool.titles);
}

/** Serializes frontmatter as YAML whose values are JSON (valid YAML; dates stay strings). */
export function emitFrontmatter(frontmatter: Article): string {
  const lines = Object.entries(frontmatter)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Serializes the speakers registry as `speakers.yaml` (one flow mapping per line). */
export function emitSpeakers(speakers: readonly Speaker[]): string {
  const header = '# Benchmark corpus speakers: the real registry plus synthetic names (bench/lib/data/names.ts).\n';
  return speakers.length === 0 ? `${header}[]\n` : header + speakers.map((s) => `- ${JSON.stringify(s)}\n`).join('');
}

function slugOf(id: string): string {
  return id.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || 'article';
}

function turnMarkdown(label: string, turn: PoolTurn): string {
  return `**${label}**：${turn.text}`;
}

/** Generates a corpus of options.count articles. */
export function generateCorpus(pool: ArticlePool, registry: readonly Speaker[], options: CorpusOptions): Corpus {
  const random = createRandom(options.seed);
  const meanBodyBytes = options.meanBodyBytes ?? 5000;
  const scripts = (['hans', 'hant'] as const).filter((s) => pool[s].prose.length > 0 || pool[s].exchanges.length > 0);
  if (scripts.length === 0) throw new Error('generateCorpus: the pool has no paragraphs and no Q&A exchanges to recombine');
  const templates = scripts.flatMap((script) => pool[script].articles.map((article) => ({ script, article })));
  const population = buildPopulation(registry, Math.max(registry.length, Math.ceil(options.count / 4), 8), pool, random);
  const weights = zipfCumulative(population.length, zipfExponent);
  const used = new Set<string>();
  const articles: GeneratedArticle[] = [];
  const realShare = options.realShare ?? 0.5;
  const realCursor: Record<ScriptCode, number> = { hans: 0, hant: 0 };

  for (let index = 0; index < options.count; index++) {
    const { script, article: template } = pick(random, templates);
    const source = pool[script];
    // A report needs prose; a Q&A piece needs exchanges: fall back to whichever the script has.
    const qa = source.exchanges.length > 0 && (template.kind !== 'report' || source.prose.length === 0);
    const date = randomDate(random);
    const id = `${date}-${slugOf(template.id)}`.slice(0, 88).replace(/-+$/, '') + `-b${String(index + 1).padStart(5, '0')}`;
    const targetBytes = meanBodyBytes * (0.6 + 0.8 * random());
    const blocks: string[] = [];
    let bytes = 0;
    const add = (markdown: string): void => {
      blocks.push(markdown);
      bytes += Buffer.byteLength(markdown) + 2;
    };
    const participants: Participant[] = [];
    // The realistic corpus: the next real paragraphs of this script open the body.
    const real = options.realText?.[script] ?? [];
    while (real.length > 0 && bytes < realShare * targetBytes) add(real[realCursor[script]++ % real.length] as string);

    if (qa) {
      const speakerCount = randomInt(random, 1, 4);
      const cast: PopulationMember[] = [];
      while (cast.length < Math.min(speakerCount, population.length)) {
        const member = population[pickWeighted(random, weights)] as PopulationMember;
        if (!cast.includes(member)) cast.push(member);
      }
      const paragraphs = source.prose.filter((p) => p.kind === 'paragraph');
      if (paragraphs.length > 0) for (let n = randomInt(random, 1, 2); n > 0; n--) add(pick(random, paragraphs).markdown);
      const speaking = new Set<PopulationMember>();
      if (template.hasHost && source.hostTurns.length > 0 && population.length > cast.length) {
        let host = population[pickWeighted(random, weights)] as PopulationMember;
        while (cast.includes(host)) host = population[pickWeighted(random, weights)] as PopulationMember;
        add(turnMarkdown('主持人', pick(random, source.hostTurns)));
        participants.push({ id: host.speaker.id, role: 'host' });
      }
      let next = randomInt(random, 0, cast.length - 1);
      do {
        for (const turn of pick(random, source.exchanges)) {
          if (turn.kind === 'question') {
            add(turnMarkdown(turn.label, turn));
          } else {
            const member = cast[next++ % cast.length] as PopulationMember;
            speaking.add(member);
            add(turnMarkdown(member.speaker.name[script], turn));
          }
        }
      } while (bytes < targetBytes);
      for (const member of cast.filter((m) => speaking.has(m))) {
        const position = member.position[script];
        participants.push(position ? { id: member.speaker.id, role: 'speaker', position } : { id: member.speaker.id, role: 'speaker' });
      }
      for (const p of participants) used.add(p.id);
    } else {
      const paragraphs = source.prose.filter((p) => p.kind === 'paragraph');
      if (real.length === 0) add(pick(random, paragraphs.length > 0 ? paragraphs : source.prose).markdown);
      while (bytes < targetBytes) add(pick(random, source.prose).markdown);
    }

    const authors = source.authors.length > 0 ? Array.from(new Set(Array.from({ length: randomInt(random, 0, 2) }, () => pick(random, source.authors)))) : [];
    const event = qa && template.kind === 'press-conference' ? template.event : undefined;
    const frontmatter = articleSchema.parse({
      id,
      title: pickTitle(random, source),
      date,
      dateBasis: { method: 'given', evidence: `synthetic benchmark article (bench/lib/generate-corpus.ts, seed ${options.seed}), recombined from real articles` },
      ...(template.outlet ? { outlet: template.outlet } : {}),
      ...(event ? { event } : {}),
      authors,
      region: template.region,
      kind: qa ? (template.kind === 'report' ? 'press-conference' : template.kind) : 'report',
      script,
      speakers: participants,
    });
    const body = `${blocks.join('\n\n')}\n`;
    articles.push({ id, frontmatter, body, markdown: `${emitFrontmatter(frontmatter)}\n${body}` });
  }

  const speakers = population.filter((m) => used.has(m.speaker.id) || registry.some((s) => s.id === m.speaker.id)).map((m) => m.speaker);
  for (const article of articles) {
    const { issues } = parseArticleBody(article.body, { participants: article.frontmatter.speakers, registry: speakers });
    if (issues.length > 0) throw new Error(`generated article ${article.id} does not parse: ${issues.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
  }
  return { articles, speakers };
}
