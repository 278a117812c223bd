// History's list: walks and diary entries grouped by week, newest first, drawn a few months at a
// time, with a way to jump to a year.

import { yearOf, type IsoDate, type Weekday } from '$lib/dates';
import { weekStartOf } from '$lib/progress/metrics';
import type { SessionRecord, SymptomRecord } from '$lib/storage/schema';

/**
 * Weeks drawn at a time (two months): more as the list is scrolled or "Show earlier" is pressed.
 * A screen shows a week or two; drawing half a year at once held a phone's first draw of a year
 * of daily walks for about a third of a second (docs/quality.md).
 */
export const WEEKS_AT_A_TIME = 8;

export type HistoryItem =
	| { kind: 'walk'; id: string; at: number; date: IsoDate; s: SessionRecord }
	| { kind: 'diary'; id: string; at: number; date: IsoDate; e: SymptomRecord };

export interface HistoryWeek {
	start: IsoDate;
	items: HistoryItem[];
}

/** What the list reads: walks newest first (undefined while loading), diary entries oldest first. */
export interface HistorySource {
	readonly sessions: readonly SessionRecord[] | undefined;
	readonly entries: readonly SymptomRecord[];
	/** The weekday program weeks start on. */
	readonly startsOn: Weekday;
}

export class HistoryList {
	#source: HistorySource;
	shownWeeks = $state(WEEKS_AT_A_TIME);

	constructor(source: HistorySource) {
		this.#source = source;
	}

	/** Walks and diary entries grouped by week, newest first. */
	weeks = $derived.by((): HistoryWeek[] => {
		const { sessions, entries, startsOn } = this.#source;
		const items: HistoryItem[] = [
			...(sessions ?? []).map((s): HistoryItem => ({
				kind: 'walk',
				id: s.id,
				at: s.startedAt,
				date: s.date,
				s
			})),
			...entries.map((e): HistoryItem => ({ kind: 'diary', id: e.id, at: e.at, date: e.date, e }))
		];
		// Walks arrive newest first; with no diary entries there is nothing to sort.
		if (entries.length) items.sort((a, b) => b.at - a.at);
		const out: HistoryWeek[] = [];
		for (const item of items) {
			const start = weekStartOf(item.date, startsOn);
			const last = out[out.length - 1];
			if (last && last.start === start) last.items.push(item);
			else out.push({ start, items: [item] });
		}
		return out;
	});
	visible = $derived.by(() => this.weeks.slice(0, this.shownWeeks));
	/** Earlier weeks are still to be drawn. */
	more = $derived.by(() => this.shownWeeks < this.weeks.length);
	/** The years with anything in them, newest first. */
	years = $derived.by(() => {
		const years: string[] = [];
		for (const g of this.weeks) if (years.at(-1) !== yearOf(g.start)) years.push(yearOf(g.start));
		return years;
	});

	showMore(): void {
		this.shownWeeks += WEEKS_AT_A_TIME;
	}

	/** Draws up to the whole of `year`; the first week to move to, or null with none so early. */
	openYear(year: string): IsoDate | null {
		const weeks = this.weeks;
		const index = weeks.findIndex((g) => yearOf(g.start) <= year);
		if (index < 0) return null;
		const end = weeks.findIndex((g) => yearOf(g.start) < year);
		this.shownWeeks = Math.max(this.shownWeeks, end < 0 ? weeks.length : end);
		return weeks[index]!.start;
	}
}
