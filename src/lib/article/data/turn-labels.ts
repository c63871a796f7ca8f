/**
 * The turn-label grammar of the archive's transcripts, as data: who a label at the start of a
 * paragraph (`**经济日报记者**：…`, `主持人:`, `任振鹤：`) names, and the words bylines and photo
 * credits are made of.
 *
 * Source: the labels printed in the raw texts of content/sources/ (Gansu, Qinghai and State Council
 * Information Office press conferences, 2023–2024: `主持人`, `…记者`, `…记者现场提问`, `记者:` after a
 * questioner header, names of officials), the 问：/答： form of mainland interview transcripts, and the
 * conventions of docs/article-format.md. Lengths
 * are the longest seen with room to spare: the longest outlet before 记者 is 中央广播电视总台央视
 * (10 characters).
 * To extend: add the word to its list (both scripts); `classifyLabel()` and every tool that reads
 * labels (parse-qa, infer-meta, the article model, bylines, the benchmark pool) follow.
 */
export const turnLabelGrammar = {
  /** Labels that name the chair of the event. */
  host: ['主持人'],
  /** Labels of a question whose asker the transcript does not name: the 问：/答： form of interviews (专访), a written reply's 問題：. */
  question: ['问', '問', '问题', '問題'],
  /** Labels of the interviewee's answer in the 问：/答： form (a written reply's 答覆：): the person is the article's one speaker, never guessed among several. */
  answer: ['答', '答复', '答覆'],
  /** Words that end a questioner's label; what comes before them is the outlet. */
  questioner: ['记者', '記者'],
  /** Words that may follow a questioner's word: `中国日报记者现场提问`. */
  questionerSuffix: ['现场提问', '現場提問'],
  /** Colons that end a label. */
  colons: [':', '：'],
  /** Brackets that hold a label instead of a colon after it: `【主持人】各位媒体朋友…`, `［記者］請問…` (provincial portals' transcripts). */
  labelBrackets: [['【', '】'], ['［', '］'], ['[', ']']],
  /** Longest label, in characters, of a bold label `**…**：`. */
  maxLabel: 40,
  /** Longest unbolded label `杨忠:`: short, so that a sentence ending in a colon is not read as one. */
  maxPlainLabel: 20,
  /** Longest outlet before the questioner's word. */
  maxOutlet: 20,
  /** A person's name in a label or byline: 2–4 Han characters (or the middle dot of transliterations). */
  personName: { chars: '[\\p{Script=Han}·]', min: 2, max: 4 },
  /** Words that introduce reporters in a byline: `新甘肃·甘肃日报记者 盛学卿`, `通讯员 王某`. */
  reporter: ['记者', '記者', '通讯员', '通訊員'],
  /** Words that end a photo credit on its own line: `黄培军摄`. */
  photoCredit: ['摄', '攝'],
} as const;
