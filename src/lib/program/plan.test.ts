import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, type Weekday } from '$lib/dates';
import { checkTestEntry, startTargetMin } from './baseline';
import {
	buildPlan,
	checkSchedule,
	GOAL_MIN,
	type Plan,
	type ProgramSettings,
	withSchedule
} from './plan';
import { phaseAfter, sessionTemplate } from './session-template';
import type { DoneSession, Schedule, WalkTestResult } from './types';

const MIN = 60_000;
// 2026-11-23 is a Monday.
const START: IsoDate = '2026-11-23';
const MON_WED_FRI: Weekday[] = [0, 2, 4];

function schedule(days: Weekday[] = MON_WED_FRI, extra: Partial<Schedule> = {}): Schedule {
	return { from: START, days, timeOfDay: 'morning', track: 'pad', ...extra };
}

const typicalTest: WalkTestResult = {
	method: 'walk',
	onsetMs: 3 * MIN,
	maxWalkMs: 6 * MIN,
	distanceM: null
};

function settings(extra: Partial<ProgramSettings> = {}): ProgramSettings {
	return { startDate: START, weeks: 12, schedules: [schedule()], baseline: typicalTest, ...extra };
}

function plan(s: ProgramSettings, done: DoneSession[], today: IsoDate): Plan {
	const result = buildPlan(s, done, today);
	if (!result.ok) throw new Error(`no plan: ${result.error.kind}`);
	return result.plan;
}

/** Sessions on the given week-day offsets of each listed week, each with this onset. */
function didWeeks(
	weeks: number[],
	offsets = [0, 2, 4],
	onsetMs: number | null = 4 * MIN,
	walkMs = 20 * MIN
): DoneSession[] {
	return weeks.flatMap((w) =>
		offsets.map((o) => ({
			date: addDays(START, (w - 1) * 7 + o),
			activeWalkingMs: walkMs,
			firstOnsetMs: onsetMs
		}))
	);
}

const targets = (p: Plan) => p.weeks.map((w) => w.targetMin);
const reasons = (p: Plan) => p.weeks.map((w) => w.reason.kind);
const AFTER_12_WEEKS = addDays(START, 12 * 7);

