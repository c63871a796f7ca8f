/**
 * The article `npm run new` scaffolds: frontmatter with every field a hand-written article needs,
 * YAML comments that explain the body conventions (the body itself cannot hold comments: raw HTML
 * such as `<!-- -->` is shown as text), and a body skeleton in the article's script with a lead
 * paragraph, Q&A turns, a figure and a gap note, each to be replaced. It passes `npm run validate`.
 * @see docs/article-format.md
 */
import type { ArticleKind, ScriptCode, Speaker } from '../../../src/lib/article/schema.ts';

/** What the maintainer gave on the command line. */
export interface TemplateFields {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  outlet: string;
  region: string;
  kind: ArticleKind;
  script: ScriptCode;
  /** Registry entries of the people who speak; the first one answers in the example Q&A. */
  speakers: readonly Speaker[];
}

/** Body placeholders in both scripts (written by hand; the body is stored in the article's script). */
const placeholders: Readonly<Record<ScriptCode, Readonly<Record<string, string>>>> = {
  hans: {
    lead: '（导语：把文章的第一段写在这里。段落之间空一行，段落内不要换行。）',
    heading: '（小标题，可删除）',
    question: '（把记者的提问写在这里；“经济日报”换成提问记者所在的媒体。）',
    answer: '（把回答写在这里。同一人回答的下一段不必再写名字。）',
    answer2: '（回答的第二段。）',
    statement: '（没有发言人时删去问答，或在 speakers 中加上发言人后用 **姓名**：开头写回答。）',
    caption: '（图片说明。）',
    credit: '某某摄',
    gap: '编者注：原文此处缺一段',
  },
  hant: {
    lead: '（導語：把文章的第一段寫在這裏。段落之間空一行，段落內不要換行。）',
    heading: '（小標題，可刪除）',
    question: '（把記者的提問寫在這裏；「經濟日報」換成提問記者所在的媒體。）',
    answer: '（把回答寫在這裏。同一人回答的下一段不必再寫名字。）',
    answer2: '（回答的第二段。）',
    statement: '（沒有發言人時刪去問答，或在 speakers 中加上發言人後用 **姓名**：開頭寫回答。）',
    caption: '（圖片說明。）',
    credit: '某某攝',
    gap: '編者注：原文此處缺一段',
  },
};

/** Questioner label of the example, in each script. */
const questioner: Readonly<Record<ScriptCode, string>> = { hans: '经济日报记者', hant: '經濟日報記者' };

/** A YAML double-quoted scalar (safe for any title: colons, quotes, `#`, leading brackets). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

const conventions = [
  '# 正文约定（详见 README.md “Adding a press release” 与 docs/article-format.md）：',
  '#   段落之间空一行，段落内不换行；## 开头的一行是小标题。',
  '#   **经济日报记者**：……  以“记者”结尾的标签是提问，“记者”前是媒体名。',
  '#   **任振鹤**：……        发言人的标签是姓名（简繁皆可），此人须列在下面的 speakers 中，',
  '#                         并在 content/speakers.yaml 中登记（新发言人先在那里添加）。',
  '#   **主持人**：……        speakers 中 role: host 的那一位。',
  '#   :::figure{credit="黄培军摄"} / 图片说明 / :::   图片说明与署名。',
  '#   ::gap[编者注：原文此处缺一段]                   原文缺失之处：标出来，不要补写。',
];

/** The whole file. */
export function renderArticleTemplate(fields: TemplateFields): string {
  const text = placeholders[fields.script];
  const [answerer] = fields.speakers;
  const speakerLines =
    fields.speakers.length > 0
      ? ['speakers:', ...fields.speakers.map((speaker) => `  - { id: ${speaker.id} }   # ${speaker.name.hans}；可加 position: 职务，主持人加 role: host`)]
      : ['speakers: []   # 例：speakers: [{ id: ren-zhenhe, position: 省委副书记、省长 }, { id: lu-ying, role: host }]'];
  const frontmatter = [
    '---',
    `# 由 npm run new 生成。改好字段与正文后运行 npm run validate 检查。`,
    ...conventions,
    `id: ${fields.id}   # 与文件名相同，勿改（改则同时改文件名）`,
    `title: ${quoted(fields.title)}`,
    `date: '${fields.date}'   # 日期要加引号`,
    'dateBasis: { method: given, evidence: 发布稿落款日期 }   # method: stated | inferred | given；evidence 写日期出处',
    `outlet: ${quoted(fields.outlet)}`,
    'authors: []   # 例：authors: [盛学卿]',
    `region: ${quoted(fields.region)}`,
    `kind: ${fields.kind}   # press-conference | interview | report`,
    `script: ${fields.script}   # hans（简体）| hant（繁體）：正文所用的字`,
    ...speakerLines,
    '---',
  ];
  const qa = answerer
    ? [`**${questioner[fields.script]}**：${text.question}`, `**${answerer.name[fields.script]}**：${text.answer}`, text.answer2!]
    : [`**${questioner[fields.script]}**：${text.question}`, text.statement!];
  // The figure comes before the Q&A: after a turn it would belong to that turn (docs/article-format.md).
  const body = [text.lead!, `:::figure{credit="${text.credit}"}\n${text.caption}\n:::`, `## ${text.heading}`, ...qa, `::gap[${text.gap}]`];
  return `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}
