/**
 * Page furniture: lines a news page prints around the article that are not its text — the end
 * mark of a release and the web editor's credit. Alone on their line, they are taken out of the body
 * by the rule `page-furniture` (reported, counted in the provenance panel with the text removed),
 * so they never end up inside the last speaker's answer or a citation.
 *
 * Provenance: the end marks 完 / （完） / -完- close Hong Kong government press releases
 * (info.gov.hk, followed by the release's date and its time `香港時間12時45分`) and many mainland wire stories (新华社 “（完）”); 责任编辑/编辑/审核/校对 credits close
 * mainland portal pages (people.com.cn, gov.cn provincial portals); each in both scripts. Separator
 * lines (`***`, `---`, `——————`, `＊＊＊`) are the rules web pages and plain-text copies draw between parts.
 * Page tools copied with the text (`分享到：`, `【打印】【关闭】`, `打印本页 关闭窗口`, `【字体：大 中 小】`,
 * `扫一扫在手机打开当前页`, `返回顶部`) are the buttons of gov.cn, mfa.gov.cn and provincial portal pages
 * and of Hong Kong / Taiwan portals (列印, 關閉視窗); share targets (微信, 微博, QQ空间) count only beside one.
 * Related links (`相关阅读：`, `【延伸阅读】`, `相關新聞`) head the list of other stories portals
 * (people.com.cn, xinhuanet.com, scio.gov.cn, provincial portals) print under the article; import
 * takes the headlines listed under such a heading at the end of the page out as well.
 * Page numbers of a PDF copied as text (`— 1 —`, `- 2 -`, the form of the national standard for
 * official documents GB/T 9704, and `第3页 共10页`) stand between the lines of one sentence.
 * WeChat official-account articles (mp.weixin.qq.com, the form most government and newspaper accounts
 * repost in) print prompts around the text: `点击蓝字 关注我们`, `点击上方“甘肃发布”关注我们` above it,
 * `阅读原文`, `长按识别二维码关注`, `分享、点赞、在看` under it — buttons and requests of the page, never the article's words.
 */
import { editorLabels } from './page-info-fields.ts';

/** Words of a page's tool buttons, in both scripts. */
const pageTools: readonly string[] = ['分享到', '分享至', '分享', '打印本页', '打印', '列印本頁', '列印', '关闭窗口', '关闭本页', '关闭', '關閉視窗', '關閉', '返回顶部', '回到顶部', '返回頂部', '我要纠错', '我要糾錯', '纠错', '糾錯', '收藏本页', '扫一扫在手机打开当前页', '扫一扫在手机上查看当前页面', '掃一掃在手機打開當前頁', '(?:字号|字號|字体|字體)[:：]?\\s*[【\\[]?大\\s*中\\s*小[】\\]]?'];
/** Headings of the list of links to other stories a portal prints under the article, in both scripts. */
const relatedLinkWords: readonly string[] = ['相关阅读', '相關閱讀', '相关新闻', '相關新聞', '相关链接', '相關連結', '相關鏈接', '延伸阅读', '延伸閱讀', '推荐阅读', '推薦閱讀', '相关报道', '相關報導', '相關報道'];
/** Share targets, page tools only beside one of the words above. */
const shareTargets: readonly string[] = ['微信', '微博', 'QQ空间', 'QQ空間', '朋友圈', 'QQ'];