describe('programs replayed week by week', () => {
	// Each row: who, what they did, the targets we expect at the end of 12 weeks.
	const table: {
		who: string;
		baseline: WalkTestResult | null;
		done: DoneSession[];
		targets: number[];
		reasons?: string[];
	}[] = [
		{
			who: 'does everything',
			baseline: typicalTest,
			done: didWeeks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
			targets: [15, 20, 25, 30, 35, 40, 45, 50, 50, 50, 50, 50],
			reasons: [
				'baseline',
				'advanced',
				'advanced',
				'advanced',
				'advanced',
				'advanced',
				'advanced',
				'advanced',
				'atGoal',
				'atGoal',
				'atGoal',
				'atGoal'
			]
		},
		{
			who: 'misses week 3',
			baseline: typicalTest,
			done: didWeeks([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
			targets: [15, 20, 25, 25, 30, 35, 40, 45, 50, 50, 50, 50],
			reasons: [
				'baseline',
				'advanced',
				'advanced',
				'repeated',
				'advanced',
				'advanced',
				'advanced',
				'advanced',
				'advanced',
				'atGoal',
				'atGoal',
				'atGoal'
			]
		},
		{
			who: 'does 2 of 3 in week 2',
			baseline: typicalTest,
			done: [
				...didWeeks([1]),
				...didWeeks([2], [0, 2]),
				...didWeeks([3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
			],
			targets: [15, 20, 20, 25, 30, 35, 40, 45, 50, 50, 50, 50]
		},
		{
			who: 'improves fast: pain comes late from week 4',
			baseline: typicalTest,
			done: [
				...didWeeks([1, 2, 3]),
				...didWeeks([4, 5, 6, 7, 8, 9, 10, 11, 12], [0, 2, 4], 9 * MIN, 35 * MIN)
			],
			targets: [15, 20, 25, 30, 30, 30, 30, 30, 30, 30, 30, 30],
			reasons: [
				'baseline',
				'advanced',
				'advanced',
				'advanced',
				'held',
				'held',
				'held',
				'held',
				'held',
				'held',
				'held',
				'held'
			]
		},
		{
			who: 'pain never comes',
			baseline: { method: 'walk', onsetMs: null, maxWalkMs: 12 * MIN, distanceM: null },
			done: didWeeks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [0, 2, 4], null, 25 * MIN),
			// Time still rises to the 30-minute guideline minimum, then intensity takes over.
			targets: [20, 25, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]
		},
		{
			who: 'strong baseline',
			baseline: { method: 'treadmill', onsetMs: 5 * MIN, maxWalkMs: 32 * MIN, distanceM: null },
			done: didWeeks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
			targets: [35, 40, 45, 50, 50, 50, 50, 50, 50, 50, 50, 50]
		},
		{
			who: 'weak baseline, does nothing',
			baseline: { method: 'walk', onsetMs: 1 * MIN, maxWalkMs: 2 * MIN, distanceM: null },
			done: [],
			targets: Array(12).fill(10)
		}
	];

	for (const row of table) {
		it(row.who, () => {
			const p = plan(settings({ baseline: row.baseline }), row.done, AFTER_12_WEEKS);
			expect(targets(p)).toEqual(row.targets);
			if (row.reasons) expect(reasons(p)).toEqual(row.reasons);
			expect(p.ended).toBe(true);
		});
	}

	it('never goes past the 50-minute goal and never drops', () => {
		for (const row of table) {
			const t = targets(plan(settings({ baseline: row.baseline }), row.done, AFTER_12_WEEKS));
			t.forEach((v, i) => {
				expect(v).toBeLessThanOrEqual(GOAL_MIN);
				if (i > 0) expect(v).toBeGreaterThanOrEqual(t[i - 1] as number);
			});
		}
	});

	it('suggests more pace or a hill once pain comes late or at the goal', () => {
		const fast = plan(
			settings(),
			[...didWeeks([1]), ...didWeeks([2], [0, 2, 4], 9 * MIN, 25 * MIN)],
			addDays(START, 14)
		);
		expect(fast.weeks[0]?.intensity).toBeNull();
		expect(fast.weeks[2]?.intensity).toEqual({ kind: 'lateOnset', onsetMs: 9 * MIN });
		const all = plan(settings(), didWeeks([1, 2, 3, 4, 5, 6, 7, 8]), AFTER_12_WEEKS);
		expect(all.weeks[8]?.intensity).toEqual({ kind: 'atGoal' });
	});

	it('plans a walk test every 4 weeks', () => {
		const p = plan(settings(), [], START);
		expect(p.weeks.filter((w) => w.retest).map((w) => w.index)).toEqual([4, 8, 12]);
	});
});

describe('the current week', () => {
	it('shows today, the next session and a projected future', () => {
		const p = plan(settings(), didWeeks([1]), addDays(START, 7));
		expect(p.current?.index).toBe(2);
		expect(p.current?.targetMin).toBe(20);
		expect(p.current?.reason).toEqual({ kind: 'advanced', done: 3, planned: 3 });
		expect(p.today).toMatchObject({ date: addDays(START, 7), status: 'today', targetMin: 20 });
		expect(p.next?.date).toBe(addDays(START, 9));
		expect(p.weeks[2]?.reason).toEqual({ kind: 'ifComplete', week: 2 });
		expect(p.weeks[0]?.sessions.every((s) => s.status === 'done')).toBe(true);
	});

	it('moves a missed session to the days ahead instead of losing it', () => {
		// Missed Monday; it is Tuesday now: three sessions still fit, one on an extra day.
		const p = plan(settings(), [], addDays(START, 1));
		const week = p.current;
		expect(week?.sessions.map((s) => [s.date, s.status, s.extraDay])).toEqual([
			[addDays(START, 1), 'today', true],
			[addDays(START, 2), 'upcoming', false],
			[addDays(START, 4), 'upcoming', false]
		]);
	});

	it('does not plan a second session on a day one was done', () => {
		const done = [{ date: START, activeWalkingMs: 15 * MIN, firstOnsetMs: 3 * MIN }];
		const p = plan(settings(), done, START);
		expect(p.today).toBeNull();
		expect(p.doneToday).toBe(true);
		expect(p.next?.date).toBe(addDays(START, 2));
	});

	it('marks missed sessions in past weeks', () => {
		const p = plan(settings(), didWeeks([1], [0]), addDays(START, 8));
		expect(p.weeks[0]?.sessions.map((s) => s.status)).toEqual(['done', 'missed', 'missed']);
		expect(p.weeks[1]?.reason).toEqual({ kind: 'repeated', done: 1, planned: 3 });
	});
});

describe('changing choices', () => {
	it('moves the future and keeps the past', () => {
		const done = didWeeks([1, 2]);
		const today = addDays(START, 14); // Monday of week 3
		const before = plan(settings(), done, today);
		const changed = settings({
			schedules: withSchedule([schedule()], schedule([1, 3, 5, 6], { from: today }))
		});
		const after = plan(changed, done, today);
		expect(after.weeks.slice(0, 2)).toEqual(before.weeks.slice(0, 2));
		expect(after.weeks[3]?.sessions.map((s) => s.date)).toEqual(
			[1, 3, 5, 6].map((d) => addDays(START, 21 + d))
		);
		expect(after.weeks[3]?.planned).toBe(4);
	});

	it('switches the track from a date on', () => {
		const today = addDays(START, 7);
		const s = settings({
			schedules: withSchedule(
				[schedule()],
				schedule([0, 1, 2, 3, 4, 5, 6], { from: today, track: 'vein' })
			)
		});
		const p = plan(s, didWeeks([1]), today);
		expect(p.weeks[0]?.sessions.every((x) => x.track === 'pad')).toBe(true);
		expect(p.weeks[1]?.sessions.every((x) => x.track === 'vein')).toBe(true);
	});
});

describe('bad choices', () => {
	it('cannot plan with no walking days, and says why', () => {
		expect(buildPlan(settings({ schedules: [schedule([])] }), [], START)).toEqual({
			ok: false,
			error: { kind: 'noDays' }
		});
		expect(checkSchedule({ days: [], track: 'vein' })).toEqual({ kind: 'noDays' });
	});

	it('needs 3 days a week for the PAD track but not for veins', () => {
		expect(checkSchedule({ days: [0, 3], track: 'pad' })).toEqual({
			kind: 'tooFewDays',
			needed: 3
		});
		expect(checkSchedule({ days: [0, 3], track: 'both' })).toEqual({
			kind: 'tooFewDays',
			needed: 3
		});
		expect(checkSchedule({ days: [0, 3], track: 'vein' })).toBeNull();
	});
});

describe('starting target from the walk test', () => {
	it.each([
		[{ method: 'walk', onsetMs: 1 * MIN, maxWalkMs: 2 * MIN, distanceM: null }, 10],
		[{ method: 'walk', onsetMs: 3 * MIN, maxWalkMs: 6 * MIN, distanceM: null }, 15],
		[{ method: 'treadmill', onsetMs: 6 * MIN, maxWalkMs: 12 * MIN, distanceM: null }, 20],
		[{ method: 'treadmill', onsetMs: 10 * MIN, maxWalkMs: 40 * MIN, distanceM: null }, 35],
		[{ method: 'sixMinute', onsetMs: null, maxWalkMs: null, distanceM: 150 }, 10],
		[{ method: 'sixMinute', onsetMs: null, maxWalkMs: null, distanceM: 300 }, 15],
		[{ method: 'sixMinute', onsetMs: null, maxWalkMs: null, distanceM: 500 }, 25]
	] as [WalkTestResult, number][])('%o → %i min', (test, minutes) => {
		expect(startTargetMin(test)).toBe(minutes);
	});

	it('starts at 15 minutes with no test', () => {
		expect(startTargetMin(null)).toBe(15);
	});
});

describe('checking a typed-in test result', () => {
	it('accepts a sane treadmill result', () => {
		expect(
			checkTestEntry({ method: 'treadmill', onsetMin: '3,5', maxMin: '7', units: 'km' })
		).toEqual({
			ok: true,
			result: { method: 'treadmill', onsetMs: 3.5 * MIN, maxWalkMs: 7 * MIN, distanceM: null }
		});
	});

	it.each([
		[{ onsetMin: '-2', maxMin: '5' }, { onset: 'negative' }],
		[{ onsetMin: '8', maxMin: '5' }, { onset: 'onsetAfterEnd' }],
		[{ onsetMin: '3', maxMin: '300' }, { max: 'tooLong' }],
		[
			{ onsetMin: 'abc', maxMin: '' },
			{ onset: 'notANumber', max: 'required' }
		],
		[{ onsetMin: '', maxMin: '0' }, { max: 'negative' }]
	])('refuses %o', (fields, errors) => {
		expect(checkTestEntry({ method: 'treadmill', units: 'km', ...fields })).toEqual({
			ok: false,
			errors
		});
	});

	it('checks six-minute distances in metres or yards', () => {
		expect(checkTestEntry({ method: 'sixMinute', distance: '400', units: 'km' })).toMatchObject({
			ok: true,
			result: { distanceM: 400 }
		});
		expect(checkTestEntry({ method: 'sixMinute', distance: '400', units: 'miles' })).toMatchObject({
			ok: true,
			result: { distanceM: 366 }
		});
		expect(checkTestEntry({ method: 'sixMinute', distance: '5000', units: 'km' })).toEqual({
			ok: false,
			errors: { distance: 'tooFar' }
		});
		expect(checkTestEntry({ method: 'sixMinute', distance: '-3', units: 'km' })).toEqual({
			ok: false,
			errors: { distance: 'negative' }
		});
	});
});

describe('session templates', () => {
	it('gives PAD a warm-up, intervals and a cool-down', () => {
		const t = sessionTemplate('pad', 20);
		expect(t.parts.map((p) => p.phase)).toEqual(['warmup', 'walking', 'cooldown']);
		expect(t.walkMode).toBe('intervals');
		expect(t.targetMs).toBe(20 * MIN);
		const warmup = t.parts[0]?.durationMs ?? 0;
		expect(warmup).toBeGreaterThanOrEqual(5 * MIN);
		expect(warmup).toBeLessThanOrEqual(10 * MIN);
		expect(
			t.parts[2]?.steps.filter((s) => s.id !== 'slowWalk').every((s) => s.durationMs === 30_000)
		).toBe(true);
	});

	it('goes from part to part, then to the finish', () => {
		const t = sessionTemplate('vein', 15);
		expect(phaseAfter(t, 'warmup')).toBe('walking');
		expect(phaseAfter(t, 'walking')).toBe('calfPump');
		expect(phaseAfter(t, 'elevation')).toBe('finish');
		expect(phaseAfter(sessionTemplate('pad', 15), 'cooldown')).toBe('finish');
	});

	it('adds calf pump and elevation for veins and for both', () => {
		expect(sessionTemplate('vein', 15).parts.map((p) => p.phase)).toEqual([
			'warmup',
			'walking',
			'calfPump',
			'cooldown',
			'elevation'
		]);
		expect(sessionTemplate('vein', 15).walkMode).toBe('continuous');
		expect(sessionTemplate('both', 15).walkMode).toBe('intervals');
		expect(sessionTemplate('both', 15).parts.at(-1)?.phase).toBe('elevation');
	});
});
