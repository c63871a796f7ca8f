/**
 * How to write each frontmatter field, quoted in the fix of every message about that field.
 * Source: `articleSchema` in src/lib/article/schema.ts and docs/article-format.md; when the schema gains a
 * field, add a line here (a field without one falls back to pointing at docs/article-format.md).
 */
export const articleFieldHints: Readonly<Record<string, string>> = {
  id: 'lower-case ASCII letters and digits joined by single hyphens, the same as the file name without .md, e.g. `id: 2024-06-13-gansu-fabuhui` (`npm run new` makes one from the title)',
  title: 'the headline as text, e.g. `title: 加快建设幸福美好新甘肃`',
  subtitle: 'optional text, e.g. `subtitle: ——甘肃专场问答摘要`',
  kicker: 'optional text printed above the headline',
  date: "the day of the event or publication as YYYY-MM-DD in quotes, e.g. `date: '2024-06-13'`",
  dateBasis: 'how the date is known, e.g. `dateBasis: { method: given, evidence: 发布稿落款日期 }` (method: stated | inferred | given)',
  'dateBasis.method': 'one of stated | inferred | given',
  'dateBasis.evidence': 'a short text saying where the date comes from',
  outlet: 'the publishing outlet as text, e.g. `outlet: 甘肃日报`',
  event: 'optional name of the event, e.g. `event: 甘肃省政府新闻发布会`',
  authors: 'a list of names, e.g. `authors: [盛学卿, 王占东]`',
  region: 'the region the article is about, e.g. `region: 甘肃`',
  kind: 'one of press-conference | interview | report, e.g. `kind: press-conference`',
  script: 'the script the text is written in: `script: hans` (简) or `script: hant` (繁)',
  speakers: 'a list of `{ id, role, position }`, e.g. `speakers: [{ id: ren-zhenhe, position: 省长 }, { id: lu-ying, role: host }]`',
  'speakers.id': 'a speaker id from content/speakers.yaml, e.g. `id: ren-zhenhe`',
  'speakers.role': 'host (labelled `主持人`) or speaker (the default; leave it out)',
  'speakers.position': 'the position as the article states it, e.g. `position: 省委副书记、省长`',
  source: 'leave it out: only the normalizer writes `source` for articles made from raw texts',
  repairs: 'leave it out: only the normalizer writes `repairs`',
};

/** Hints for the speakers registry (content/speakers.yaml); same sources as above, for `speakerSchema`. */
export const speakerFieldHints: Readonly<Record<string, string>> = {
  id: 'lower-case ASCII from the pinyin of the name, e.g. `id: ren-zhenhe`',
  name: 'the name in both scripts, e.g. `name: { hans: 任振鹤, hant: 任振鶴 }`',
  'name.hans': 'the name in simplified characters, e.g. `hans: 任振鹤`',
  'name.hant': 'the name in traditional characters, e.g. `hant: 任振鶴`',
  aliases: 'a list of other labels the texts use for this person, e.g. `aliases: [任振鹤同志]`',
};

/** The hint for a field path like `speakers.0.id` (indexes ignored), or a pointer to the format doc. */
export function hintFor(table: Readonly<Record<string, string>>, path: readonly PropertyKey[]): string {
  const key = path.filter((part) => typeof part === 'string').join('.');
  return table[key] ?? `see docs/article-format.md for the field \`${key || 'frontmatter'}\``;
}
