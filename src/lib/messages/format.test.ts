import { describe, expect, it } from 'vitest';
import { datesFrom } from '$lib/dates';
import { dateStyleOf, datesIn, number } from './format';

const dayFirst = datesIn(dateStyleOf('en-GB'));
const monthFirst = datesIn(dateStyleOf('en-US'));

describe('dates in the person’s order', () => {
	it('writes the day first, without commas, where the region does (and where it names none)', () => {
		for (const locale of ['en-GB', 'en', 'de-DE', undefined]) {
			expect(dateStyleOf(locale)).toEqual({ monthFirst: false, twelveHour: false });
		}
		expect(dayFirst.shortDate('2026-09-07')).toBe('Mon 7 Sept');
		expect(dayFirst.longDate('2026-09-07')).toBe('Monday 7 September');
		expect(dayFirst.fullDate('2026-11-23')).toBe('Monday 23 November 2026');
		expect(dayFirst.shortDateYear('2026-11-23')).toBe('Mon 23 Nov 2026');
		expect(dayFirst.weekDate('2026-11-23')).toBe('23 Nov 2026');
		expect(dayFirst.weekLabel('2026-11-23')).toBe('23 Nov');
		expect(dayFirst.monthName('2026-11')).toBe('Nov 2026');
		expect(dayFirst.dayName('2026-11-29')).toBe('Sunday');
	});

	it('writes the month first in the United States, Canada and the Philippines', () => {
		for (const locale of ['en-US', 'en_us', 'en-CA', 'fr-CA', 'en-PH']) {
			expect(dateStyleOf(locale).monthFirst).toBe(true);
		}
		expect(monthFirst.shortDate('2026-09-07')).toBe('Mon, Sep 7');
		expect(monthFirst.longDate('2026-09-07')).toBe('Monday, September 7');
		expect(monthFirst.fullDate('2026-11-23')).toBe('Monday, November 23, 2026');
		expect(monthFirst.weekLabel('2026-11-23')).toBe('Nov 23');
	});

	it('names every day of a leap year and the years around it as the browser’s own formatter does', () => {
		// The browser's English (Node's ICU here), where its style has no commas the app leaves out.
		const intl = (locale: string, options: Intl.DateTimeFormatOptions) => {
			const f = new Intl.DateTimeFormat(locale, options);
			return (date: string) => f.format(new Date(`${date}T12:00:00`));
		};
		const cases = [
			['shortDate', { weekday: 'short', day: 'numeric', month: 'short' }],
			['longDate', { weekday: 'long', day: 'numeric', month: 'long' }],
			['weekDate', { day: 'numeric', month: 'short', year: 'numeric' }],
			['dayName', { weekday: 'long' }]
		] as const;
		const usOnly = [
			['fullDate', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }],
			['shortDateYear', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }]
		] as const;
		const gb = cases.map(([name, options]) => [name, intl('en-GB', options)] as const);
		const us = [...cases, ...usOnly].map(
			([name, options]) => [name, intl('en-US', options)] as const
		);
		for (const date of datesFrom('2027-12-31', 0, 3 * 366 + 1)) {
			for (const [name, format] of gb)
				expect(dayFirst[name](date), `${name} ${date}`).toBe(format(date));
			for (const [name, format] of us)
				expect(monthFirst[name](date), `${name} ${date}`).toBe(format(date));
		}
	});
});

describe('times of day', () => {
	const at = (h: number, m: number) => new Date(2026, 10, 23, h, m).getTime();

	it('on a 24-hour clock by default', () => {
		expect(dayFirst.timeOfDay(at(9, 5))).toBe('09:05');
		expect(dayFirst.timeOfDay(at(0, 0))).toBe('00:00');
		expect(dayFirst.weekdayTime(at(21, 30))).toBe('Monday 21:30');
	});

	it('on a 12-hour clock where English is written with one', () => {
		for (const locale of ['en-US', 'en-AU', 'en-NZ', 'en-IN'])
			expect(dateStyleOf(locale).twelveHour).toBe(true);
		const au = datesIn(dateStyleOf('en-AU'));
		expect(au.timeOfDay(at(9, 5))).toBe('9:05\u00a0am');
		expect(au.timeOfDay(at(0, 0))).toBe('12:00\u00a0am');
		expect(au.timeOfDay(at(12, 0))).toBe('12:00\u00a0pm');
		expect(au.weekdayTime(at(21, 30))).toBe('Monday 9:30\u00a0pm');
		expect(au.longDate('2026-11-23')).toBe('Monday 23 November');
	});
});

describe('numbers', () => {
	it('groups digits by threes and keeps at most three decimals, as English writes them', () => {
		const intl = new Intl.NumberFormat('en-GB');
		for (const n of [
			0,
			7,
			42,
			999,
			1000,
			1234,
			12_345.5,
			1_234_567,
			2.25,
			0.1 + 0.2,
			-3,
			-1234.5,
			3.14159,
			6.5
		])
			expect(number(n), String(n)).toBe(intl.format(n));
	});
});
