import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate, type IsoDate } from '$lib/dates';
import * as m from '$lib/messages';
import { buildPlan } from '$lib/program/plan';
import type { DoneSession } from '$lib/program/types';
import type { CareStatus } from '$lib/safety/care';
import type { ProgramRecord, ReviewRecord, WalkTestRecord } from '$lib/storage/schema';
import { TodayView, type TodayPorts, type TodaySource } from './today.svelte';

const MIN = 60_000;
// 2026-11-23 is a Monday; walks on Monday, Wednesday and Friday; week 4 has a walk test.
const START: IsoDate = '2026-11-23';
const stamp = { updatedAt: 0, deletedAt: null };
const program: ProgramRecord = {
	id: 'p1',
	...stamp,
	createdAt: 0,
	status: 'active',
	startDate: START,
	weeks: 12,
	schedules: [{ from: START, days: [0, 2, 4], timeOfDay: 'morning', track: 'pad' }],
	diagnosis: 'pad',
	legs: 'both',
	baselineTestId: 't0',
	clearedAt: null,
	safetyCheckId: null
};
const noon = (date: IsoDate) => parseIsoDate(date).getTime() + 12 * 60 * MIN;
function test(id: string, date: IsoDate, sessionId: string | null = 's'): WalkTestRecord {
	return {
		id,
		...stamp,
		programId: 'p1',
		at: noon(date),
		method: 'walk',
		onsetMs: 3 * MIN,
		maxWalkMs: 6 * MIN,
		distanceM: null,
		sessionId,
		sixMinute: null
	};
}
const baseline = test('t0', START, null);
function walked(date: IsoDate, activeMin = 20, targetMin = 20): DoneSession {
	return {
		date,
		activeWalkingMs: activeMin * MIN,
		targetMs: targetMin * MIN,
		firstOnsetMs: 2 * MIN,
		moderatePainMs: 4 * MIN,
		endedBy: null,
		markedDone: false
	};
}
function review(weekStart: IsoDate): ReviewRecord {
	return {
		id: `r-${weekStart}`,
		...stamp,
		programId: 'p1',
		weekStart,
		at: noon(weekStart),
		obstacles: [],
		text: null,
		days: [0, 2, 4],
		goal: 'keep'
	};
}

/** Today's view on a day, from what is recorded; the source stays live, as ProgramState is. */
function today(
	date: IsoDate,
	records: {
		tests?: WalkTestRecord[];
		done?: DoneSession[];
		reviews?: ReviewRecord[];
		status?: Partial<CareStatus>;
	} = {},
	logBreak: TodayPorts['logBreak'] = async () => true
) {
	const tests = [baseline, ...(records.tests ?? [])];
	const done = records.done ?? [];
	const result = buildPlan(
		{
			startDate: START,
			weeks: 12,
			schedules: program.schedules,
			baseline: { method: 'walk', onsetMs: 3 * MIN, maxWalkMs: 6 * MIN, distanceM: null },
			careHold: records.status?.mayWalk === false
		},
		done,
		date
	);
	if (!result.ok) throw new Error('no plan');
	const plan = result.plan;
	const week = plan.current;
	const source: { -readonly [K in keyof TodaySource]: TodaySource[K] } = $state({
		today: date,
		program,
		plan,
		tests,
		done,
		reviews: records.reviews ?? [],
		retestThisWeek:
			tests.find(
				(t) =>
					t.id !== 't0' && !!week && toIsoDate(t.at) >= week.start && toIsoDate(t.at) <= week.end
			) ?? null
	});
	const care = {
		status: records.status ? ({ mayWalk: true, ...records.status } as CareStatus) : null
	};
	let clock = 10_000;
	const ports: TodayPorts = { now: () => clock, logBreak };
	return {
		view: new TodayView(source, care, ports),
		plan,
		source,
		later: (ms: number) => (clock += ms)
	};
}

