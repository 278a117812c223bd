// The weekly figures, worked out by hand for small made-up weeks (times in minutes).
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '$lib/dates';
import type { BoutSummary, SessionKind, SessionSummary } from '$lib/storage/schema';
import {
	compareTests,
	newestCompared,
	type TestLike,
	changeSince,
	median,
	monthlyMetrics,
	milestones,
	sessionMetrics,
	lastWeekSoFar,
	thisAndLast,
	weeklyMetrics,
	weekStartOf,
	type SessionInput
} from './metrics';

const MIN = 60_000;
let n = 0;

function bout(
	walk: number,
	onset: number | null,
	level: 1 | 2 | 3 | 4 | 5 | null,
	rest: number
): BoutSummary {
	return {
		walkingMs: walk * MIN,
		onsetMs: onset === null ? null : onset * MIN,
		level,
		restMs: rest * MIN
	};
}

function walk(
	date: string,
	bouts: BoutSummary[],
	extra: Partial<SessionSummary> & { kind?: SessionKind; targetMin?: number } = {}
): SessionInput {
	const { kind = 'planned', targetMin = 15, ...rest } = extra;
	const walked = bouts.filter((b) => b.walkingMs > 0);
	const summary: SessionSummary = {
		activeWalkingMs: bouts.reduce((s, b) => s + b.walkingMs, 0),
		boutCount: walked.length,
		firstOnsetMs: bouts.find((b) => b.onsetMs !== null)?.onsetMs ?? null,
		longestBoutMs: Math.max(0, ...bouts.map((b) => b.walkingMs)),
		totalRestMs: bouts.reduce((s, b) => s + b.restMs, 0),
		painLevels: bouts.flatMap((b) => (b.level === null ? [] : [b.level])),
		feeling: null,
		note: null,
		moderatePainMs: null,
		endedBy: null,
		markedDone: false,
		bouts,
		elevationMs: 0,
		...rest
	};
	return { id: `s${++n}`, date, kind, targetMs: targetMin * MIN, startedAt: 0, summary };
}

