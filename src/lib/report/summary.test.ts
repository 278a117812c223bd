import { describe, expect, it } from 'vitest';
import type { Change, WeekFigures, WeekMetrics } from '$lib/progress/metrics';
import type { AdviceShown } from '$lib/safety/care';
import { reportSummary } from './summary';

const MIN = 60_000;

function week(
	start: string,
	planned: number | null,
	done: number,
	figures: Partial<WeekFigures> | null,
	attempted = 0
): WeekMetrics {
	return {
		start,
		end: start,
		index: null,
		planned,
		done,
		attempted,
		targetMs: null,
		tests: 0,
		figures: figures ? ({ firstOnsetMs: null, longestBoutMs: 0, ...figures } as WeekFigures) : null
	} as WeekMetrics;
}

const change: Change = {
	measure: 'onsetMs',
	from: 2 * MIN,
	to: 4 * MIN,
	delta: 2 * MIN,
	percent: 100,
	size: 'large',
	meaningful: true
};

describe('the report’s first page', () => {
	it('sums adherence over the program’s weeks, never counting more done than planned', () => {
		const s = reportSummary(
			[
				week('2026-11-23', 3, 3, {}),
				week('2026-11-30', 3, 4, {}),
				week('2026-12-07', 3, 1, null, 1)
			],
			[],
			[]
		);
		expect(s.adherence).toEqual({ done: 7, planned: 9, attempted: 1, percent: 78 });
	});

	it('says nothing was planned rather than 0 %, outside a program', () => {
		expect(reportSummary([week('2026-11-23', null, 0, {})], [], []).adherence.percent).toBeNull();
	});

	it('gives the trend of onset and longest walk from the first to the last week that has it', () => {
		const s = reportSummary(
			[
				week('2026-11-23', 3, 3, { firstOnsetMs: 2 * MIN, longestBoutMs: 5 * MIN }),
				week('2026-11-30', 3, 3, null),
				week('2026-12-07', 3, 3, { firstOnsetMs: null, longestBoutMs: 7 * MIN }),
				week('2026-12-14', 3, 3, { firstOnsetMs: 3 * MIN, longestBoutMs: 9 * MIN })
			],
			[],
			[]
		);
		expect(s.onset).toEqual({
			first: { week: '2026-11-23', value: 2 * MIN },
			last: { week: '2026-12-14', value: 3 * MIN }
		});
		expect(s.longest?.last).toEqual({ week: '2026-12-14', value: 9 * MIN });
		// One week with a figure is no trend.
		expect(
			reportSummary([week('2026-11-23', 3, 3, { firstOnsetMs: MIN })], [], []).onset
		).toBeNull();
	});

	it('gives the trend of distance only when walks were measured in two different weeks', () => {
		const timed = reportSummary(
			[
				week('2026-11-23', 3, 3, { firstOnsetMs: 2 * MIN, longestBoutMs: 5 * MIN }),
				week('2026-11-30', 3, 3, { firstOnsetMs: 3 * MIN, longestBoutMs: 6 * MIN })
			],
			[],
			[]
		);
		expect([timed.painFreeDistance, timed.longestDistance]).toEqual([null, null]);
		const measured = reportSummary(
			[
				week('2026-11-23', 3, 3, { medianPainFreeMetres: 120, longestMetres: 300 }),
				week('2026-11-30', 3, 3, { medianPainFreeMetres: null, longestMetres: null }),
				week('2026-12-07', 3, 3, { medianPainFreeMetres: 160, longestMetres: 380 })
			],
			[],
			[]
		);
		expect(measured.painFreeDistance).toEqual({
			first: { week: '2026-11-23', value: 120 },
			last: { week: '2026-12-07', value: 160 }
		});
		expect(measured.longestDistance?.last).toEqual({ week: '2026-12-07', value: 380 });
	});

	it('compares the baseline with the latest test, and shows a lone test alone', () => {
		const base = { test: { id: 'a' }, date: '2026-11-23', isBaseline: true, changes: [] };
		const later = { test: { id: 'b' }, date: '2027-02-15', isBaseline: false, changes: [change] };
		expect(reportSummary([], [base, later], []).tests).toEqual({
			first: { date: '2026-11-23', id: 'a' },
			latest: { date: '2027-02-15', id: 'b' },
			changes: [change]
		});
		expect(reportSummary([], [base], []).tests).toEqual({
			first: { date: '2026-11-23', id: 'a' },
			latest: null,
			changes: []
		});
		expect(reportSummary([], [], []).tests.first).toBeNull();
	});

	it('counts the advice, the answers that ended it, and what came from the diary', () => {
		const advice = [
			{ source: 'walk', answer: { at: 1, cleared: true } },
			{ source: 'diary', answer: null },
			{ source: 'diary', answer: { at: 2, cleared: false } }
		] as AdviceShown[];
		expect(reportSummary([], [], advice).advice).toEqual({ total: 3, cleared: 1, fromDiary: 2 });
		// Advice not read yet: not counted as none.
		expect(reportSummary([], [], null).advice).toBeNull();
	});
});
