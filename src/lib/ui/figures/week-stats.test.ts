import { describe, expect, it } from 'vitest';
import { dayName } from '$lib/messages';
import { weekChange, type WeekFigures, type WeekMetrics } from '$lib/progress/metrics';
import { weekStats } from './week-stats';

const MIN = 60_000;
const figures = (extra: Partial<WeekFigures> = {}): WeekFigures => ({
	walks: 1,
	activeMs: 20 * MIN,
	bouts: 3,
	rests: 2,
	firstOnsetMs: 4 * MIN,
	medianOnsetMs: 4 * MIN,
	longestBoutMs: 12 * MIN,
	totalRestMs: 6 * MIN,
	medianRestMs: 3 * MIN,
	highestPain: 3,
	elevationMs: 0,
	medianPainFreeMetres: null,
	longestMetres: null,
	...extra
});
const week = (start: string, extra: Partial<WeekMetrics> = {}): WeekMetrics => ({
	start,
	end: start,
	index: 1,
	planned: 3,
	done: 1,
	attempted: 0,
	targetMs: 45 * MIN,
	tests: 0,
	figures: figures(),
	...extra
});

describe('a figure this week against last week', () => {
	it('is the same below what a person could notice', () => {
		expect(weekChange(20 * MIN + 29_000, 20 * MIN, 'total')?.direction).toBe('same');
		expect(weekChange(20 * MIN + 30_000, 20 * MIN, 'total')?.direction).toBe('up');
		expect(weekChange(4 * MIN - 999, 4 * MIN, 'time')?.direction).toBe('same');
		expect(weekChange(3 * MIN, 4 * MIN, 'time')).toEqual({ delta: -MIN, direction: 'down' });
		expect(weekChange(null, 4 * MIN, 'time')).toBeNull();
	});
});

describe('Progress: this week so far', () => {
	const today = '2026-12-02';
	const day = dayName(today);

	it('says each change from last week by the same day, in words, with its arrow', () => {
		const stats = weekStats({
			current: week('2026-11-30'),
			previous: week('2026-11-23'),
			lastWeek: {
				figures: figures({ activeMs: 11 * MIN, firstOnsetMs: 3 * MIN, longestBoutMs: 12 * MIN }),
				done: 1
			},
			today
		});
		const byId = Object.fromEntries(stats.map((s) => [s.id, s]));
		expect(byId['stat-walking']).toMatchObject({
			value: '20\u00a0min',
			detail: 'Target for the week: 45\u00a0min',
			arrow: '↑',
			words: `9\u00a0min more than by ${day} last week`
		});
		expect(byId['stat-sessions']).toMatchObject({
			value: '1 of 3',
			words: `By ${day} last week: 1 done`
		});
		expect(byId['stat-onset']).toMatchObject({
			arrow: '↑',
			words: `1\u00a0min later than by ${day} last week`
		});
		expect(byId['stat-longest']).toMatchObject({
			arrow: '→',
			words: `The same as by ${day} last week`
		});
	});

	it('in the first week compares nothing; with no walks by then it says so', () => {
		const first = weekStats({ current: week('2026-11-30'), previous: null, lastWeek: null, today });
		expect(first.map((s) => s.words)).toEqual(['', '', '', '']);
		const none = weekStats({
			current: week('2026-11-30', { figures: null, done: 0, planned: null }),
			previous: week('2026-11-23', { planned: null }),
			lastWeek: { figures: null, done: 0 },
			today
		});
		expect(none.map((s) => s.value)).toEqual(['No walks yet', '0', 'No walks yet', 'No walks yet']);
		expect(none[0]?.words).toBe(`No walks by ${day} last week`);
		expect(none[1]?.words).toBe(`By ${day} last week: 0 walks, before your program`);
	});
});
