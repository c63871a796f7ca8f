/**
 * `npm run import` on raw texts the archive has never seen (tests/fixtures/import-*): what cannot
 * be inferred is reported and nothing is written; `--stdout` prints valid articles and writes
 * nothing; a real import writes the source, its meta file and articles that `normalize --check`
 * then reproduces.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../../src/lib/article/schema.ts';

const node = join('node_modules', '.bin', 'node');
const fixture = (name: string): string => join('tests', 'fixtures', name, 'press-release.txt');

/** A scratch content folder with the real registry and errata, no sources or articles. */
function scratchContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'articles'));
  copyFileSync(join('content', 'speakers.yaml'), join(dir, 'speakers.yaml'));
  copyFileSync(join('content', 'sources', 'errata.yaml'), join(dir, 'sources', 'errata.yaml'));
  return dir;
}

function run(script: string, args: string[], content: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(node, [script, ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT: content } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm run import -- <fixture> --stdout …` in a scratch content folder: its exit status, output, and the article it printed. */
function preview(folder: string, args: string[]): { status: number | null; stdout: string; stderr: string; front: ReturnType<typeof articleSchema.parse>; body: string } {
  const result = run('scripts/import.ts', [fixture(folder), '--stdout', ...args], scratchContent());
  const [, yaml = '', body = ''] = result.stdout.split(/^---$/m);
  return { ...result, front: articleSchema.parse(parse(yaml)), body };
}

const listing = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).sort();

describe('npm run import', () => {
  test.each([
    { name: 'no region, no outlet', flags: [], missing: ['region (pass --region'] },
    { name: 'no region', flags: ['--outlet', '定西日报'], missing: ['region (pass --region'] },
  ])('reports what it cannot infer and writes nothing: $name', ({ flags, missing }) => {
    const content = scratchContent();
    const before = listing(content);
    const result = run('scripts/import.ts', [fixture('import-utf8-press-release'), ...flags], content);
    expect(result.status).toBe(1);
    for (const text of missing) expect(result.stderr).toContain(text);
    expect(result.stderr).toContain('Nothing was written.');
    expect(listing(content)).toEqual(before);
  }, 300_000);

  test.each([
    { folder: 'import-utf8-press-release', encoding: 'utf-8' },
    { folder: 'import-gbk-press-release', encoding: 'gb18030' },
  ])('--stdout prints a valid article and writes nothing: $folder', ({ folder, encoding }) => {
    const content = scratchContent();
    const before = listing(content);
    const result = run('scripts/import.ts', [fixture(folder), '--stdout', '--region', '甘肃', '--outlet', '定西日报'], content);
    expect(result.stderr).not.toContain('Nothing was written');
    expect(result.status).toBe(0);
    const [, yaml = '', body = ''] = result.stdout.split(/^---$/m);
    const front = articleSchema.parse(parse(yaml));
    expect(front.source?.encoding).toBe(encoding);
    expect(front).toMatchObject({ date: '2025-04-08', dateBasis: { method: 'inferred' }, outlet: '定西日报', authors: ['王小明'], kind: 'press-conference', script: 'hans', speakers: [{ id: 'li-jianguo', position: '市发展改革委主任' }] });
    expect(body).toContain('**李建国**：今年以来，我市坚持问题导向，推出20项改革举措，持续推进营商环境优化提升。一季度新增市场主体1,200户');
    expect(body).toContain('**人民日报记者**：请问下一步有何打算？');
    expect(listing(content)).toEqual(before);
  }, 300_000);

  test("a portal page (ISO dateline with 来源, an unnamed 主持人, a second speaker adding to an answer) imports without flags but --region", () => {
    const { front, body, ...result } = preview('import-portal-press-release', ['--region', '四川']);
    expect(result.stderr).not.toContain('Nothing was written');
    expect(result.status).toBe(0);
    expect(front).toMatchObject({
      date: '2024-04-19',
      dateBasis: { method: 'stated', of: 'publication' },
      outlet: '四川日报',
      kind: 'press-conference',
      speakers: [{ id: 'wang-hua', role: 'speaker', position: '省统计局副局长' }, { id: 'li-ming', role: 'speaker', position: '国家统计局四川调查总队副总队长' }],
    });
    // The dateline left the body (reported as a byline rule); the unnamed host's turns stay as printed.
    expect(body).not.toContain('来源：四川日报');
    expect(body).toContain('**主持人**：各位记者朋友，大家上午好！');
    expect(body).toContain('**李明**：我补充一点。');
    // Between digits the comma is a thousands separator; before 同比 it was a half-width artifact.
    expect(body).toContain('达到14,000亿元，同比增长6.1%');
    // The web editor's credit is page furniture: out of the host's last turn, counted in the provenance.
    expect(body).not.toContain('责任编辑');
    expect(body.trimEnd().endsWith('**主持人**：今天的发布会到此结束，谢谢大家！')).toBe(true);
    expect(front.repairs).toContainEqual({ rule: 'page-furniture', count: 1 });
  }, 300_000);

  test('an interview in the 问：/答： form under a dateline and a byline: 答 is the interviewee the headline introduces', () => {
    const { front, body, ...result } = preview('import-interview-wen-da', ['--region', '甘肃']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ kind: 'interview', outlet: '甘肃日报', authors: ['李华'], speakers: [{ id: 'zhao-gang', position: '省农业农村厅厅长' }] });
    // The byline is not joined into the lead ("记者 李华近日…" before this fix).
    expect(body).toContain('\n近日，记者专访了省农业农村厅厅长赵刚。');
    expect(body).toContain('**问**：今年全省农业工作的重点是什么？');
    expect(body).toContain('**答**：我们将坚持稳粮保供');
  }, 300_000);

  test('a Hong Kong release in Big5 (dateline with weekday, 記者會, the end mark 完) imports as a press conference', () => {
    const { front, body, ...result } = preview('import-big5-hk-press-release', ['--region', '香港']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ date: '2024-02-28', dateBasis: { method: 'stated', of: 'publication' }, kind: 'press-conference', script: 'hant', source: { encoding: 'big5' } });
    // The dateline is not joined into the first paragraph, and 完 is not part of the last answer.
    expect(body).toContain('\n政府今日（二月二十八日）公布');
    expect(body).not.toContain('星期三');
    expect(body.trimEnd().endsWith('**陳茂波**：政府決定即時撤銷所有住宅物業需求管理措施。')).toBe(true);
  }, 300_000);

  test('a wire report: its news dateline (新华社北京3月8日电（记者…）) names the outlet and the reporters, and stays in the lead as printed', () => {
    const content = scratchContent();
    const refused = run('scripts/import.ts', [fixture('import-wire-dispatch'), '--stdout', '--region', '全国'], content);
    // The dateline prints the day without its year: import asks for the date and says what it saw.
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('its news dateline prints 3月8日 without the year; pass --date YYYY-MM-DD');
    const result = run('scripts/import.ts', [fixture('import-wire-dispatch'), '--stdout', '--region', '全国', '--date', '2024-03-08'], content);
    expect(result.status).toBe(0);
    const [, yaml = '', body = ''] = result.stdout.split(/^---$/m);
    const front = articleSchema.parse(parse(yaml));
    expect(front).toMatchObject({ date: '2024-03-08', outlet: '新华社', authors: ['张晓', '王明'], kind: 'report' });
    expect(body).toContain('\n新华社北京3月8日电（记者 张晓 王明）国务院总理李强3月8日主持召开国务院常务会议');
    // A --date that disagrees with the dispatch day is imported, with a warning to check it.
    const other = run('scripts/import.ts', [fixture('import-wire-dispatch'), '--stdout', '--region', '全国', '--date', '2024-03-09'], content);
    expect(other.status).toBe(0);
    expect(other.stderr + other.stdout).toContain('the news dateline prints 3月8日 (the dispatch day)');
  }, 300_000);

  test('a Foreign Ministry briefing whose headline opens with its date: the position and the id leave the date out', () => {
    const { front, body, ...result } = preview('import-foreign-ministry-briefing', ['--region', '全国']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ id: '2024-03-12-wai-jiao-bu-fa-yan-ren', date: '2024-03-12', kind: 'press-conference', speakers: [{ id: 'mao-ning', position: '外交部发言人' }] });
    expect(body).toContain('**法新社记者**：据报道');
    expect(body).toContain('**毛宁**：我们注意到有关报道。');
  }, 300_000);

  test('a page printed with full-width digits: its dateline is read, and a full-width decimal point stays a decimal point', () => {
    const { front, body, ...result } = preview('import-full-width-digits', ['--region', '青海']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ date: '2024-03-05', dateBasis: { method: 'stated', of: 'publication' }, outlet: '青海日报', authors: ['马文'] });
    expect(body).toContain('ＰＭ２.５平均浓度');
    expect(body).toContain('本报讯（记者 马文）３月４日，');
    expect(body).not.toContain('编辑：李青');
  }, 300_000);

  test('a State Council Information Office transcript: labels that print the position before the name (国家统计局局长 康义：) are the named speakers\' turns', () => {
    const { front, body, ...result } = preview('import-scio-position-labels', ['--region', '全国']);
    expect(result.status).toBe(0);
    // The label's position, not the prose's “今天我们非常高兴地邀请到国家统计局局长”.
    expect(front).toMatchObject({ kind: 'press-conference', speakers: [{ id: 'shou-xiaoli', position: '国务院新闻办公室新闻局副局长、新闻发言人' }, { id: 'kang-yi', position: '国家统计局局长' }] });
    expect(front.repairs).toContainEqual({ rule: 'qa-label-position', count: 2 });
    expect(body).toContain('**康义**：各位记者朋友，大家上午好！');
    expect(body).toContain('**寿小丽**：女士们、先生们，上午好！');
    expect(body).not.toContain('国家统计局局长 康义');
  }, 300_000);

  test('a Taiwan briefing: CNA\'s dateline line gives the outlet and the reporter (a known place, 台北, ends the run 王寶兒台北), 占比 stays as published, 發言人 陳世凱： is his turn', () => {
    const { front, body, ...result } = preview('import-taiwan-cna-briefing', ['--region', '台湾', '--date', '2024-03-12']);
    expect(result.status).toBe(0);
    // Before: the run was left unsplit (authors empty, the line kept on the page); a place not in data/dateline-places.ts still is.
    expect(result.stderr + result.stdout).not.toContain('not split by guessing');
    expect(front).toMatchObject({ outlet: '中央社', authors: ['王寶兒'], script: 'hant', kind: 'press-conference', speakers: [{ id: 'chen-shikai', position: '發言人' }] });
    expect(body.trimStart().startsWith('行政院今天舉行院會後記者會')).toBe(true);
    expect(result.stderr).toContain('removed (byline, line 3): “中央社記者王寶兒台北12日電”');
    // 占 is a Taiwan form, not a leftover.
    expect(body).toContain('發電占比達到30%');
  }, 300_000);

  test('a CNA report: the story code closing it (（編輯：李四）1130620) is its publication date, the editor no author, the reporter split from 台北', () => {
    const { front, body, ...result } = preview('import-taiwan-cna-report', ['--region', '台湾']);
    // Before: refused for want of a date (the dateline prints the day only), authors empty.
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ date: '2024-06-20', outlet: '中央社', authors: ['王小明'], dateBasis: { method: 'stated', of: 'publication', evidence: '稿末「（編輯：李四）1130620」（第11行）的代碼1130620是中央社的發稿日期（民國113年，即2024年6月20日），印明發表日期。' } });
    expect(body).not.toMatch(/1130620|編輯：李四/u);
    expect(body.trimStart().startsWith('（中央社記者王小明台北20日電）總統賴清德今天')).toBe(true);
  }, 300_000);

  test('a newspaper page reposted with 原标题: the headline without its label, the edition line as outlet and publication date, the 本报 dateline its own paragraph', () => {
    const { front, body, ...result } = preview('import-newspaper-repost', ['--region', '全国']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ id: '2024-03-05-yi-gao-zhi-liang-fa-zhan', title: '以高质量发展推进中国式现代化', outlet: '人民日报', authors: ['李丽', '王强'], date: '2024-03-05', dateBasis: { method: 'stated', of: 'publication' } });
    expect(front.repairs).toContainEqual({ rule: 'title-label', count: 1 });
    // The edition line is never run into the dateline (`第01版本报北京…`); the editor's credit and the end mark are furniture.
    expect(body).not.toContain('第01版');
    expect(body).toContain('\n本报北京3月4日电  （记者 李丽 王强）十四届全国人大二次会议新闻发布会4日在人民大会堂举行。');
    expect(body).not.toMatch(/责任编辑|（完）/u);
    expect(result.stderr + result.stdout).not.toContain('⚠ date');
  }, 300_000);

  test('a portal briefing page: its info line gives date and outlet, its share and print buttons are furniture, not a speaker', () => {
    const { front, body, ...result } = preview('import-portal-info-line', ['--region', '全国']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ outlet: '外交部网站', date: '2024-03-12', dateBasis: { method: 'stated', of: 'publication' }, speakers: [{ id: 'mao-ning', position: '外交部发言人' }] });
    expect(body.trimStart().startsWith('2024年3月12日，外交部发言人毛宁主持例行记者会。')).toBe(true);
    expect(body).not.toMatch(/分享到|打印|编辑：王敏/u);
    expect(body).toContain('**毛宁**：我没有可以发布的消息。');
  }, 300_000);

  test('a State Council transcript: its 出席人/主持人 rosters give participants, positions and the host, the photo caption is a figure, the related links are furniture', () => {
    const { front, body, ...result } = preview('import-scio-roster', ['--region', '浙江']);
    expect(result.status).toBe(0);
    expect(front.speakers).toMatchObject([
      { id: 'wang-hao', position: '浙江省委副书记、省长' },
      { id: 'xu-wenguang', position: '浙江省委常委、常务副省长' },
      { id: 'lu-shan', position: '浙江省副省长' },
      { id: 'shou-xiaoli', role: 'host', position: '国务院新闻办新闻局局长、新闻发言人' },
    ]);
    // Before: the roster lines were joined into one paragraph (`…省长　王浩浙江省委常委…`) as the turn of a speaker 出席人, the caption joined to the host's line, the links the turn of a speaker 相关阅读.
    expect(body).not.toMatch(/出席人|相关阅读|江苏专场|责任编辑/u);
    expect(body).toContain('\n:::figure\n图为发布会现场。（图片来源：国新网　刘健 摄）\n:::\n');
    expect(body).toContain('\n**寿小丽**：女士们、先生们，大家上午好！');
    expect(result.stderr).toContain('removed (participant-list, line 8): “浙江省委副书记、省长　王浩”');
  }, 300_000);

  test('a Hong Kong speech: 主席： addresses the chair (no speaker turn), the closing date is the publication date, the release time is furniture', () => {
    const { front, body, ...result } = preview('import-hk-speech', ['--region', '香港']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ kind: 'report', speakers: [], script: 'hant', date: '2024-01-17', dateBasis: { method: 'stated', of: 'publication' } });
    expect(body).not.toContain('**主席**');
    expect(body).toContain('\n主席：\n\n多謝主席。過去一年，特區政府全力拼經濟、謀發展。');
    expect(body).not.toMatch(/香港時間|2024年1月17日（星期三）/u);
  }, 300_000);

  test('an Executive Yuan release: 發布日期：113-05-30 is 2024-05-30, the publication date, explained; 資料來源 names the outlet', () => {
    const { front, body, ...result } = preview('import-taiwan-executive-yuan', ['--region', '台湾']);
    // Before: refused, “the text states no full date”.
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ date: '2024-05-30', dateBasis: { method: 'stated', of: 'publication', evidence: '版面日期行「發布日期：113-05-30」（第3行）印明發表日期。民國113年即2024年。' }, outlet: '行政院新聞傳播處' });
    expect(body).not.toMatch(/發布日期|資料來源/u);
  }, 300_000);

  test('an official document copied from its PDF: the page numbers (— 1 —) are furniture, and the sentence they cut is joined', () => {
    const { body, ...result } = preview('import-pdf-official-document', ['--region', '甘肃']);
    expect(result.status).toBe(0);
    // Before: `— 1 —` and `\- 2 -` stood as paragraphs, and the sentence cut by a page break stayed in two.
    expect(body).not.toMatch(/— [0-9] —|- [0-9] -/u);
    expect(body).toContain('\n二、加大政策支持力度。落实各项减税降费政策，帮助企业降低经营成本。\n');
    expect(result.stderr).toContain('“— 2 —” is the page\'s page-number, not the article\'s text');
  }, 300_000);

  test('a slogan under the headline is the subtitle: not two authors, not run into the lead', () => {
    const { front, body, ...result } = preview('import-subtitle-slogan', ['--region', '甘肃']);
    expect(result.status).toBe(0);
    // Before: authors 改革创新 and 砥砺前行, and the lead began “改革创新 砥砺前行2024年5月8日，…”.
    expect(front).toMatchObject({ subtitle: '改革创新 砥砺前行', authors: [] });
    expect(body.trimStart().startsWith('2024年5月8日，省政府新闻办举行新闻发布会。')).toBe(true);
  }, 300_000);

  test('a WeChat repost: its header dates the page, its prompts (点击蓝字 关注我们, 阅读原文) are furniture, not authors or text; its 来源 line names the outlet', () => {
    const { front, body, ...result } = preview('import-wechat-repost', ['--region', '甘肃']);
    expect(result.status).toBe(0);
    // Before: authors 点击蓝字 and 关注我们, the header and the prompt run into the lead, 阅读原文 and 来源：甘肃日报 left in the text, no outlet.
    expect(front).toMatchObject({ date: '2024-05-08', dateBasis: { method: 'stated', of: 'publication' }, outlet: '甘肃日报', authors: [] });
    expect(body.trimStart().startsWith('5月8日，省政府新闻办举行新闻发布会')).toBe(true);
    expect(body).not.toMatch(/点击蓝字|关注我们|阅读原文|来源：|原创|审核/u);
    expect(result.stderr).toContain('removed (page-furniture, line 5): “点击蓝字 关注我们”');
  }, 300_000);

  test('a Hong Kong written reply to a Legislative Council question: 問題：/答覆： are the question and the answer, the lead names who answers (with his position), 主席： addresses the chair', () => {
    const { front, body, ...result } = preview('import-hk-legco-written-reply', ['--region', '香港']);
    expect(result.status).toBe(0);
    // Before: speakers 問題, 答覆 and 主席 (ids wen-ti, da-fu, zhu-xi), none of them a person.
    expect(front).toMatchObject({ kind: 'interview', script: 'hant', date: '2024-03-20', speakers: [{ id: 'xie-zhanhuan', position: '環境及生態局局長' }] });
    expect(body).toContain('\n**問題**：政府於二〇二一年公布《香港電動車普及化路線圖》。');
    expect(body).toContain('\n**答覆**：主席：\n\n就胡健民議員的提問，經諮詢運輸及物流局後，現綜合答覆如下：');
    expect(body).not.toContain('**主席**');
    expect(result.stderr).toContain('inferred dateline: line 26');
  }, 300_000);

  test('a Taiwan Presidential Office release dated in years of the Republic: 中華民國113年05月30日 is 2024-05-30, the publication date', () => {
    const { front, body, ...result } = preview('import-taiwan-minguo-date', ['--region', '台湾']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ id: '2024-05-30-zong-tong-jie-jian-mei-guo', date: '2024-05-30', script: 'hant', dateBasis: { method: 'stated', of: 'publication', evidence: '版面日期行「發布日期：中華民國113年05月30日」（第3行）印明發表日期。民國113年即2024年。' } });
    expect(body).not.toContain('中華民國113年');
  }, 300_000);

  test('a Hong Kong transcript whose answers are labelled 行政長官：: the turns are 李家超\'s (introduced with that position), the label stays as printed', () => {
    const { front, body, ...result } = preview('import-hk-position-labels', ['--region', '香港']);
    expect(result.status).toBe(0);
    expect(front).toMatchObject({ script: 'hant', date: '2024-12-03', speakers: [{ id: 'li-jiachao', position: '行政長官' }] });
    expect(body).toContain('**行政長官**：多謝你的問題。');
    // The release's pointer to its English part is the page's, not part of his last answer.
    expect(body).not.toContain('請同時參閱');
  }, 300_000);

  test('labels that print the position in brackets after the name: each answer is its speaker\'s turn, never the question\'s; 主持人（… 刘芳） is the host', () => {
    const { front, body, ...result } = preview('import-bracketed-positions', ['--region', '四川']);
    expect(result.status).toBe(0);
    expect(front.speakers).toEqual([{ id: 'liu-fang', role: 'host', position: '省政府新闻办副主任' }, { id: 'wang-hua', role: 'speaker', position: '省统计局副局长' }, { id: 'li-ming', role: 'speaker', position: '国家统计局四川调查总队副总队长' }]);
    expect(front.repairs).toContainEqual({ rule: 'qa-label-position', count: 4 });
    // Before: 王华（省统计局副局长）：… was an unlabelled paragraph, so the model put his answer inside the reporter's question turn.
    expect(body).toContain('**四川日报记者**：请问消费市场有哪些亮点？\n\n**王华**：谢谢你的提问。');
    expect(body).toContain('**主持人**：各位记者朋友，大家上午好！');
  }, 300_000);

  test('binary input is a clear error with the byte offset, and nothing is written', () => {
    const content = scratchContent();
    const before = listing(content);
    const file = join(content, '..', `${Date.now()}-binary.txt`);
    writeFileSync(file, new Uint8Array([0xe4, 0xbd, 0xa0, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00]));
    const result = run('scripts/import.ts', [file, '--stdout'], content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/offset \d+|byte \d+/);
    expect(result.stderr).toContain('Nothing was written.');
    expect(listing(content)).toEqual(before);
  }, 300_000);

  test.each([
    { id: 'a missing flag value', args: ['--date'], message: "import: Option '--date <value>' argument missing\nusage: npm run import -- <file>" },
    { id: 'an unknown flag', args: ['x.txt', '--bogus'], message: "import: Unknown option '--bogus'." },
    { id: 'no file', args: [], message: 'import: usage: npm run import -- <file>' },
    { id: 'two files', args: ['a.txt', 'b.txt'], message: 'import: one file at a time (got 2: "a.txt", "b.txt")' },
    { id: 'a missing file', args: ['/nonexistent/press.txt'], message: 'import: /nonexistent/press.txt: does not exist. Check the path.' },
    { id: 'a directory', args: ['tests'], message: 'import: tests: is a directory, not a regular file, so it is not read. Pass the path of a plain text file.' },
    { id: '/dev/zero (never read)', args: ['/dev/zero'], message: 'import: /dev/zero: is a device, not a regular file, so it is not read.' },
    { id: 'an unreadable file (EIO)', args: ['/proc/self/mem'], message: 'import: /proc/self/mem: cannot be read (EIO).' },
  ])('$id: one clear message, no stack trace, nothing written', ({ args, message }) => {
    const content = scratchContent();
    const before = listing(content);
    const result = run('scripts/import.ts', args, content);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Nothing was written.');
    expect(result.stderr).not.toMatch(/\n\s+at |node:internal|TypeError/);
    expect(listing(content)).toEqual(before);
  }, 300_000);

  test('a FIFO is refused without waiting for a writer; a 50 MB file is refused before it is read', () => {
    const content = scratchContent();
    const fifo = join(content, '..', `${Date.now()}-fifo.txt`);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const piped = spawnSync(node, ['scripts/import.ts', fifo], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ARCHIVE_CONTENT: content } });
    expect(piped.stderr).toContain(`${fifo}: is a named pipe (FIFO), not a regular file, so it is not read.`);
    expect(piped.status).toBe(1);
    const big = join(content, '..', `${Date.now()}-big.txt`);
    writeFileSync(big, Buffer.alloc(50 * 2 ** 20, 0x41));
    const refused = run('scripts/import.ts', [big], content);
    expect(refused.stderr).toContain(`${big}: is 50 MB (52428800 bytes); a text to import may be at most 4 MB. Check that this is the right file; a long text that holds several articles must be split into one file per article.`);
    expect(refused.status).toBe(1);
  }, 300_000);

  test('a raw line too long for an article is named at its line in the given file, then in the article; nothing written', () => {
    const content = scratchContent();
    const dir = mkdtempSync(join(tmpdir(), 'import-long-'));
    const file = join(dir, 'long.txt');
    writeFileSync(file, `大型报告会\n\n2024年6月1日 来源：测试日报\n\n${'发展'.repeat(6000)}。\n`);
    const imported = run('scripts/import.ts', [file, '--region', '甘肃'], content);
    expect(imported.status).toBe(1);
    // Before: only the article's line (`content/sources/005_….txt → 2024-06-01-…:24`), a file that was never written.
    expect(imported.stderr).toMatch(new RegExp(`^import: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5 → 2024-06-01-da-xing-bao-gao-hui:\\d+ Line \\d+ is 12,001 characters long; a line may be at most 10,000\\.$`, 'mu'));
    expect(imported.stderr).toContain('Nothing was written.');
    expect(imported.stderr).not.toMatch(/\n\s+at /u);
    expect(readdirSync(join(content, 'sources')).filter((f) => f.endsWith('.txt'))).toHaveLength(0);
  }, 300_000);

  test('a file name with a newline and YAML syntax cannot add a key to the meta file', () => {
    const content = scratchContent();
    const dir = mkdtempSync(join(tmpdir(), 'import-name-'));
    const name = 'press\narticles: []\n--- # x: y\n.txt';
    const file = join(dir, name);
    copyFileSync(fixture('import-utf8-press-release'), file);
    const imported = run('scripts/import.ts', [file, '--region', '甘肃', '--outlet', '定西日报'], content);
    expect(imported.stderr).toContain('import: "press\\narticles: []\\n--- # x: y\\n.txt": utf-8');
    expect(imported.status).toBe(0);
    const metaName = readdirSync(join(content, 'sources')).find((f) => f.endsWith('.meta.yaml')) ?? '';
    const meta = readFileSync(join(content, 'sources', metaName), 'utf8');
    expect(meta.split('\n')[0]).toBe('# Inferred by npm run import from "press\\narticles: []\\n--- # x: y\\n.txt"; edit the layout here and run npm run normalize.');
    expect((parse(meta) as { articles: unknown[] }).articles).toHaveLength(1);
    expect(run('scripts/normalize.ts', ['--check'], content).status).toBe(0);
  }, 300_000);

  test('a real import writes source, meta and article, and normalize --check reproduces them', () => {
    const content = scratchContent();
    const imported = run('scripts/import.ts', [fixture('import-utf8-press-release'), '--region', '甘肃', '--outlet', '定西日报'], content);
    expect(imported.status).toBe(0);
    const files = listing(content);
    expect(files.filter((f) => f.startsWith('sources') && f.endsWith('.txt'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.meta.yaml'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('articles') && f.endsWith('.md'))).toHaveLength(1);
    expect(readFileSync(join(content, 'speakers.yaml'), 'utf8')).toContain('hans: 李建国');
    const check = run('scripts/normalize.ts', ['--check'], content);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 300_000);
});
