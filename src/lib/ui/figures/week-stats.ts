// Progress's four figures for this week so far, each against last week by the same day
// (progress/metrics.ts: lastWeekSoFar, weekChange), in words.

import type { IsoDate } from '$lib/dates';
import { dayName, progress as words } from '$lib/messages';
import { weekChange, type WeekFigures, type WeekMetrics } from '$lib/progress/metrics';
import { minSec, wholeMinutes } from '$lib/messages';

export interface WeekStat {
	id: 'stat-walking' | 'stat-sessions' | 'stat-onset' | 'stat-longest';
	label: string;
	value: string;
	detail: string;
	/** ↑, ↓ or →; empty with nothing to compare. */
	arrow: string;
	words: string;
}

export interface WeekStatsInput {
	current: WeekMetrics | null;
	previous: WeekMetrics | null;
	/** Last week up to the same day as today; null in the first week. */
	lastWeek: { figures: WeekFigures | null; done: number } | null;
	today: IsoDate;
}

export function weekStats({ current, previous, lastWeek, today }: WeekStatsInput): WeekStat[] {
	const day = dayName(today);
	const cur = current?.figures ?? null;
	const prev = lastWeek?.figures ?? null;

	function compared(
		now: number | null | undefined,
		before: number | null | undefined,
		better: 'more' | 'later' | 'longer'
	): Pick<WeekStat, 'arrow' | 'words'> {
		// The first week has nothing before it to compare with.
		if (!lastWeek) return { arrow: '', words: '' };
		if (!prev) return { arrow: '', words: words.noWalksBy(day) };
		const change = weekChange(now, before, better === 'more' ? 'total' : 'time');
		if (!change) return { arrow: '', words: words.nothingToCompare(day) };
		if (change.direction === 'same') return { arrow: '→', words: words.sameAsBy(day) };
		const size = Math.abs(change.delta);
		return {
			arrow: change.direction === 'up' ? '↑' : '↓',
			words: words.comparedBy(
				better === 'more' ? wholeMinutes(size) : minSec(size),
				better,
				change.direction === 'up',
				day
			)
		};
	}

	return [
		{
			id: 'stat-walking',
			label: words.walkingSoFar,
			value: cur ? wholeMinutes(cur.activeMs) : words.noWalksYet,
			detail: current?.targetMs ? words.weekTarget(wholeMinutes(current.targetMs)) : '',
			...compared(cur?.activeMs, prev?.activeMs, 'more')
		},
		{
			id: 'stat-sessions',
			label: words.sessionsSoFar,
			value: words.sessionsOf(current?.done ?? 0, current?.planned ?? null),
			detail: '',
			arrow: '',
			words:
				!previous || !lastWeek
					? ''
					: previous.planned != null
						? words.doneBy(lastWeek.done, day)
						: words.walksBeforeProgram(lastWeek.figures?.walks ?? 0, day)
		},
		{
			id: 'stat-onset',
			label: words.onsetUsual,
			value:
				cur?.firstOnsetMs != null
					? minSec(cur.firstOnsetMs)
					: cur
						? words.notRecorded
						: words.noWalksYet,
			detail: '',
			...compared(cur?.firstOnsetMs, prev?.firstOnsetMs, 'later')
		},
		{
			id: 'stat-longest',
			label: words.longest,
			value: cur ? minSec(cur.longestBoutMs) : words.noWalksYet,
			detail: '',
			...compared(cur?.longestBoutMs, prev?.longestBoutMs, 'longer')
		}
	];
}
