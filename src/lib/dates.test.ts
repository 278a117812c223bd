import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseIsoDate, toIsoDate, weekdayOf } from './dates';

// The same answers as counting days on a local calendar, which is what a person means by a
// date, in a time zone with daylight saving (Europe/London in these tests).
function localAddDays(date: string, days: number): string {
	const d = parseIsoDate(date);
	d.setDate(d.getDate() + days);
	return toIsoDate(d);
}

describe('calendar dates', () => {
	it('adds days as a local calendar does, across clock changes, month and year ends', () => {
		let date = '2023-12-25';
		for (let i = 0; i < 800; i++) {
			for (const days of [-400, -31, -7, -1, 0, 1, 6, 7, 30, 365]) {
				expect(addDays(date, days)).toBe(localAddDays(date, days));
			}
			date = localAddDays(date, 1);
		}
	});

	it('counts whole days between two dates, either way round', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // the clocks go forward between
		expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0);
	});

	it('names the weekday with Monday as 0, as a local calendar does', () => {
		let date = '1969-12-20';
		for (let i = 0; i < 3000; i++) {
			expect(weekdayOf(date)).toBe((parseIsoDate(date).getDay() + 6) % 7);
			date = addDays(date, 5);
		}
		expect(weekdayOf('2026-11-23')).toBe(0);
		expect(weekdayOf('2026-11-29')).toBe(6);
	});
});
