import { describe, expect, it } from 'vitest';
import { weekdayOf } from '$lib/dates';
import { weekStartOf } from '$lib/progress/metrics';
import { signOf } from '$lib/safety/questions';
import {
	checkEntry,
	dayPlan,
	EMPTY_ENTRY,
	guidanceFor,
	heavinessByWeek,
	type DiaryEntry
} from './diary';

const entry = (date: string, extra: Partial<DiaryEntry> = {}): DiaryEntry => ({
	...EMPTY_ENTRY,
	date,
	...extra
});
const none = new Set<string>();

describe('a diary entry', () => {
	it('is saved with one thing filled, and not with nothing', () => {
		expect(checkEntry(entry('2026-11-23'))).toBe('empty');
		expect(checkEntry(entry('2026-11-23', { note: '   ' }))).toBe('empty');
		expect(checkEntry(entry('2026-11-23', { heaviness: 0 }))).toBeNull();
		expect(checkEntry(entry('2026-11-23', { nightCramps: true }))).toBeNull();
	});

	it('takes a heaviness from 0 to 10 only, in whole numbers', () => {
		for (const h of [-1, 11, 2.5, Number.NaN]) {
			expect(checkEntry(entry('2026-11-23', { heaviness: h }))).toBe('heavinessRange');
		}
		expect(checkEntry(entry('2026-11-23', { heaviness: 10 }))).toBeNull();
	});

	it('asks which leg is swollen', () => {
		expect(checkEntry(entry('2026-11-23', { swelling: 'mild' }))).toBe('swellingSide');
		expect(checkEntry(entry('2026-11-23', { swelling: 'none' }))).toBeNull();
	});
});

describe('guidance from the rule book', () => {
	it('new swelling of one leg: same day', () => {
		const g = guidanceFor(
			entry('2026-11-23', { swelling: 'mild', swellingSide: 'left' }),
			[],
			none
		);
		expect(g).toEqual({ signs: ['swollenHotLeg'], reasons: ['newOneSidedSwelling'] });
		expect(signOf('swollenHotLeg').urgency).toBe('seenToday');
	});

	it('one-sided swelling already noted on that side in the last 14 days is not new', () => {
		const earlier = [entry('2026-11-15', { swelling: 'mild', swellingSide: 'both' })];
		expect(
			guidanceFor(entry('2026-11-23', { swelling: 'marked', swellingSide: 'right' }), earlier, none)
				.signs
		).toEqual([]);
		// Older than 14 days: new again.
		const old = [entry('2026-11-01', { swelling: 'mild', swellingSide: 'right' })];
		expect(
			guidanceFor(entry('2026-11-23', { swelling: 'mild', swellingSide: 'right' }), old, none).signs
		).toEqual(['swollenHotLeg']);
		// The other leg does not count.
		const other = [entry('2026-11-20', { swelling: 'mild', swellingSide: 'left' })];
		expect(
			guidanceFor(entry('2026-11-23', { swelling: 'mild', swellingSide: 'right' }), other, none)
				.signs
		).toEqual(['swollenHotLeg']);
	});

	it('swelling of both legs is not a one-sided warning', () => {
		expect(
			guidanceFor(entry('2026-11-23', { swelling: 'marked', swellingSide: 'both' }), [], none)
		).toEqual({ signs: [], reasons: [] });
	});

	it('swelling three days running despite leg raising: see a clinician soon', () => {
		const earlier = [
			entry('2026-11-21', { swelling: 'mild', swellingSide: 'both' }),
			entry('2026-11-22', { swelling: 'mild', swellingSide: 'both' })
		];
		const raised = new Set(['2026-11-21', '2026-11-22', '2026-11-23']);
		const g = guidanceFor(
			entry('2026-11-23', { swelling: 'mild', swellingSide: 'both' }),
			earlier,
			raised
		);
		expect(g).toEqual({ signs: ['swellingOrSkin'], reasons: ['persistentSwelling'] });
		expect(signOf('swellingOrSkin').urgency).toBe('seeSoon');
		// Without leg raising, or with a day's gap, nothing yet.
		expect(
			guidanceFor(entry('2026-11-23', { swelling: 'mild', swellingSide: 'both' }), earlier, none)
				.signs
		).toEqual([]);
		expect(
			guidanceFor(
				entry('2026-11-23', { swelling: 'mild', swellingSide: 'both' }),
				[earlier[0]!],
				raised
			).signs
		).toEqual([]);
	});

	it('skin changes: a look within days; tingling, night cramps or a new medicine: mention it', () => {
		expect(guidanceFor(entry('2026-11-23', { skinChanges: true }), [], none)).toEqual({
			signs: ['swellingOrSkin'],
			reasons: ['otherChanges']
		});
		expect(signOf('swellingOrSkin').urgency).toBe('seeSoon');
		for (const key of ['tingling', 'nightCramps', 'newMedicine'] as const) {
			expect(guidanceFor(entry('2026-11-23', { [key]: true }), [], none)).toEqual({
				signs: ['routineChange'],
				reasons: ['otherChanges']
			});
		}
		expect(signOf('routineChange').urgency).toBe('mention');
	});

	it('an ordinary day brings nothing', () => {
		expect(guidanceFor(entry('2026-11-23', { heaviness: 3 }), [], none)).toEqual({
			signs: [],
			reasons: []
		});
	});
});

describe('the vein track’s day', () => {
	it('plans 4 breaks of 30 minutes when swollen, 3 of 15 otherwise, and 8 calf-pump breaks', () => {
		expect(dayPlan({ swelling: 'marked' })).toEqual({
			elevation: { planned: 4, minutes: 30, swollen: true },
			calfPump: { planned: 8 }
		});
		expect(dayPlan({ swelling: 'none' }).elevation).toEqual({
			planned: 3,
			minutes: 15,
			swollen: false
		});
		expect(dayPlan(null).elevation.planned).toBe(3);
	});

	it('averages heaviness by week, leaving out days with no score', () => {
		const weekOf = (d: string) => weekStartOf(d, weekdayOf('2026-11-23'));
		expect(
			heavinessByWeek(
				[
					{ date: '2026-11-23', heaviness: 6 },
					{ date: '2026-11-24', heaviness: 3 },
					{ date: '2026-11-25', heaviness: null },
					{ date: '2026-12-01', heaviness: 2 }
				],
				weekOf
			)
		).toEqual([
			{ week: '2026-11-23', average: 4.5, entries: 2 },
			{ week: '2026-11-30', average: 2, entries: 1 }
		]);
	});
});