describe('one session', () => {
	it('counts bouts and rests, and takes the first and middle onset and rest', () => {
		const s = walk('2026-11-23', [bout(6, 3, 3, 2), bout(5, 2, 4, 3), bout(4, null, null, 0)], {
			elevationMs: 10 * MIN
		});
		expect(sessionMetrics(s)).toEqual({
			id: s.id,
			date: '2026-11-23',
			isTest: false,
			activeMs: 15 * MIN,
			targetMs: 15 * MIN,
			bouts: 3,
			rests: 2,
			firstOnsetMs: 3 * MIN,
			medianOnsetMs: 2.5 * MIN,
			longestBoutMs: 6 * MIN,
			totalRestMs: 5 * MIN,
			medianRestMs: 2.5 * MIN,
			highestPain: 4,
			elevationMs: 10 * MIN,
			painFreeMetres: null,
			longestMetres: null,
			distancePoor: false
		});
	});

	it('takes distance from well-measured bouts only: the first pain-free distance, the longest', () => {
		const s = walk('2026-11-23', [
			{ ...bout(6, 3, 3, 2), metres: 300, painFreeMetres: null, distancePoor: true },
			{ ...bout(5, 2, 4, 3), metres: 260, painFreeMetres: 110, distancePoor: false },
			{ ...bout(4, null, null, 0), metres: 280, painFreeMetres: null, distancePoor: false }
		]);
		const m = sessionMetrics(s);
		expect([m.painFreeMetres, m.longestMetres, m.distancePoor]).toEqual([110, 280, true]);
	});

	it('has no onset, rest or pain figures when none were recorded', () => {
		const m = sessionMetrics(walk('2026-11-23', [bout(12, null, null, 0)]));
		expect([m.firstOnsetMs, m.medianOnsetMs, m.medianRestMs, m.highestPain]).toEqual([
			null,
			null,
			null,
			null
		]);
		expect(m.rests).toBe(0);
	});

	it('median of none, one, odd and even counts', () => {
		expect(median([])).toBeNull();
		expect(median([4])).toBe(4);
		expect(median([9, 1, 5])).toBe(5);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('weeks', () => {
	it('takes the middle pain-free distance of the week’s walks and its longest distance', () => {
		const measured = (painFree: number | null, metres: number) => ({
			...bout(6, painFree === null ? null : 3, 4, 2),
			metres,
			painFreeMetres: painFree,
			distancePoor: false
		});
		const sessions = [
			walk('2026-11-23', [measured(120, 250), measured(90, 200)]),
			walk('2026-11-24', [measured(150, 320)]),
			walk('2026-11-25', [measured(200, 260)]),
			// Timed only: counts for the times, not the distances.
			walk('2026-11-26', [bout(8, 4, 4, 2)])
		];
		const [week] = weeklyMetrics(sessions, {
			startsOn: weekdayOf('2026-11-23'),
			through: '2026-11-29'
		});
		// First pain-free distance of each walk: 120, 150, 200; the middle is 150.
		expect(week?.figures?.medianPainFreeMetres).toBe(150);
		expect(week?.figures?.longestMetres).toBe(320);
		expect(week?.figures?.walks).toBe(4);
	});

	it('starts a week on the program’s weekday', () => {
		// Wednesday 21 October 2026.
		expect(weekStartOf('2026-10-25', weekdayOf('2026-10-21'))).toBe('2026-10-21');
		expect(weekStartOf('2026-10-21', weekdayOf('2026-10-21'))).toBe('2026-10-21');
		expect(weekStartOf('2026-10-20', weekdayOf('2026-10-21'))).toBe('2026-10-14');
	});

	it('keeps a week whole across the clocks going back, and shows an empty week as empty', () => {
		// Weeks start on Wednesdays; UK clocks go back on Sunday 25 October 2026.
		const sessions = [
			walk('2026-10-24', [bout(6, 3, 3, 2), bout(4, null, null, 0)]),
			walk('2026-10-25', [bout(8, 4, 4, 4), bout(5, 2, 3, 0)]),
			walk('2026-10-27', [bout(10, 5, 3, 0)]),
			walk('2026-11-05', [bout(9, 6, 2, 0)])
		];
		const weeks = weeklyMetrics(sessions, {
			startsOn: weekdayOf('2026-10-21'),
			through: '2026-11-10'
		});
		expect(weeks.map((w) => [w.start, w.end])).toEqual([
			['2026-10-21', '2026-10-27'],
			['2026-10-28', '2026-11-03'],
			['2026-11-04', '2026-11-10']
		]);
		const [first, empty, third] = weeks;
		expect(first?.figures).toEqual({
			walks: 3,
			activeMs: 33 * MIN,
			bouts: 5,
			rests: 2,
			// First-bout onsets 3, 4, 5: the middle is 4.
			firstOnsetMs: 4 * MIN,
			// Every bout's onset: 3, 4, 2, 5: the middle is 3.5.
			medianOnsetMs: 3.5 * MIN,
			longestBoutMs: 10 * MIN,
			totalRestMs: 6 * MIN,
			medianRestMs: 3 * MIN,
			highestPain: 4,
			elevationMs: 0,
			medianPainFreeMetres: null,
			longestMetres: null
		});
		expect(empty?.figures).toBeNull();
		expect(empty?.done).toBe(0);
		expect(third?.figures?.activeMs).toBe(9 * MIN);
	});

	it('runs a week across the year end', () => {
		// Weeks start on Thursdays: Thursday 31 December 2026 to Wednesday 6 January 2027.
		const weeks = weeklyMetrics(
			[
				walk('2026-12-31', [bout(10, 4, 3, 0)]),
				walk('2027-01-01', [bout(12, 5, 3, 0)]),
				walk('2027-01-06', [bout(14, 6, 3, 0)]),
				walk('2027-01-07', [bout(16, 7, 3, 0)])
			],
			{ startsOn: weekdayOf('2026-12-31'), through: '2027-01-07' }
		);
		expect(weeks.map((w) => [w.start, w.figures?.walks, w.figures?.activeMs])).toEqual([
			['2026-12-31', 3, 36 * MIN],
			['2027-01-07', 1, 16 * MIN]
		]);
	});

	it('keeps a walk test out of the walking figures, and counts it as a test', () => {
		const weeks = weeklyMetrics(
			[
				walk('2026-11-23', [bout(7, 2, 4, 0)], { kind: 'test', targetMin: 0 }),
				walk('2026-11-24', [bout(10, 4, 3, 0)])
			],
			{ startsOn: 0, through: '2026-11-29' }
		);
		expect(weeks).toHaveLength(1);
		expect(weeks[0]?.tests).toBe(1);
		expect(weeks[0]?.figures?.walks).toBe(1);
		expect(weeks[0]?.figures?.activeMs).toBe(10 * MIN);
	});

	it('counts sessions done against the plan, once a day, a warning as attempted', () => {
		const weeks = weeklyMetrics(
			[
				// 8 of 15 minutes: more than half, done.
				walk('2026-11-23', [bout(8, 3, 3, 0)]),
				// Two walks on one day count once.
				walk('2026-11-24', [bout(10, 3, 3, 0)]),
				walk('2026-11-24', [bout(12, 3, 3, 0)]),
				// 5 of 15 minutes: a walk, not yet a session.
				walk('2026-11-25', [bout(5, 3, 3, 0)]),
				// Ended by a warning: attempted.
				walk('2026-11-26', [bout(9, 3, 5, 0)], { endedBy: 'severePain' })
			],
			{
				startsOn: 0,
				through: '2026-11-29',
				plan: [{ start: '2026-11-23', index: 1, planned: 3, targetMin: 15 }]
			}
		);
		expect(weeks[0]).toMatchObject({
			index: 1,
			planned: 3,
			done: 2,
			attempted: 1,
			targetMs: 45 * MIN
		});
		expect(weeks[0]?.figures?.walks).toBe(5);
	});

	it('includes the program’s first weeks before any walk, and nothing after `through`', () => {
		const weeks = weeklyMetrics([walk('2026-12-10', [bout(10, 4, 3, 0)])], {
			startsOn: 0,
			through: '2026-12-06',
			plan: [
				{ start: '2026-11-23', index: 1, planned: 3, targetMin: 15 },
				{ start: '2026-11-30', index: 2, planned: 3, targetMin: 20 }
			]
		});
		expect(weeks.map((w) => [w.start, w.index, w.figures])).toEqual([
			['2026-11-23', 1, null],
			['2026-11-30', 2, null]
		]);
	});

	it('finds this week and last week', () => {
		const weeks = weeklyMetrics([walk('2026-11-16', [bout(5, 2, 3, 0)])], {
			startsOn: 0,
			through: '2026-11-25'
		});
		const { current, previous } = thisAndLast(weeks, '2026-11-25');
		expect(current?.start).toBe('2026-11-23');
		expect(current?.figures).toBeNull();
		expect(previous?.figures?.activeMs).toBe(5 * MIN);
	});

	it('compares an unfinished week with last week up to the same weekday', () => {
		// Last week: Monday, Wednesday, Friday; this week, on Thursday: Monday and Wednesday.
		const sessions = [
			walk('2026-11-16', [bout(20, 3, 4, 0)]),
			walk('2026-11-18', [bout(20, 3, 4, 0)]),
			walk('2026-11-20', [bout(25, 4, 4, 0)]),
			walk('2026-11-23', [bout(21, 4, 4, 0)]),
			walk('2026-11-25', [bout(22, 4, 4, 0)])
		];
		const soFar = lastWeekSoFar(
			sessions,
			{ start: '2026-11-23' },
			{ start: '2026-11-16' },
			'2026-11-26'
		);
		expect(soFar.through).toBe('2026-11-19');
		expect(soFar.figures?.activeMs).toBe(40 * MIN);
		expect(soFar.done).toBe(2);
		// On Monday, last Monday only; a test walk is never counted.
		const monday = lastWeekSoFar(
			[...sessions, walk('2026-11-16', [bout(6, 3, 5, 0)], { kind: 'test' })],
			{ start: '2026-11-23' },
			{ start: '2026-11-16' },
			'2026-11-23'
		);
		expect(monday.figures?.walks).toBe(1);
		expect(monday.figures?.activeMs).toBe(20 * MIN);
	});
});

describe('months', () => {
	it('sums a month’s weeks and works its figures out from its own walks', () => {
		// Weeks start on Mondays; the week of 28 September belongs to September.
		const startsOn = weekdayOf('2026-09-28');
		const sessions = [
			walk('2026-09-29', [bout(6, 2, 4, 2)], { targetMin: 4 }),
			walk('2026-10-01', [bout(4, 4, 3, 0)], { targetMin: 4 }),
			walk('2026-10-06', [bout(10, 6, 3, 0)], { targetMin: 4 }),
			walk('2026-10-08', [bout(8, 8, 3, 0)], { targetMin: 4 }),
			walk('2026-10-09', [bout(5, null, null, 0)], { kind: 'test' })
		];
		const plan = [
			{ start: '2026-09-28', index: 1, planned: 3, targetMin: 15 },
			{ start: '2026-10-05', index: 2, planned: 3, targetMin: 16 }
		];
		const weeks = weeklyMetrics(sessions, { startsOn, through: '2026-10-11', plan });
		const months = monthlyMetrics(sessions, weeks, startsOn);
		expect(months.map((m) => [m.month, m.weeks, m.planned, m.done, m.tests, m.targetMs])).toEqual([
			['2026-09', 1, 3, 2, 0, 45 * MIN],
			['2026-10', 1, 3, 2, 1, 48 * MIN]
		]);
		// The month's usual onset is the middle of its walks' onsets, not of its weeks'.
		expect(months[1]?.figures).toMatchObject({
			walks: 2,
			activeMs: 18 * MIN,
			firstOnsetMs: 7 * MIN,
			longestBoutMs: 10 * MIN
		});
		expect(monthlyMetrics([], [], startsOn)).toEqual([]);
		// Leg raising: the month's weeks' own, summed.
		const raised = new Map([
			['2026-09-28', 4 * MIN],
			['2026-10-05', 6 * MIN]
		]);
		const withLegs = monthlyMetrics(sessions, weeks, startsOn, raised);
		expect(withLegs.map((m) => m.legRaiseMs)).toEqual([4 * MIN, 6 * MIN]);
	});
});

describe('change since the baseline', () => {
	it('sizes each change by the meaningful-change figures and gives the percentage', () => {
		const changes = changeSince(
			{ onsetMs: 120_000, maxWalkMs: 300_000, distanceM: 300 },
			{ onsetMs: 180_000, maxWalkMs: 460_000, distanceM: 315 }
		);
		expect(changes).toEqual([
			// +60 s: past 35 s (small), short of 87 s (moderate).
			{
				measure: 'onsetMs',
				from: 120_000,
				to: 180_000,
				delta: 60_000,
				percent: 50,
				size: 'small',
				meaningful: true
			},
			// +160 s: past 152 s (large).
			{
				measure: 'maxWalkMs',
				from: 300_000,
				to: 460_000,
				delta: 160_000,
				percent: 53,
				size: 'large',
				meaningful: true
			},
			// +15 m: past 8 m, short of 20 m (the six-minute walk's small and large changes).
			{
				measure: 'distanceM',
				from: 300,
				to: 315,
				delta: 15,
				percent: 5,
				size: 'small',
				meaningful: true
			}
		]);
	});

	it('calls a fall by the same figures a fall, and under them about the same', () => {
		const [onset, peak] = changeSince(
			{ onsetMs: 120_000, maxWalkMs: 300_000, distanceM: null },
			{ onsetMs: 80_000, maxWalkMs: 280_000, distanceM: 250 }
		);
		expect(onset).toMatchObject({ delta: -40_000, size: 'down', meaningful: false, percent: -33 });
		expect(peak).toMatchObject({ delta: -20_000, size: 'same', meaningful: false });
		expect(
			changeSince(
				{ onsetMs: null, maxWalkMs: null, distanceM: 200 },
				{ onsetMs: 10, maxWalkMs: 10, distanceM: 220 }
			)
		).toEqual([
			{
				measure: 'distanceM',
				from: 200,
				to: 220,
				delta: 20,
				percent: 10,
				size: 'large',
				meaningful: true
			}
		]);
	});

	it('a distance within 8 m either way is about the same', () => {
		const [up, down] = [207, 193].map(
			(to) =>
				changeSince(
					{ onsetMs: null, maxWalkMs: null, distanceM: 200 },
					{ onsetMs: null, maxWalkMs: null, distanceM: to }
				)[0]
		);
		expect([up?.size, down?.size]).toEqual(['same', 'same']);
	});

	it('has moderate between 87 and 138 s of onset', () => {
		expect(
			changeSince(
				{ onsetMs: 0, maxWalkMs: null, distanceM: null },
				{ onsetMs: 90_000, maxWalkMs: null, distanceM: null }
			)
		).toEqual([
			{
				measure: 'onsetMs',
				from: 0,
				to: 90_000,
				delta: 90_000,
				percent: null,
				size: 'moderate',
				meaningful: true
			}
		]);
	});
});

describe('milestones', () => {
	it('praises only what happened: a full week, 30 minutes, pain starting later', () => {
		const sessions = [
			walk('2026-11-23', [bout(10, 2, 3, 0)]),
			walk('2026-11-25', [bout(10, 2, 3, 0)]),
			walk('2026-11-27', [bout(10, 2, 3, 0)]),
			walk('2026-12-01', [bout(31, 3, 3, 0)], { targetMin: 20 })
		];
		const plan = [
			{ start: '2026-11-23', index: 1, planned: 3, targetMin: 15 },
			{ start: '2026-11-30', index: 2, planned: 3, targetMin: 20 }
		];
		const weeks = weeklyMetrics(sessions, { startsOn: 0, through: '2026-12-06', plan });
		expect(milestones(weeks, sessions, [])).toEqual([
			{ kind: 'firstWeek', date: '2026-11-29' },
			{ kind: 'thirtyMinutes', date: '2026-12-01' },
			// The week's usual onset went from 2 to 3 minutes: +60 s, past 35 s.
			{ kind: 'onsetUp', date: '2026-12-06', deltaMs: 60_000 }
		]);
	});

	it('gives nothing for a week short of its plan, short walks or onset up by less than 35 s', () => {
		const sessions = [
			walk('2026-11-23', [bout(10, 2, 3, 0)]),
			walk('2026-11-30', [bout(10, 2.5, 3, 0)])
		];
		const plan = [{ start: '2026-11-23', index: 1, planned: 3, targetMin: 15 }];
		const weeks = weeklyMetrics(sessions, { startsOn: 0, through: '2026-12-06', plan });
		expect(milestones(weeks, sessions, [])).toEqual([]);
	});

	it('takes a meaningful re-test before the weekly onset', () => {
		const changes = changeSince(
			{ onsetMs: 120_000, maxWalkMs: null, distanceM: null },
			{ onsetMs: 200_000, maxWalkMs: null, distanceM: null }
		);
		expect(milestones([], [], [{ date: '2026-12-20', changes }])).toEqual([
			{ kind: 'onsetUp', date: '2026-12-20', deltaMs: 80_000 }
		]);
	});
});

describe('each walk test against the first of its kind', () => {
	const MIN = 60_000;
	const base = { onsetMs: null, maxWalkMs: null, distanceM: null, sixMinute: null };
	const timed = (id: string, at: number, onsetMin: number): TestLike => ({
		...base,
		id,
		at,
		method: 'walk',
		onsetMs: onsetMin * MIN,
		maxWalkMs: 6 * MIN
	});
	const corridor = (id: string, at: number, metres: number, courseM = 25, stoppedEarly = false) =>
		({
			...base,
			id,
			at,
			method: 'sixMinute',
			onsetMs: 2 * MIN,
			distanceM: metres,
			sixMinute: { mode: 'corridor', courseM, stoppedEarly }
		}) satisfies TestLike;
	const clinic = (id: string, at: number, metres: number): TestLike => ({
		...base,
		id,
		at,
		method: 'sixMinute',
		distanceM: metres
	});

	it('compares each kind only with its own first test', () => {
		const tests = [
			timed('t0', 0, 3),
			corridor('c1', 1, 350),
			clinic('k1', 2, 400),
			timed('t1', 3, 5),
			corridor('c2', 4, 372),
			clinic('k2', 5, 405)
		];
		const byId = Object.fromEntries(compareTests(tests, 't0').map((c, i) => [tests[i]!.id, c]));
		expect(['t0', 'c1', 'k1'].map((id) => byId[id]!.isFirst)).toEqual([true, true, true]);
		// The timed test: its times against the baseline.
		expect(byId.t1!.changes.map((c) => [c.measure, c.size])).toEqual([
			['onsetMs', 'moderate'],
			['maxWalkMs', 'same']
		]);
		// A corridor walk: its distance only, against the first corridor walk (+22 m: large).
		expect(byId.c2).toMatchObject({ firstId: 'c1', apart: null });
		expect(byId.c2!.changes.map((c) => [c.measure, c.delta, c.size])).toEqual([
			['distanceM', 22, 'large']
		]);
		// A clinic's six-minute walk against the clinic's first, never the corridor's.
		expect(byId.k2!.changes.map((c) => [c.delta, c.size])).toEqual([[5, 'same']]);
	});

	it('keeps a test stopped early apart, and never takes it as the first', () => {
		const tests = [
			corridor('c0', 0, 120, 25, true),
			corridor('c1', 1, 350),
			corridor('c2', 2, 360)
		];
		const [c0, c1, c2] = compareTests(tests);
		expect(c0).toEqual({ isFirst: false, changes: [], apart: 'stopped', firstId: null });
		expect(c1!.isFirst).toBe(true);
		expect(c2!.changes[0]).toMatchObject({ delta: 10, size: 'small' });
	});

	it('does not compare corridor walks on courses of different lengths', () => {
		const [, other] = compareTests([corridor('c1', 0, 350, 30), corridor('c2', 1, 330, 20)]);
		expect(other).toEqual({ isFirst: false, changes: [], apart: 'course', firstId: 'c1' });
	});

	it('gives the newest test of a kind with its comparison and the first’s course', () => {
		const tests = [
			corridor('c1', 0, 350, 30),
			corridor('c2', 1, 330, 20),
			corridor('c3', 2, 375, 30)
		];
		expect(newestCompared(tests, 'corridor')).toMatchObject({
			firstId: 'c1',
			firstCourseM: 30,
			apart: null,
			changes: [{ delta: 25, size: 'large' }]
		});
		expect(newestCompared(tests, 'outdoor')).toBeNull();
	});
});
