// Local calendar dates as 'YYYY-MM-DD' strings: the one place that knows about days and weeks.
// Storage keeps instants as epoch ms; a plan is about calendar days, so it uses these strings.

export type IsoDate = string;

/** Day of week with Monday = 0 … Sunday = 6. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function toIsoDate(at: number | Date): IsoDate {
	const d = typeof at === 'number' ? new Date(at) : at;
	const y = d.getFullYear();
	const m = String(d.getMonth() + 1).padStart(2, '0');
	const day = String(d.getDate()).padStart(2, '0');
	return `${y}-${m}-${day}`;
}

/** The year of a date, as written: "2026". */
export function yearOf(date: IsoDate): string {
	return date.slice(0, 4);
}

/** A date typed or read as YYYY-MM-DD (a date field gives this, or nothing). */
export function isIsoDate(text: string): text is IsoDate {
	return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

export function parseIsoDate(date: IsoDate): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

// Calendar arithmetic is done on day numbers: a calendar date has no time zone, so this is exact
// across daylight-saving changes, and much cheaper than local time (plans do it thousands of
// times for a year of walks).

/**
 * The date as a count of days since 1970-01-01, by the civil-calendar formula (Howard Hinnant,
 * "chrono-compatible low-level date algorithms"): plain arithmetic, no Date object.
 */
function dayNumber(date: IsoDate): number {
	let y0: number, m: number, d: number;
	if (date.length === 10 && date[4] === '-' && date[7] === '-') {
		y0 = +date.slice(0, 4);
		m = +date.slice(5, 7);
		d = +date.slice(8, 10);
	} else [y0 = 1970, m = 1, d = 1] = date.split('-').map(Number);
	const y = m <= 2 ? y0 - 1 : y0;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(n: number): IsoDate {
	const z = n + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36_524) -
			Math.floor(dayOfEra / 146_096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(dayNumber(date) + days);
}

/** `count` dates in a row, the first `offset` days after `date`. */
export function datesFrom(date: IsoDate, offset: number, count: number): IsoDate[] {
	const first = dayNumber(date) + offset;
	return Array.from({ length: count }, (_, i) => fromDayNumber(first + i));
}

/** Whole days from a to b (b − a), safe across daylight-saving changes. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return dayNumber(b) - dayNumber(a);
}

export function weekdayOf(date: IsoDate): Weekday {
	// 1970-01-01 was a Thursday: Monday = 0 makes it 3.
	return ((((dayNumber(date) + 3) % 7) + 7) % 7) as Weekday;
}
