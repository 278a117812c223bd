import { describe, expect, it } from 'vitest';
import { addDays, parseIsoDate, type IsoDate, type Weekday } from '$lib/dates';
import { EMPTY_ENTRY } from '$lib/diary/diary';
import type { SessionRecord, SymptomRecord } from '$lib/storage/schema';
import { HistoryList, WEEKS_AT_A_TIME, type HistorySource } from './history.svelte';

const stamp = { updatedAt: 0, deletedAt: null };
const at = (date: IsoDate, hour: number) => parseIsoDate(date).getTime() + hour * 3_600_000;

function walk(date: IsoDate, hour = 10): SessionRecord {
	return {
		id: `w-${date}-${hour}`,
		...stamp,
		programId: 'p1',
		kind: 'planned',
		date,
		track: 'pad',
		targetMs: 0,
		startedAt: at(date, hour),
		endedAt: null,
		status: 'finished',
		summary: null
	};
}
function entry(date: IsoDate, hour: number): SymptomRecord {
	return { id: `d-${date}-${hour}`, ...stamp, ...EMPTY_ENTRY, date, at: at(date, hour) };
}

/** A list over records that can change, as the live queries do. */
function list(
	sessions: SessionRecord[] | undefined,
	entries: SymptomRecord[] = [],
	startsOn: Weekday = 0
) {
	const source: { -readonly [K in keyof HistorySource]: HistorySource[K] } = $state({
		sessions,
		entries,
		startsOn
	});
	return { list: new HistoryList(source), source };
}

/** A walk every Monday for `weeks` weeks up to 2026-11-30, newest first. */
function mondays(weeks: number): SessionRecord[] {
	return Array.from({ length: weeks }, (_, i) => walk(addDays('2026-11-30', -7 * i)));
}

describe('History', () => {
	it('groups walks and diary entries by week, newest first, in the order they happened', () => {
		// 2026-11-23 and 2026-11-30 are Mondays.
		const { list: l } = list(
			[walk('2026-12-02', 9), walk('2026-11-30', 10), walk('2026-11-25', 10)],
			[entry('2026-11-24', 20), entry('2026-12-02', 18)]
		);
		expect(l.weeks.map((w) => w.start)).toEqual(['2026-11-30', '2026-11-23']);
		expect(l.weeks[0]!.items.map((i) => i.id)).toEqual([
			'd-2026-12-02-18',
			'w-2026-12-02-9',
			'w-2026-11-30-10'
		]);
		expect(l.weeks[1]!.items.map((i) => `${i.kind} ${i.date}`)).toEqual([
			'walk 2026-11-25',
			'diary 2026-11-24'
		]);
	});

	it('weeks start on the weekday the program started', () => {
		// 2026-11-26 is a Thursday (3).
		const { list: l } = list([walk('2026-12-02'), walk('2026-11-26'), walk('2026-11-25')], [], 3);
		expect(l.weeks.map((w) => [w.start, w.items.length])).toEqual([
			['2026-11-26', 2],
			['2026-11-19', 1]
		]);
	});

	it('is empty while loading and with nothing recorded, and fills as records arrive', () => {
		const { list: l, source } = list(undefined);
		expect(l.weeks).toEqual([]);
		source.sessions = [walk('2026-11-30')];
		expect(l.weeks.length).toBe(1);
	});

	it('draws two months of weeks at a time, until every week is drawn', () => {
		const { list: l } = list(mondays(60));
		expect(WEEKS_AT_A_TIME).toBe(8);
		expect(l.visible.length).toBe(8);
		expect(l.more).toBe(true);
		l.showMore();
		expect(l.visible.length).toBe(16);
		for (let i = 0; i < 5; i++) l.showMore();
		expect(l.visible.length).toBe(56);
		expect(l.more).toBe(true);
		l.showMore();
		expect(l.visible.length).toBe(60);
		expect(l.more).toBe(false);
	});

	it('goes to a year: draws up to the whole of it and names its newest week', () => {
		const { list: l } = list(mondays(160));
		expect(l.years).toEqual(['2026', '2025', '2024', '2023']);
		expect(l.openYear('2024')).toBe('2024-12-30');
		// Every week down to the last of 2024 is drawn, and no week of 2023.
		const shown = l.visible.map((w) => w.start);
		expect(shown.at(-1)).toBe('2024-01-01');
		expect(shown.some((d) => d.startsWith('2023'))).toBe(false);
		// Going to a later year draws no fewer weeks.
		l.openYear('2026');
		expect(l.visible.length).toBe(shown.length);
		// The oldest year: everything.
		expect(l.openYear('2023')).toBe('2023-12-25');
		expect(l.more).toBe(false);
		// A year before the first walk: nothing to go to.
		expect(l.openYear('2019')).toBe(null);
	});
});