export const pageFurniture: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'end-mark', pattern: /^[\s（(【〔\[\-—－*＊]*完[\s）)】〕\]\-—－*＊]*$/u },
  { kind: 'separator', pattern: /^[\s\-—–_*＊=~～·]{3,}$/u },
  // `— 1 —` (GB/T 9704's page number of an official document), `- 2 -`, `第3页 共10页`: a PDF's page numbers.
  { kind: 'page-number', pattern: /^(?:[—–\-－]\s*[0-9０-９]{1,4}\s*[—–\-－]|第\s*[0-9０-９]{1,4}\s*[页頁](?:\s*[，,]?\s*共\s*[0-9０-９]{1,4}\s*[页頁])?)$/u },
  // The editor words are the information line's (data/page-info-fields.ts), and 监制 (the producer) that only credits print.
  { kind: 'editor-credit', pattern: new RegExp(`^[（(【\\[]?\\s*(?:(?:${[...editorLabels, '监制', '監製'].join('|')})\\s*[:：]\\s*[\\p{Script=Han}·、，,]{1,12}[\\s　]*)+[）)】\\]]?$`, 'u') },
  // `（請同時參閱答問內容的英文部分。）`: a Hong Kong release's pointer to its other-language part — the page's, not the speaker's words.
  { kind: 'cross-reference', pattern: /^[（(]\s*(?:請同時參閱|请同时参阅|請參閱|请参阅|另見|另见)[^（）()]{1,40}[）)]$/u },
  // `香港時間12時45分`, `香港时间下午4时20分`: the release time under a Hong Kong government press release's date.
  { kind: 'release-time', pattern: /^(?:香港|澳門|澳门|台北|臺北|北京)?(?:時間|时间)\s*(?:上午|下午|中午|晚上|凌晨|早上)?\s*[0-9０-９一二三四五六七八九十〇零]{1,3}\s*[時时點点]\s*(?:[0-9０-９一二三四五六七八九十〇零]{1,3}\s*分)?$/u },
  // `相关阅读：`, `【延伸阅读】`: the heading of the links a portal lists under the article (the headlines under it are furniture too, see relatedLinksHeading).
  { kind: 'related-links', pattern: new RegExp(`^[【\\[〔]?\\s*(?:${relatedLinkWords.join('|')})\\s*[】\\]〕]?\\s*[:：]?$`, 'u') },
  // WeChat's prompts: follow the account (点击蓝字 关注我们), read the original, scan the QR code, like and share.
  { kind: 'wechat-prompt', pattern: /^(?:(?:点击|點擊)?\s*(?:上方|下方)?\s*(?:蓝字|藍字|[“「"][^”」"]{1,20}[”」"])?\s*(?:关注|關注)(?:我们|我們)?|(?:点击|點擊)?\s*[“「"]?(?:阅读原文|閱讀原文)[”」"]?|(?:长按|長按)\s*(?:识别|識別)?\s*(?:二维码|二維碼|图片|圖片)\s*(?:关注|關注)?(?:我们|我們)?|(?:(?:分享|点赞|點讚|点亮|點亮|点个|點個|在看|转发|轉發)[、，,\s“”「」]*){2,})[!！~～。]*$/u },
  {
    kind: 'page-tools',
    pattern: new RegExp(`^(?=.*(?:${pageTools.join('|')}))(?:[\\s|｜【〔\\[(（]*(?:${[...pageTools, ...shareTargets].join('|')})[:：]?[\\s|｜】〕\\])）]*)+$`, 'u'),
  },
];

/** The kind of page furniture a whole line is (`end-mark`, `editor-credit`, `separator`, `page-tools`), or undefined. */
export function pageFurnitureKind(line: string): string | undefined {
  const whole = kindOf(line.trim());
  if (whole) return whole;
  // A portal prints its tools and the editor's credit on one line (`【纠错】　【责任编辑：王頔】`): furniture when every part is.
  const parts = line.trim().split(/[\s　]+|(?<=[】\]])(?=[【\[])/u).filter((p) => p !== '');
  const kinds = parts.length > 1 ? parts.map(kindOf) : [];
  return kinds.length > 0 && kinds.every((k) => k !== undefined) ? kinds.find((k) => k !== 'page-tools') ?? 'page-tools' : undefined;
}

function kindOf(text: string): string | undefined {
  return pageFurniture.find((f) => f.pattern.test(text))?.kind;
}

/** Whether a paragraph is page furniture line by line (`分享到：` / `【打印】【关闭】`); an empty one is not. */
export function isFurnitureBlock(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every((line) => pageFurnitureKind(line) !== undefined);
}
