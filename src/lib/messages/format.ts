// Numbers, times and dates in words, shared by every page's messages.

import type { IsoDate } from '$lib/dates';
import { toIsoDate, weekdayOf, yearOf } from '$lib/dates';
import { regionOf } from '$lib/region';
import type { TimeOfDay } from '$lib/program/types';
import type { TableName } from '$lib/storage/schema';

export const MIN = 60_000;

/**
 * A number in the app's English, digits grouped by threes: "1,234", "2.5" (at most three
 * decimals). Not `Intl`: see `dateStyleOf` below.
 */
export function number(n: number): string {
	if (!Number.isFinite(n)) return String(n);
	const rounded = Math.round(Math.abs(n) * 1000) / 1000;
	const [whole = '0', fraction] = String(rounded).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const sign = n < 0 && rounded !== 0 ? '-' : '';
	return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}

export function plural(n: number, one: string, many: string): string {
	return `${number(n)} ${n === 1 ? one : many}`;
}

export const RECORD_NAMES: Record<TableName, string> = {
	settings: 'setting',
	programs: 'program',
	walkTests: 'walk test',
	sessions: 'walk',
	events: 'walk event',
	symptoms: 'diary entry',
	safetyChecks: 'safety check',
	reviews: 'weekly review',
	breaks: 'leg-raising or calf-pump break'
};

// Durations, one family: every time the app writes is one of these.
//   wholeMinutes   "24 min"         totals in a table or a card
//   minSec         "3 min 20 s"     a time measured on a walk (onset, longest walk)
//   clock          "3:20"           a running timer, and the printed report
//   spokenMinutes  "9 minutes"      whole minutes in a sentence
//   durationWords  "40 seconds"     a short time in a sentence
//   longDurationWords "1 hour 5 minutes"  a time that may run to hours, in a sentence
//   spokenDuration "3 minutes 20 seconds"  for screen readers and speech

/** Whole minutes, for totals: "24 min". */
export function wholeMinutes(ms: number): string {
	return `${Math.round(ms / MIN)}\u00a0min`;
}

/** Minutes and seconds, for a time measured on a walk: "3 min 20 s", "45 s". */
export function minSec(ms: number): string {
	const total = Math.round(ms / 1000);
	const m = Math.floor(total / 60);
	const s = total % 60;
	if (m === 0) return `${s}\u00a0s`;
	return s === 0 ? `${m}\u00a0min` : `${m}\u00a0min ${s}\u00a0s`;
}

/** A duration in a sentence, in whole minutes: "9 minutes", never "9:00". */
export function spokenMinutes(ms: number): string {
	const m = Math.max(0, Math.round(ms / MIN));
	return m === 1 ? '1 minute' : `${m} minutes`;
}

/** A duration in a sentence, spoken-style: "2 minutes", "40 seconds", never "2:01". */
export function durationWords(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return seconds === 1 ? '1\u00a0second' : `${seconds}\u00a0seconds`;
	const minutes = Math.floor(seconds / 60);
	return minutes === 1 ? '1\u00a0minute' : `${minutes}\u00a0minutes`;
}

/** A duration in words that may run to hours: "2 hours", "1 hour 5 minutes", "4 minutes". */
export function longDurationWords(ms: number): string {
	const minutes = Math.round(Math.max(0, ms) / 60_000);
	if (minutes < 60) return durationWords(ms);
	const h = Math.floor(minutes / 60);
	const rest = minutes % 60;
	const hours = h === 1 ? '1\u00a0hour' : `${h}\u00a0hours`;
	return rest === 0 ? hours : `${hours} ${durationWords(rest * 60_000)}`;
}

/** A clock face for timers: m:ss, or h:mm:ss past an hour. */
export function clock(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Spoken form of a duration, for screen readers and voice. */
export function spokenDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const m = Math.floor(total / 60);
	const s = total % 60;
	const parts = [];
	if (m > 0) parts.push(m === 1 ? '1 minute' : `${m} minutes`);
	if (s > 0 || m === 0) parts.push(s === 1 ? '1 second' : `${s} seconds`);
	return parts.join(' ');
}

