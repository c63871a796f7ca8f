/**
 * A speaker's answers and statements split into pages that stay small at any archive size: events
 * newest first, each turn as an excerpt linking to the passage, a page holding events until a turn
 * budget is reached (an event is never split; one with very many turns shows its first ones and
 * says how many more the article holds). Page 1 is the speaker's page; later pages are numbered.
 */
import type { Archive } from './archive.ts';
import { speakerActivity, type SpeakerActivity, type SpeakerEvent, type SpeakerTurn } from './speaker-activity.ts';
import type { Locale } from '../i18n/locales.ts';

/** Page sizes: measured against the 25 KB gzip budget of a page at the bench's 10,000 articles. */
export const speakerPageLimits = { turnsPerPage: 40, turnsPerEvent: 12 } as const;

/** One event on a page: its first turns, and how many more the article has. */
export interface PagedEvent {
  event: SpeakerEvent;
  turns: SpeakerTurn[];
  more: number;
}

/** One page of a speaker's activity. */
export interface SpeakerPage {
  /** 1-based. */
  number: number;
  total: number;
  events: PagedEvent[];
  /** 1-based positions of its first and last event among all events. */
  from: number;
  to: number;
}

/**
 * Splits a speaker's events into pages; a speaker with no turns still has page 1 (empty).
 * @example paginateSpeaker(activity).length // 1 for a speaker with 10 answers
 */
export function paginateSpeaker(activity: Pick<SpeakerActivity, 'events'>, limits: { turnsPerPage: number; turnsPerEvent: number } = speakerPageLimits): SpeakerPage[] {
  const groups: PagedEvent[][] = [[]];
  let used = 0;
  for (const event of activity.events) {
    const shown = Math.min(event.turns.length, limits.turnsPerEvent);
    const current = groups[groups.length - 1] as PagedEvent[];
    if (current.length > 0 && used + shown > limits.turnsPerPage) {
      groups.push([]);
      used = 0;
    }
    (groups[groups.length - 1] as PagedEvent[]).push({ event, turns: event.turns.slice(0, shown), more: event.turns.length - shown });
    used += shown;
  }
  let position = 0;
  return groups.map((events, index) => {
    const from = position + 1;
    position += events.length;
    return { number: index + 1, total: groups.length, events, from: events.length > 0 ? from : 0, to: position };
  });
}

/** The pages of one speaker in one locale, from the archive. */
export function speakerPagesOf(archive: Archive, locale: Locale, speakerId: string): SpeakerPage[] {
  return paginateSpeaker(archive.speakerActivity(locale, speakerId));
}

/** Speakers per page of the list of all speakers (about 8 KB gzip per page). */
export const speakersPerListPage = 400;

/** Pages of the list of all speakers: page n holds speakers (n−1)·size+1 … n·size; always at least one page. */
export function listPages<T>(items: readonly T[], size: number = speakersPerListPage): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Page numbers to link in a pager: first, last, and two either side of the current one; `0` marks a gap.
 * @example pagerNumbers(6, 20) // [1, 0, 4, 5, 6, 7, 8, 0, 20]
 */
export function pagerNumbers(current: number, total: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= total; n += 1) {
    if (n === 1 || n === total || Math.abs(n - current) <= 2) out.push(n);
    else if (out[out.length - 1] !== 0) out.push(0);
  }
  return out;
}
