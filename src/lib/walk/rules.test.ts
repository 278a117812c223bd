import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '$lib/program/plan';
import { isStale, newWalk, STALE_MS } from './rules';
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