/**
 * Dates and times, in the app's own English, in the order the person's region writes them: the
 * month first in the United States, Canada and the Philippines ("Monday, September 7"), the day
 * first everywhere else ("Monday 7 September"); a 12-hour clock where English is written with
 * one. The region is the browser's language's ("en-US"), as `Intl` would take it.
 *
 * Not `Intl`: a page's first `Intl` formatter (of dates or numbers) sets up the browser's locale
 * data in one task of 30 to 70 ms here, 120 to 280 ms on a phone four times slower, on every
 * page load, and the app's words are English only, so its dates are too (docs/decisions.md).
 */
export interface DateStyle {
	monthFirst: boolean;
	twelveHour: boolean;
}

// Marked pure: a module-level call the bundler cannot prove harmless would keep this module, and
// with it every words module that imports it, in every page's first load.
const MONTH_FIRST = /* @__PURE__ */ new Set(['US', 'CA', 'PH']);
const TWELVE_HOUR = /* @__PURE__ */ new Set(['US', 'CA', 'PH', 'AU', 'NZ', 'IN', 'PK']);

export function dateStyleOf(locale: string | undefined): DateStyle {
	const region = regionOf(locale);
	return { monthFirst: MONTH_FIRST.has(region), twelveHour: TWELVE_HOUR.has(region) };
}

export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const SHORT_MONTHS_DAY_FIRST = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Oct',
	'Nov',
	'Dec'
];
const SHORT_MONTHS_MONTH_FIRST = /* @__PURE__ */ SHORT_MONTHS_DAY_FIRST.map((m) =>
	m === 'Sept' ? 'Sep' : m
);

/** Every way the app writes a date or a time, in one style. */
export function datesIn(style: DateStyle) {
	const shortMonths = style.monthFirst ? SHORT_MONTHS_MONTH_FIRST : SHORT_MONTHS_DAY_FIRST;
	const parts = (date: IsoDate) => {
		const m = Number(date.slice(5, 7)) - 1;
		return {
			year: yearOf(date),
			month: MONTHS[m] ?? '',
			mon: shortMonths[m] ?? '',
			day: String(Number(date.slice(8, 10))),
			weekday: WEEKDAYS[weekdayOf(date)] ?? ''
		};
	};
	/** "7 Sept" or "Sep 7"; "7 September" or "September 7". */
	const dayMonth = (day: string, month: string) =>
		style.monthFirst ? `${month} ${day}` : `${day} ${month}`;
	/** A weekday before a day and month: "Monday 7 September", "Monday, September 7". */
	const withWeekday = (weekday: string, rest: string) =>
		style.monthFirst ? `${weekday}, ${rest}` : `${weekday} ${rest}`;
	/** A year after a day and month: "7 Sept 2026", "Sep 7, 2026". */
	const withYear = (rest: string, year: string) =>
		style.monthFirst ? `${rest}, ${year}` : `${rest} ${year}`;
	const time = (at: number) => {
		const d = new Date(at);
		const h = d.getHours();
		const mm = String(d.getMinutes()).padStart(2, '0');
		if (!style.twelveHour) return `${String(h).padStart(2, '0')}:${mm}`;
		return `${h % 12 === 0 ? 12 : h % 12}:${mm}\u00a0${h < 12 ? 'am' : 'pm'}`;
	};
	return {
		/** "Monday". */
		dayName: (date: IsoDate) => parts(date).weekday,
		/** "Mon 23 Nov". */
		shortDate: (date: IsoDate) => {
			const p = parts(date);
			return withWeekday(p.weekday.slice(0, 3), dayMonth(p.day, p.mon));
		},
		/** "Monday 23 November". */
		longDate: (date: IsoDate) => {
			const p = parts(date);
			return withWeekday(p.weekday, dayMonth(p.day, p.month));
		},
		/** "Monday 23 November 2026". */
		fullDate: (date: IsoDate) => {
			const p = parts(date);
			return withWeekday(p.weekday, withYear(dayMonth(p.day, p.month), p.year));
		},
		/** "Mon 23 Nov 2026". */
		shortDateYear: (date: IsoDate) => {
			const p = parts(date);
			return withWeekday(p.weekday.slice(0, 3), withYear(dayMonth(p.day, p.mon), p.year));
		},
		/** "23 Nov 2026". */
		weekDate: (date: IsoDate) => {
			const p = parts(date);
			return withYear(dayMonth(p.day, p.mon), p.year);
		},
		/** "23 Nov". */
		weekLabel: (date: IsoDate) => {
			const p = parts(date);
			return dayMonth(p.day, p.mon);
		},
		/** "Nov 2026", from YYYY-MM. */
		monthName: (month: string) => `${parts(`${month}-15`).mon} ${yearOf(month)}`,
		/** "09:00", or "9:00 am". */
		timeOfDay: time,
		/** "Monday 09:00", or "Monday 9:00 am". */
		weekdayTime: (at: number) => `${WEEKDAYS[weekdayOf(toIsoDate(at))]} ${time(at)}`
	};
}

