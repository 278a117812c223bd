// The report's first page: what a care team reads first, worked out from the same weekly
// figures, walk tests and advice the rest of the report lists.

import type { IsoDate } from '$lib/dates';
import type { Change, WeekMetrics } from '$lib/progress/metrics';
import type { AdviceShown } from '$lib/safety/care';

export interface TrendEnd {
	week: IsoDate;
	/** A time in milliseconds, or a distance in metres. */
	value: number;
}

export interface ReportSummary {
	/** The first and the latest walk test of the dates, with the change between them. */
	tests: {
		first: { date: IsoDate; id: string } | null;
		latest: { date: IsoDate; id: string } | null;
		changes: Change[];
	};
	/** Sessions done of those planned, in the weeks of the program within the dates. */
	adherence: { done: number; planned: number; attempted: number; percent: number | null };
	/** The first and the last week with the figure: claudication onset, peak walking time. */
	onset: { first: TrendEnd; last: TrendEnd } | null;
	longest: { first: TrendEnd; last: TrendEnd } | null;
	/**
	 * The same for distance, when walks were measured: pain-free walking distance (weekly
	 * median) and the longest distance. Null when not measured in two different weeks.
	 */
	painFreeDistance: { first: TrendEnd; last: TrendEnd } | null;
	longestDistance: { first: TrendEnd; last: TrendEnd } | null;
	/**
	 * Advice the records led to, how much of it the person answered, and what came from the
	 * diary; null while the advice is still being read.
	 */
	advice: { total: number; cleared: number; fromDiary: number } | null;
}

interface TestInput {
	test: { id: string };
	date: IsoDate;
	isBaseline: boolean;
	changes: Change[];
}

function trend(
	weeks: readonly WeekMetrics[],
	pick: (w: WeekMetrics) => number | null | undefined
): { first: TrendEnd; last: TrendEnd } | null {
	const withValue = weeks.flatMap((w) => {
		const value = pick(w);
		return typeof value === 'number' && value > 0 ? [{ week: w.start, value }] : [];
	});
	const first = withValue[0];
	const last = withValue.at(-1);
	return first && last && first.week !== last.week ? { first, last } : null;
}

export function reportSummary(
	weeks: readonly WeekMetrics[],
	tests: readonly TestInput[],
	advice: readonly AdviceShown[] | null
): ReportSummary {
	const program = weeks.filter((w) => w.planned !== null);
	const planned = program.reduce((sum, w) => sum + (w.planned ?? 0), 0);
	const done = program.reduce((sum, w) => sum + Math.min(w.done, w.planned ?? 0), 0);
	const attempted = weeks.reduce((sum, w) => sum + w.attempted, 0);
	const first = tests.find((t) => t.isBaseline) ?? tests[0] ?? null;
	const latest = tests.length > 1 ? (tests.at(-1) ?? null) : null;
	return {
		tests: {
			first: first ? { date: first.date, id: first.test.id } : null,
			latest: latest && latest !== first ? { date: latest.date, id: latest.test.id } : null,
			changes: latest && latest !== first ? latest.changes : []
		},
		adherence: {
			done,
			planned,
			attempted,
			percent: planned > 0 ? Math.round((done / planned) * 100) : null
		},
		onset: trend(weeks, (w) => w.figures?.firstOnsetMs),
		longest: trend(weeks, (w) => w.figures?.longestBoutMs),
		painFreeDistance: trend(weeks, (w) => w.figures?.medianPainFreeMetres),
		longestDistance: trend(weeks, (w) => w.figures?.longestMetres),
		advice: advice && {
			total: advice.length,
			cleared: advice.filter((a) => a.answer?.cleared).length,
			fromDiary: advice.filter((a) => a.source === 'diary').length
		}
	};
}
