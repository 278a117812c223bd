import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '$lib/program/plan';
import { AWAY_MS, isStale, newWalk, restWarning, STALE_MS, timeQuestion } from './rules';
import { walkView, type WalkEvent } from './timeline';

const MIN = 60_000;

function planOn(
	today: string,
	days: (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
	track: 'pad' | 'vein' = 'pad',
	doneDates: string[] = []
): Plan {
	const done = doneDates.map((date) => ({
		date,
		activeWalkingMs: 15 * MIN,
		targetMs: 15 * MIN,
		firstOnsetMs: null,
		moderatePainMs: null,
		endedBy: null,
		markedDone: false
	}));
	const result = buildPlan(
		{
			startDate: '2026-11-23',
			weeks: 12,
			schedules: [{ from: '2026-11-23', days, timeOfDay: 'morning', track }],
			baseline: null
		},
		done,
		today
	);
	if (!result.ok) throw new Error('no plan');
	return result.plan;
}

describe('a new walk', () => {
	it('is today’s planned session, with its track and target', () => {
		expect(newWalk(planOn('2026-11-23', [0, 2, 4]))).toEqual({
			kind: 'planned',
			track: 'pad',
			targetMin: 15
		});
	});

	it('is a free walk on a day with nothing planned, at this week’s target and track', () => {
		// With no program at all: a free PAD walk at the usual start.
		expect(newWalk(null)).toEqual({ kind: 'free', track: 'pad', targetMin: 15 });
		// Sunday, the week's five walks done.
		const weekDone = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
		const vein = planOn('2026-11-29', [0, 1, 2, 3, 4], 'vein', weekDone);
		expect(vein.today).toBeNull();
		expect(newWalk(vein)).toMatchObject({ kind: 'free', track: 'vein', targetMin: 15 });
	});
});

describe('a stale walk', () => {
	const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
	const events: WalkEvent[] = [
		{ id: 'a', sessionId: 's', seq: 1, at: T0, type: 'started', phase: 'walking' }
	];
	it('is one untouched for more than 4 hours', () => {
		expect(isStale(walkView(events, T0 + STALE_MS), T0 + STALE_MS)).toBe(false);
		expect(isStale(walkView(events, T0 + STALE_MS + MIN), T0 + STALE_MS + MIN)).toBe(true);
	});
	it('is never a finished walk', () => {
		const done: WalkEvent[] = [
			...events,
			{ id: 'b', sessionId: 's', seq: 2, at: T0 + MIN, type: 'finished' }
		];
		expect(isStale(walkView(done, T0 + 10 * STALE_MS), T0 + 10 * STALE_MS)).toBe(false);
	});
});

describe('time away from an open walk', () => {
	const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
	const ev = (seq: number, minute: number, input: Partial<WalkEvent>): WalkEvent => ({
		id: `e${seq}`,
		sessionId: 's',
		seq,
		at: T0 + minute * MIN,
		type: 'note',
		...input
	});
	// Walked 5 minutes, then stopped to rest.
	const resting = [
		ev(1, 0, { type: 'started', phase: 'walking' }),
		ev(2, 3, { type: 'painOnset', level: 2 }),
		ev(3, 5, { type: 'stopped', level: 4 })
	];
	const ask = (events: WalkEvent[], seenAt: number, now: number) =>
		timeQuestion(walkView(events, seenAt), walkView(events, now), seenAt, now);

	it('asks nothing after a short time away: a reload, or a tab back within two minutes', () => {
		const seenAt = T0 + 9 * MIN;
		expect(ask(resting, seenAt, seenAt + 30_000)).toBeNull();
		expect(ask(resting, seenAt, seenAt + AWAY_MS)).toBeNull();
	});

	it('asks about a rest after a clock moved two hours on: what was seen, and the time now', () => {
		const seenAt = T0 + 9 * MIN;
		expect(ask(resting, seenAt, seenAt + 120 * MIN)).toEqual({
			jump: 'forward',
			doing: 'resting',
			seenAt,
			seenMs: 4 * MIN,
			sinceMs: 124 * MIN
		});
	});

	it('asks about a bout, and about another part of the session, in their own terms', () => {
		const walking = resting.slice(0, 2);
		expect(ask(walking, T0 + 4 * MIN, T0 + 60 * MIN)).toMatchObject({
			jump: 'forward',
			doing: 'walking',
			seenMs: 4 * MIN,
			sinceMs: 60 * MIN
		});
		const warmup = [ev(1, 0, { type: 'started', phase: 'warmup' })];
		expect(ask(warmup, T0 + 2 * MIN, T0 + 30 * MIN)).toMatchObject({
			doing: 'part',
			seenMs: 2 * MIN
		});
	});

	it('asks when the clock now reads earlier than the walk was seen, without a time since', () => {
		const seenAt = T0 + 9 * MIN;
		expect(ask(resting, seenAt, seenAt - 60 * MIN)).toEqual({
			jump: 'back',
			doing: 'resting',
			seenAt,
			seenMs: 4 * MIN,
			sinceMs: 4 * MIN
		});
		// A few seconds back is the clock's own noise, not a change.
		expect(ask(resting, seenAt, seenAt - 10_000)).toBeNull();
	});

	it('leaves a walk left for hours to the stale question, and asks nothing of a paused or ended walk', () => {
		const seenAt = T0 + 9 * MIN;
		expect(ask(resting, seenAt, T0 + 5 * MIN + STALE_MS + MIN)).toBeNull();
		const paused = [...resting, ev(4, 6, { type: 'paused' })];
		expect(ask(paused, seenAt, seenAt + 60 * MIN)).toBeNull();
		const finished = [...resting, ev(4, 6, { type: 'phaseStarted', phase: 'finish' })];
		expect(ask(finished, seenAt, seenAt + 60 * MIN)).toBeNull();
	});
});

describe('the warning a rest shows', () => {
	const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
	const walk = (level: 2 | 4 | 5, restMin: number) =>
		walkView(
			[
				{ id: 'a', sessionId: 's', seq: 1, at: T0, type: 'started', phase: 'walking' },
				{ id: 'b', sessionId: 's', seq: 2, at: T0 + 5 * MIN, type: 'stopped', level }
			],
			T0 + (5 + restMin) * MIN
		);

	it('is none while resting under 10 minutes after a stop at moderate pain', () => {
		expect(restWarning(walk(4, 9.9), false)).toBeNull();
	});

	it('is a long rest from 10 minutes, except on a walk that does not rest for pain', () => {
		expect(restWarning(walk(4, 10), false)).toBe('longRest');
		expect(restWarning(walk(2, 10), true)).toBeNull();
	});

	it('is severe pain from the stop on, and a long rest outranks it', () => {
		expect(restWarning(walk(5, 0), false)).toBe('severePain');
		expect(restWarning(walk(5, 12), false)).toBe('longRest');
	});
});
