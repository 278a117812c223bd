// The shapes the program works with: a person's choices, their walk tests and what they did.

import type { IsoDate, Weekday } from '$lib/dates';

/** PAD: interval walking to moderate pain. Vein: daily walking, calf pump, elevation. Both: the two with PAD cautions. */
export type Track = 'pad' | 'vein' | 'both';

/** What a clinician has told the person, in their words; it picks the track. */
export type Diagnosis = 'pad' | 'vein' | 'both' | 'unsure';
export const DIAGNOSES: readonly Diagnosis[] = ['pad', 'vein', 'both', 'unsure'];

export type Legs = 'left' | 'right' | 'both';
export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
export type Units = 'km' | 'miles';

/** The person's walking choices from a date on; a change adds a new one and keeps the old. */
export interface Schedule {
	from: IsoDate;
	days: Weekday[];
	timeOfDay: TimeOfDay;
	track: Track;
}

export type TestMethod = 'walk' | 'treadmill' | 'sixMinute';

/** A baseline or re-test: a walk in the app, a clinic treadmill result, or a six-minute walk. */
export interface WalkTestResult {
	method: TestMethod;
	/** Time to the first leg pain; null if it never came. */
	onsetMs: number | null;
	/** Longest walk before having to stop (peak walking time); null if not known. */
	maxWalkMs: number | null;
	/** Six-minute walk distance in metres. */
	distanceM: number | null;
}

/** What the plan needs to know of a session the person did. */
export interface DoneSession {
	date: IsoDate;
	activeWalkingMs: number;
	firstOnsetMs: number | null;
}
