// Numbers, times and dates in words, shared by every page's messages.

import type { IsoDate } from '$lib/dates';
import { parseIsoDate, toIsoDate } from '$lib/dates';
import type { TimeOfDay } from '$lib/program/types';
import type { TableName } from '$lib/storage/schema';

export const MIN = 60_000;

let numbers: Intl.NumberFormat | null = null;

/** A number in the person's own way of writing it ("1,234"); one formatter for every number. */
export function number(n: number): string {
	return (numbers ??= new Intl.NumberFormat(LOCALE)).format(n);
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
 * Dates, times and numbers are written in the person's own locale (the browser's), never one
 * written into the code. The words around them are this file's (UK English).
 */
export const LOCALE: string | undefined = undefined;

/**
 * One formatter per style, made on first use: `toLocaleDateString` with options builds a new
 * formatter on every call, which made the report with a year of walks slow to draw.
 */
function formatter(options: Intl.DateTimeFormatOptions): (at: Date) => string {
	let made: Intl.DateTimeFormat | null = null;
	return (at) => (made ??= new Intl.DateTimeFormat(LOCALE, options)).format(at);
}
/** A date's words, kept once written: the same weeks are named again on every redraw. */
function dateWords(options: Intl.DateTimeFormatOptions): (date: IsoDate) => string {
	const format = formatter(options);
	const written = new Map<IsoDate, string>();
	return (date) => {
		let words = written.get(date);
		if (words === undefined) {
			words = format(parseIsoDate(date));
			written.set(date, words);
		}
		return words;
	};
}
const dayWords = /* @__PURE__ */ dateWords({ weekday: 'long' });
const shortWords = /* @__PURE__ */ dateWords({ weekday: 'short', day: 'numeric', month: 'short' });
const longWords = /* @__PURE__ */ dateWords({ weekday: 'long', day: 'numeric', month: 'long' });
const fullWords = /* @__PURE__ */ dateWords({
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric'
});
const shortYearWords = /* @__PURE__ */ dateWords({
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric'
});
const weekWords = /* @__PURE__ */ dateWords({ day: 'numeric', month: 'short', year: 'numeric' });
const monthWords = /* @__PURE__ */ dateWords({ month: 'short', year: 'numeric' });
const weekdayTimeFormat = /* @__PURE__ */ formatter({
	weekday: 'long',
	hour: '2-digit',
	minute: '2-digit'
});

/**
 * Makes a date formatter ahead of the first date a page draws. A page's first formatter (of
 * dates or numbers) sets up the browser's locale data, in one long task (30 to 50 ms on our
 * test machines, four times that with the CPU slowed as a slow phone's); the formatters after it
 * take under a millisecond. Made while a page's records are read, that task is not added to the
 * one that draws them.
 */
export function prepareDates(): void {
	longWords('2026-01-05');
}

export function dayName(date: IsoDate): string {
	return dayWords(date);
}

/** A day and time, e.g. "Monday 09:00", for a walk left unfinished. */
export function weekdayTime(at: number): string {
	return weekdayTimeFormat(new Date(at));
}

const timeFormat = /* @__PURE__ */ formatter({ hour: '2-digit', minute: '2-digit' });

/** A time of day, e.g. "09:00", in the person's own way of writing it. */
export function timeOfDay(at: number): string {
	return timeFormat(new Date(at));
}

export function shortDate(date: IsoDate): string {
	return shortWords(date);
}

export function longDate(date: IsoDate): string {
	return longWords(date);
}

/** A date with its year, e.g. "Monday 4 January 2016": where dates may span years. */
export function fullDate(date: IsoDate): string {
	return fullWords(date);
}

/** The day a moment fell on, with its year: when a backup was made. */
export function fullDateAt(at: number): string {
	return fullDate(toIsoDate(at));
}

/** A week's first day, short, for a chart's axis: "23 Nov". */
export function weekLabel(start: IsoDate): string {
	return shortDate(start).replace(/^\S+\s/, '');
}

/** A short date with its year, e.g. "Mon 23 Nov 2026": in lists that may span years. */
export function shortDateYear(date: IsoDate): string {
	return shortYearWords(date);
}

/** A week's first day with its year, short enough for a table: "23 Nov 2026". */
export function weekDate(date: IsoDate): string {
	return weekWords(date);
}

/** A month and its year, from YYYY-MM: "Nov 2026". */
export function monthName(month: string): string {
	return monthWords(`${month}-15`);
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
