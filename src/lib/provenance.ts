/**
 * What the provenance panel and the article header say about the editorial record, in the reader's
 * language: each repair rule by its Chinese name (rule ids stay ASCII in the data), the date's
 * basis and what the date is. Pure; the strings come from the locale's UI table.
 */
import type { LocalizedArticle } from './archive.ts';
import type { UiKey, UiTranslate } from '../i18n/ui.ts';

/** The UI keys naming a rule. */
type RuleKey = Extract<UiKey, `rule.${string}`>;

/** Repair rules the normalizer writes, each with its UI string; a rule missing here reads as “other”. */
export const ruleLabels: Readonly<Record<string, RuleKey>> = {
  punctuation: 'rule.punctuation',
  'reflow-join': 'rule.reflow-join',
  'reflow-restore': 'rule.reflow-restore',
  'reflow-move': 'rule.reflow-move',
  'gap-note': 'rule.gap-note',
  caption: 'rule.caption',
  errata: 'rule.errata',
  'gbk-realign': 'rule.gbk-realign',
  'pinyin-annotation': 'rule.pinyin-annotation',
  'qa-label-merge': 'rule.qa-label-merge',
  'qa-label-position': 'rule.qa-label-position',
  'byline-moved': 'rule.byline-moved',
  'traditional-leftover': 'rule.traditional-leftover',
  'gbk-unresolved': 'rule.gbk-unresolved',
  'page-furniture': 'rule.page-furniture',
  'title-label': 'rule.title-label',
  'html-entities': 'rule.html-entities',
  'html-markup': 'rule.html-markup',
};

/** One line of the repairs list: the rule id (for data attributes), its name, the count, its note. */
export interface RepairRow {
  rule: string;
  label: string;
  count: string;
  note?: string;
}

/**
 * The repairs of an article as the panel lists them.
 * @example repairRows([{ rule: 'punctuation', count: 447 }], t) // [{ rule: 'punctuation', label: '半角标点改为全角', count: '447处' }]
 */
export function repairRows(repairs: LocalizedArticle['repairs'], t: UiTranslate): RepairRow[] {
  return repairs.map((repair) => {
    const row: RepairRow = { rule: repair.rule, label: t(ruleLabels[repair.rule] ?? 'rule.other'), count: t('provenance.count', { n: repair.count }) };
    if (repair.note !== undefined) row.note = repair.note;
    return row;
  });
}

/** What the date is, for the header (`所记事件之日，非发表日期`), or undefined when the article does not say. */
export function dateKindLabel(dateBasis: LocalizedArticle['dateBasis'], t: UiTranslate): string | undefined {
  return dateBasis.of === undefined ? undefined : t(dateBasis.of === 'event' ? 'dateOf.event' : 'dateOf.publication');
}