let dates: ReturnType<typeof datesIn> | null = null;
/** The person's style, read once (prerendered pages show no dates). */
function mine(): ReturnType<typeof datesIn> {
	return (dates ??= datesIn(
		dateStyleOf(typeof navigator === 'undefined' ? undefined : navigator.language)
	));
}

export function dayName(date: IsoDate): string {
	return mine().dayName(date);
}

/** A day and time, e.g. "Monday 09:00", for a walk left unfinished. */
export function weekdayTime(at: number): string {
	return mine().weekdayTime(at);
}

/** A time of day, e.g. "09:00", in the person's own way of writing it. */
export function timeOfDay(at: number): string {
	return mine().timeOfDay(at);
}

/** A short date, e.g. "Mon 23 Nov". */
export function shortDate(date: IsoDate): string {
	return mine().shortDate(date);
}

/** A date in a sentence, e.g. "Monday 23 November". */
export function longDate(date: IsoDate): string {
	return mine().longDate(date);
}

/** A date with its year, e.g. "Monday 4 January 2016": where dates may span years. */
export function fullDate(date: IsoDate): string {
	return mine().fullDate(date);
}

/** The day a moment fell on, with its year: when a backup was made. */
export function fullDateAt(at: number): string {
	return fullDate(toIsoDate(at));
}

/** A week's first day, short, for a chart's axis: "23 Nov". */
export function weekLabel(start: IsoDate): string {
	return mine().weekLabel(start);
}

/** A short date with its year, e.g. "Mon 23 Nov 2026": in lists that may span years. */
export function shortDateYear(date: IsoDate): string {
	return mine().shortDateYear(date);
}

/** A week's first day with its year, short enough for a table: "23 Nov 2026". */
export function weekDate(date: IsoDate): string {
	return mine().weekDate(date);
}

/** A month and its year, from YYYY-MM: "Nov 2026". */
export function monthName(month: string): string {
	return mine().monthName(month);
}

/** Times of day as a phrase for the reminder. */
export function timeOfDayPhrase(t: TimeOfDay): string {
	return { morning: 'morning', afternoon: 'afternoon', evening: 'evening' }[t];
}

/** A distance in the person's units: metres, or yards for miles. */
export function distance(metres: number, units: 'km' | 'miles'): string {
	// A no-break space: the number and its unit stay on one line.
	return units === 'km'
		? `${Math.round(metres)}\u00a0m`
		: `${Math.round(metres / 0.9144)}\u00a0yards`;
}

/** A walk test in a few words: when the pain came, how long they walked, or how far. */
export function testParts(
	test: { onsetMs: number | null; maxWalkMs: number | null; distanceM: number | null },
	units: 'km' | 'miles'
): string[] {
	if (test.distanceM !== null) return [distance(test.distanceM, units)];
	return [
		test.onsetMs === null ? 'no pain' : `pain after ${clock(test.onsetMs)}`,
		...(test.maxWalkMs === null ? [] : [`walked ${clock(test.maxWalkMs)}`])
	];
}

/** Bytes as a short phrase: 1.2 MB. */
/** A size in plain words: "1 MB", "about 10 GB"; whole numbers, the person's own digits. */
export function bytes(n: number): string {
	const units: [number, string][] = [
		[1024 ** 3, 'GB'],
		[1024 ** 2, 'MB'],
		[1024, 'kB']
	];
	for (const [size, unit] of units) {
		if (n >= size) return `${number(Math.max(1, Math.round(n / size)))}\u00a0${unit}`;
	}
	return n === 0 ? 'nothing' : `less than 1\u00a0kB`;
}