describe('Today', () => {
	it('offers a six-minute walk in the first week, until one is done; never while walks wait', () => {
		expect(today(START).view.sixMinuteOffer).toBe(true);
		const sixMinute = {
			...test('t6', '2026-11-24', null),
			method: 'sixMinute' as const,
			distanceM: 360
		};
		expect(today('2026-11-25', { tests: [sixMinute] }).view.sixMinuteOffer).toBe(false);
		expect(today('2026-11-25', { status: { mayWalk: false } }).view.sixMinuteOffer).toBe(false);
		// A timed walk test walked today: the rest of the day is rest.
		expect(today('2026-11-25', { tests: [test('t1', '2026-11-25')] }).view.sixMinuteOffer).toBe(
			false
		);
		// Past the first week, the walk tests page offers it with each re-test.
		expect(today('2026-12-01').view.sixMinuteOffer).toBe(false);
	});

	it('on a walking day, the walk is the one thing to do, and it is what comes next', () => {
		const { view, plan } = today(START);
		expect(view.walkToday).toBe(true);
		expect(view.main).toBe('walk');
		expect(view.upNext).toBe(plan.today);
		expect([view.reviewDue, view.walkTestDue, view.walkedTestToday]).toEqual([false, false, false]);
		expect(view.schedule?.track).toBe('pad');
	});

	it('on a day without a walk, nothing is the main thing and the next walking day is next', () => {
		const { view, plan } = today('2026-11-24', { done: [walked(START)] });
		expect(view.walkToday).toBe(false);
		expect(view.main).toBe(null);
		expect(view.upNext).toBe(plan.next);
		expect(view.upNext?.date).toBe('2026-11-25');
	});

	it('when the care status asks to talk first, that comes before the walk', () => {
		const { view } = today(START, { status: { mayWalk: false } });
		expect(view.mayWalk).toBe(false);
		expect(view.main).toBe('care');
	});

	it('asks for the weekly review from the second week until it is written', () => {
		expect(today(START).view.reviewDue).toBe(false);
		const week2 = today('2026-11-30', { done: [walked(START)] });
		expect(week2.view.reviewDue).toBe(true);
		// The walk comes before the review on a walking day.
		expect(week2.view.main).toBe('walk');
		week2.source.reviews = [review('2026-11-30')];
		expect(week2.view.reviewDue).toBe(false);
		// A day without a walk: the review is the main thing.
		const tuesday = today('2026-12-01', { done: [walked('2026-11-30')] });
		expect(tuesday.view.walkToday).toBe(false);
		expect(tuesday.view.main).toBe('review');
	});

	it('in a walk-test week, the test comes first until it is done, and then today is a rest day', () => {
		const date: IsoDate = '2026-12-14';
		const due = today(date, { reviews: [review(date)] });
		expect(due.view.week?.retest).toBe(true);
		expect(due.view.walkTestDue).toBe(true);
		expect(due.view.main).toBe('walkTest');

		const tested = today(date, { reviews: [review(date)], tests: [test('t1', date)] });
		expect(tested.view.walkTestDue).toBe(false);
		expect(tested.view.walkedTestToday).toBe(true);
		expect(tested.view.main).toBe(null);
		// The next walk is the next walking day's, not today's.
		expect(tested.view.upNext).toBe(tested.plan.next);
		expect(tested.view.upNext?.date).toBe('2026-12-16');
	});

	it('a six-minute walk done with the app makes today a rest day too', () => {
		const date: IsoDate = '2026-12-14';
		const six: WalkTestRecord = {
			...test('t1', date, null),
			method: 'sixMinute',
			maxWalkMs: null,
			distanceM: 362,
			sixMinute: {
				mode: 'corridor',
				courseM: 25,
				laps: 14,
				stoppedEarly: false,
				painLap: 6,
				quality: null
			}
		};
		const walked = today(date, { reviews: [review(date)], tests: [six] });
		expect([walked.view.walkTestDue, walked.view.walkedTestToday]).toEqual([false, true]);
	});

	it('a test result typed in (no walk in the app) does not make today a rest day', () => {
		const date: IsoDate = '2026-12-14';
		const typed = today(date, { reviews: [review(date)], tests: [test('t1', date, null)] });
		expect(typed.view.walkTestDue).toBe(false);
		expect(typed.view.walkedTestToday).toBe(false);
		expect(typed.view.main).toBe('walk');
	});

	it('a walk today too short to count says how long it was and how long the session needs', () => {
		const { view } = today(START, { done: [walked(START, 5, 15), walked(START, 3, 15)] });
		expect(view.walkToday).toBe(true);
		expect(view.shortToday).toEqual({ walkedMin: 5, neededMin: expect.any(Number) });
		expect(view.shortToday!.neededMin).toBeGreaterThan(5);
		expect(view.shortToday!.neededMin).toBeLessThanOrEqual(15);
		// Once a walk counts, there is nothing short to say.
		expect(today(START, { done: [walked(START, 20, 20)] }).view.shortToday).toBe(null);
		expect(today(START).view.shortToday).toBe(null);
	});

	it('counts the week’s sessions that did not end early', () => {
		const { view } = today('2026-11-27', { done: [walked(START)] });
		expect(view.week?.sessions.length).toBe(3);
		expect(view.weekCounted).toBe(3);
	});

	it('logs one break per tap, and says when it could not be stored', async () => {
		const logged: string[] = [];
		let works = true;
		const { view, later } = today(START, {}, async (kind) => (logged.push(kind), works));
		await view.logBreak('elevation');
		expect(view.breakNote).toBe(m.day.logged);
		// A second tap within a moment is the same tap.
		later(400);
		await view.logBreak('elevation');
		expect(logged).toEqual(['elevation']);
		later(1000);
		await view.logBreak('calfPump');
		expect(logged).toEqual(['elevation', 'calfPump']);
		works = false;
		later(2000);
		await view.logBreak('calfPump');
		expect(view.breakNote).toBe(m.storage.problem.failed);
	});
});
