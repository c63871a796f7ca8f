/**
 * UI strings of search (the search page and the search box), written by hand in each script like
 * `src/i18n/ui.ts` (搜索 in Simplified, 搜尋 in Traditional usage). Placeholders in braces are filled
 * by `fill()`. A key missing from a locale is a type error.
 */
import type { Locale } from '../../i18n/locales.ts';

const zhHans = {
  'search.title': '搜索',
  'search.heading': '搜索档案',
  'search.label': '搜索引语或词语',
  'search.placeholder': '例如：新质生产力',
  'search.submit': '搜索',
  'search.hint': '用空格分开的词语都要出现在同一段里；加引号（"…"）只找完全相同的短语；标点和空格不影响匹配。繁体、简体、发言人姓名或拼音都可以输入。',
  'search.filters': '筛选和排序',
  'search.speaker': '发言人',
  'search.speaker.any': '全部发言人',
  'search.outlet': '媒体',
  'search.outlet.any': '全部媒体',
  'search.region': '地区',
  'search.region.any': '全部地区',
  'search.year': '年份',
  'search.year.any': '全部年份',
  'search.kind': '类型',
  'search.kind.any': '全部类型',
  'search.kind.press-conference': '新闻发布会',
  'search.kind.interview': '访谈',
  'search.kind.report': '报道',
  'search.sort': '排序',
  'search.sort.relevance': '相关度',
  'search.sort.newest': '最新在前',
  'search.sort.oldest': '最早在前',
  'search.loading': '正在搜索……',
  'search.empty': '输入词语，搜索全部新闻发布会和报道。',
  'search.count': '找到 {n} 段原文。',
  'search.countMore': '已显示 {n} 段原文；还有 {m} 篇候选文章尚未查看。',
  'search.countOf': '已显示 {n} 段，共找到 {total} 段原文。',
  'search.noneYet': '已查看的 {checked} 篇候选文章中没有找到；还有 {m} 篇尚未查看。',
  'search.showMore': '显示更多结果',
  'search.didYouMean': '您是不是要找：',
  'search.or': '、',
  'search.asker': '提问媒体',
  'search.asker.any': '全部提问媒体',
  'search.person.answers': '回答 {n} 次',
  'search.person.page': '发言人页面',
  'search.person.label': '发言人',
  'search.more': '显示更多结果',
  'search.none': '没有找到同时包含全部词语的段落。',
  'search.nonePhrase': '没有找到完全相同的短语“{q}”。',
  'search.unmatched': '以下词语在档案中没有找到：{terms}。',
  'search.partial': '只包含部分词语的段落',
  'search.missing': '缺少：{terms}',
  'search.quoted': '“{q}”',
  'search.role.question': '{outlet}记者提问',
  'search.role.answer': '{name}回答',
  'search.role.statement': '{name}发言',
  'search.role.host': '主持人{name}',
  'search.headline': '标题',
  'search.error': '搜索暂时无法使用：{message}',
  'search.noscript': '搜索需要在浏览器中启用 JavaScript。也可以在终端中使用 npm run quote -- 词语。',
  'search.within': '搜索{name}的发言',
  'search.box.label': '搜索档案',
  'search.box.placeholder': '搜索引语……',
} as const;

type SearchStrings = { readonly [K in keyof typeof zhHans]: string };

const zhHant: SearchStrings = {
  'search.title': '搜尋',
  'search.heading': '搜尋檔案',
  'search.label': '搜尋引語或詞語',
  'search.placeholder': '例如：新質生產力',
  'search.submit': '搜尋',
  'search.hint': '用空格分開的詞語都要出現在同一段裡；加引號（"…"）只找完全相同的短語；標點和空格不影響匹配。繁體、簡體、發言人姓名或拼音都可以輸入。',
  'search.filters': '篩選和排序',
  'search.speaker': '發言人',
  'search.speaker.any': '全部發言人',
  'search.outlet': '媒體',
  'search.outlet.any': '全部媒體',
  'search.region': '地區',
  'search.region.any': '全部地區',
  'search.year': '年份',
  'search.year.any': '全部年份',
  'search.kind': '類型',
  'search.kind.any': '全部類型',
  'search.kind.press-conference': '新聞發布會',
  'search.kind.interview': '訪談',
  'search.kind.report': '報導',
  'search.sort': '排序',
  'search.sort.relevance': '相關度',
  'search.sort.newest': '最新在前',
  'search.sort.oldest': '最早在前',
  'search.loading': '正在搜尋……',
  'search.empty': '輸入詞語，搜尋全部新聞發布會和報導。',
  'search.count': '找到 {n} 段原文。',
  'search.countMore': '已顯示 {n} 段原文；還有 {m} 篇候選文章尚未查看。',
  'search.countOf': '已顯示 {n} 段，共找到 {total} 段原文。',
  'search.noneYet': '已查看的 {checked} 篇候選文章中沒有找到；還有 {m} 篇尚未查看。',
  'search.showMore': '顯示更多結果',
  'search.didYouMean': '您是不是要找：',
  'search.or': '、',
  'search.asker': '提問媒體',
  'search.asker.any': '全部提問媒體',
  'search.person.answers': '回答 {n} 次',
  'search.person.page': '發言人頁面',
  'search.person.label': '發言人',
  'search.more': '顯示更多結果',
  'search.none': '沒有找到同時包含全部詞語的段落。',
  'search.nonePhrase': '沒有找到完全相同的短語「{q}」。',
  'search.unmatched': '以下詞語在檔案中沒有找到：{terms}。',
  'search.partial': '只包含部分詞語的段落',
  'search.missing': '缺少：{terms}',
  'search.quoted': '「{q}」',
  'search.role.question': '{outlet}記者提問',
  'search.role.answer': '{name}回答',
  'search.role.statement': '{name}發言',
  'search.role.host': '主持人{name}',
  'search.headline': '標題',
  'search.error': '搜尋暫時無法使用：{message}',
  'search.noscript': '搜尋需要在瀏覽器中啟用 JavaScript。也可以在終端機中使用 npm run quote -- 詞語。',
  'search.within': '搜尋{name}的發言',
  'search.box.label': '搜尋檔案',
  'search.box.placeholder': '搜尋引語……',
};

/** Every search UI string key. */
export type SearchStringKey = keyof SearchStrings;

/** Search UI strings of each locale. */
export const searchStrings: Record<Locale, SearchStrings> = { 'zh-hans': zhHans, 'zh-hant': zhHant };

/**
 * Fills `{name}` placeholders.
 * @example fill('找到 {n} 段原文。', { n: 3 }) // '找到 3 段原文。'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
