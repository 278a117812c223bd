// The symptom diary and the vein track's day, as pure rules: what an entry holds, when it is
// worth saving, which guidance from the safety rule book it brings up, and the day's plan of
// leg-raising and calf-pump breaks (clinical-basis §3 and §4).

import { addDays, type IsoDate } from '$lib/dates';
import type { Legs } from '$lib/program/types';
import type { SignId } from '$lib/safety/questions';

export type SwellingLevel = 'none' | 'mild' | 'marked';
export type PainPlace = 'calf' | 'thigh' | 'buttock';
export const PAIN_PLACES: readonly PainPlace[] = ['calf', 'thigh', 'buttock'];

/** One diary entry, as the person gives it. */
export interface DiaryEntry {
	date: IsoDate;
	/** 0 (light) to 10 (as heavy as can be); null when not given. */
	heaviness: number | null;
	swelling: SwellingLevel | null;
	swellingSide: Legs | null;
	painWhere: PainPlace[];
	painSide: Legs | null;
	nightCramps: boolean;
	skinChanges: boolean;
	tingling: boolean;
	newMedicine: boolean;
	note: string | null;
}

export const EMPTY_ENTRY: Omit<DiaryEntry, 'date'> = {
	heaviness: null,
	swelling: null,
	swellingSide: null,
	painWhere: [],
	painSide: null,
	nightCramps: false,
	skinChanges: false,
	tingling: false,
	newMedicine: false,
	note: null
};

export type EntryProblem = 'empty' | 'heavinessRange' | 'swellingSide';

/** Why an entry cannot be saved, or null. */
export function checkEntry(e: DiaryEntry): EntryProblem | null {
	if (
		e.heaviness !== null &&
		!(Number.isInteger(e.heaviness) && e.heaviness >= 0 && e.heaviness <= 10)
	) {
		return 'heavinessRange';
	}
	if (e.swelling && e.swelling !== 'none' && !e.swellingSide) return 'swellingSide';
	const filled =
		e.heaviness !== null ||
		e.swelling !== null ||
		e.painWhere.length > 0 ||
		e.nightCramps ||
		e.skinChanges ||
		e.tingling ||
		e.newMedicine ||
		!!e.note?.trim();
	return filled ? null : 'empty';
}

const swollen = (e: Pick<DiaryEntry, 'swelling'>) =>
	e.swelling === 'mild' || e.swelling === 'marked';
const sides = (side: Legs | null): ('left' | 'right')[] =>
	side === 'both' ? ['left', 'right'] : side ? [side] : [];

/** Days of swelling, with leg raising done, before it counts as not going down. */
export const PERSISTENT_DAYS = 3;
/** How far back a one-sided swelling counts as already known. */
export const NEW_SWELLING_DAYS = 14;

export interface DiaryGuidance {
	signs: SignId[];
	/** The reasons, for the words beside the guidance. */
	reasons: ('newOneSidedSwelling' | 'persistentSwelling' | 'otherChanges')[];
}

/**
 * The rule book's guidance for a new entry, given the earlier entries and the days with leg
 * raising: new swelling of one leg (not both, not seen on that side in the last 14 days) is
 * a same-day matter; swelling on each of the last 3 days despite leg raising, or skin changes,
 * want a clinician's look within days; tingling or numbness, cramps at night, or heaviness with
 * a new medicine are mentioned at the next appointment.
 */
export function guidanceFor(
	entry: DiaryEntry,
	earlier: readonly DiaryEntry[],
	raisedOn: ReadonlySet<IsoDate>
): DiaryGuidance {
	const out: DiaryGuidance = { signs: [], reasons: [] };
	if (swollen(entry) && (entry.swellingSide === 'left' || entry.swellingSide === 'right')) {
		const from = addDays(entry.date, -NEW_SWELLING_DAYS);
		const known = earlier.some(
			(e) =>
				e.date >= from &&
				e.date < entry.date &&
				swollen(e) &&
				sides(e.swellingSide).includes(entry.swellingSide as 'left' | 'right')
		);
		if (!known) {
			out.signs.push('swollenHotLeg');
			out.reasons.push('newOneSidedSwelling');
		}
	}
	if (swollen(entry)) {
		const days = Array.from({ length: PERSISTENT_DAYS }, (_, i) => addDays(entry.date, -i));
		const swollenDays = days.every(
			(d) => d === entry.date || earlier.some((e) => e.date === d && swollen(e))
		);
		const raised = days.filter((d) => raisedOn.has(d)).length >= PERSISTENT_DAYS - 1;
		if (swollenDays && raised) out.reasons.push('persistentSwelling');
	}
	if (entry.skinChanges || entry.tingling || entry.nightCramps || entry.newMedicine) {
		out.reasons.push('otherChanges');
	}
	// Swelling that stays, or skin changes: a clinician's look within days; the rest: mention it.
	if (out.reasons.includes('persistentSwelling') || entry.skinChanges)
		out.signs.push('swellingOrSkin');
	if (entry.tingling || entry.nightCramps || entry.newMedicine) out.signs.push('routineChange');
	return out;
}

export type BreakKind = 'elevation' | 'calfPump';

export interface DayPlan {
	/** Swollen: the long breaks; else the short ones (LEG_RAISE). */
	elevation: { planned: number; minutes: number; swollen: boolean };
	calfPump: { planned: number };
}

/**
 * The one leg-raising rule (clinical basis §3): when the legs are swollen, long breaks of about
 * 30 minutes every 2 hours of the day (4 in 8 hours); for milder heaviness, short breaks of
 * about 15 minutes (within the basis's 10 to 20), 3 a day.
 */
export const LEG_RAISE = {
	swollen: { minutes: 30, perDay: 4 },
	heavy: { minutes: 15, perDay: 3 }
} as const;

/**
 * The vein track's day: when the legs are swollen, 4 leg-raising breaks of 30 minutes (every
 * 2 hours of an 8-hour day); for milder heaviness, 3 breaks of 15 minutes. Calf pumps: about
 * 10 ankle pumps in each of 8 waking hours spent sitting or standing.
 */
export function dayPlan(latest: Pick<DiaryEntry, 'swelling'> | null): DayPlan {
	const isSwollen = !!latest && swollen(latest);
	return {
		elevation: isSwollen
			? { planned: LEG_RAISE.swollen.perDay, minutes: LEG_RAISE.swollen.minutes, swollen: true }
			: { planned: LEG_RAISE.heavy.perDay, minutes: LEG_RAISE.heavy.minutes, swollen: false },
		calfPump: { planned: 8 }
	};
}

/** Weekly average heaviness, for the trend: weeks without a score are left out, never 0. */
export function heavinessByWeek(
	entries: readonly Pick<DiaryEntry, 'date' | 'heaviness'>[],
	weekOf: (date: IsoDate) => IsoDate
): { week: IsoDate; average: number; entries: number }[] {
	const weeks = new Map<IsoDate, number[]>();
	for (const e of entries) {
		if (e.heaviness === null) continue;
		const w = weekOf(e.date);
		const list = weeks.get(w) ?? [];
		list.push(e.heaviness);
		weeks.set(w, list);
	}
	return [...weeks.entries()]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([week, list]) => ({
			week,
			average: Math.round((list.reduce((s, v) => s + v, 0) / list.length) * 10) / 10,
			entries: list.length
		}));
}
