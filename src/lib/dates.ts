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

export function parseIsoDate(date: IsoDate): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	const d = parseIsoDate(date);
	d.setDate(d.getDate() + days);
	return toIsoDate(d);
}

/** Whole days from a to b (b − a), safe across daylight-saving changes. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	const [ay, am, ad] = a.split('-').map(Number);
	const [by, bm, bd] = b.split('-').map(Number);
	return Math.round(
		(Date.UTC(by ?? 0, (bm ?? 1) - 1, bd ?? 1) - Date.UTC(ay ?? 0, (am ?? 1) - 1, ad ?? 1)) /
			86_400_000
	);
}

export function weekdayOf(date: IsoDate): Weekday {
	return ((parseIsoDate(date).getDay() + 6) % 7) as Weekday;
}
