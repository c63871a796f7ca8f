/** The shape of bench/results.json: everything one benchmark run measured. */
import type { BrowserFigures } from './browser.ts';
import type { SiteFigures } from './figures.ts';
import type { PageWeight } from './page-weight.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A figure that could not be measured, and why. */
export interface NotAvailable {
  na: string;
}

/** Which corpus: the real articles recombined, or that with real Debian documentation mixed in (its vocabulary grows with N). */
export type CorpusKind = 'recombined' | 'realistic';

/** One corpus size, built as ours and as the floor. */
export interface SizeResult {
  articles: number;
  /** Absent in runs before the realistic corpus existed: recombined. */
  corpus?: CorpusKind;
  corpusBytes: number;
  speakers: number;
  vocabulary: Vocabulary;
  ours: (SiteFigures & { skipped: string[] }) | NotAvailable;
  floor: SiteFigures | NotAvailable;
  articlePage?: { ours: PageWeight | NotAvailable; floor: PageWeight | NotAvailable; path: string };
  /** The generated article with the longest body, on ours. */
  longestArticlePage?: PageWeight & { path: string; bodyBytes: number };
  largestSpeakerPage?: (PageWeight & { path: string }) | NotAvailable;
}

/** The normalizer's throughput on the real raw texts. */
export type NormalizerResult =
  | { rawBytes: number; seconds: number; mbPerSecond: number; passes: number; sources: number; articles: number; peakRssBytes: number; cli?: { seconds: number; peakRssBytes: number; rawBytes: number } }
  | NotAvailable;

/** Whether changing one source re-normalizes only that source. */
export interface IncrementalResult {
  met: boolean | null;
  figure: string;
}

/** Browser figures for the largest corpus. */
export interface BrowserResult {
  articles: number;
  ours: { plain: BrowserFigures | NotAvailable; gzip: BrowserFigures | NotAvailable };
  floor: { plain: BrowserFigures | NotAvailable; gzip: BrowserFigures | NotAvailable };
  /** What a service worker fetches in the background after one article page (gzip server). */
  precache: { ours: { requests: number; bytes: number; registered: boolean; stillFetching: boolean } | NotAvailable };
  reading: { ours: { readableWithoutJs: boolean; jsRequests: number; jsBytes: number } | NotAvailable; floor: { readableWithoutJs: boolean; jsRequests: number; jsBytes: number } | NotAvailable };
}

/** One budget of issue 9, judged. */
export interface BudgetResult {
  budget: string;
  figure: string;
  /** true met, false not met, null could not be judged. */
  met: boolean | null;
  /** For a miss: where the time or bytes go. */
  note?: string;
}

/** The whole run. */
export interface Results {
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  seed: number;
  machine: { cpus: number; memoryGiB: number; node: string };
  commit: string;
  realContent: { from: string; articles: number; vocabulary: Vocabulary; bodyBytes: { min: number; max: number } };
  normalizer: NormalizerResult;
  incremental: IncrementalResult;
  sizes: SizeResult[];
  browser: BrowserResult | NotAvailable;
  /** The realistic corpus: where its real text came from (or why it was skipped), and its browser figures (plain, largest N). */
  realistic?: { text: { from: string; paragraphs: number; vocabulary: Vocabulary } | NotAvailable; browser?: BrowserResult | NotAvailable };
  /** `npm run bench -- --scale`: ours only at large N. */
  scale?: ScaleResult;
  budgets: BudgetResult[];
  /** Anything about this run a reader must know to read the figures (e.g. a figure measured later). */
  notes?: string[];
}

/** One size of the scale probe: ours only, with its browser figures (plain server). */
export interface ScaleSize {
  articles: number;
  corpus: CorpusKind;
  vocabulary: Vocabulary;
  ours: (SiteFigures & { skipped: string[] }) | NotAvailable;
  browser: BrowserFigures | NotAvailable;
}

/** The scale probe's run. */
export interface ScaleResult {
  startedAt: string;
  finishedAt: string;
  commit: string;
  sizes: ScaleSize[];
}
