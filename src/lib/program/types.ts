// The shapes the program works with: a person's choices, their walk tests and what they did.

import type { IsoDate, Weekday } from '$lib/dates';

/**
 * PAD: interval walking to moderate pain. Vein: daily walking, calf pump, elevation. Both: the
 * two with PAD cautions. Gentle: for a person not yet told the cause: walking at a comfortable
 * pace with rests whenever needed, never coached into pain (docs/clinical-basis.md).
 */
export type Track = 'pad' | 'vein' | 'both' | 'gentle';

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

/** A walk test's result, with the walk it was walked in (null when typed in). */
export type TestedWalk = WalkTestResult & { sessionId: string | null };

/** Why a walk ended before its time: a warning the walk screen showed. */
export type WalkWarning = 'unwell' | 'longRest' | 'severePain';
export const WALK_WARNINGS: readonly WalkWarning[] = ['unwell', 'longRest', 'severePain'];

/** What the plan and progress need to know of a walk the person finished. */
export interface DoneSession {
	date: IsoDate;
	activeWalkingMs: number;
	/** The walk's own active-walking target. */
	targetMs: number;
	firstOnsetMs: number | null;
	/**
	 * Walking time before the pain got moderate, from what was recorded: the first bout stopped
	 * at level 3 or 4, or a bout with pain tapped that was walked to its end without a stop.
	 * Null when nothing recorded shows it.
	 */
	moderatePainMs: number | null;
	/** The warning the walk ended on, if it ended on one. */
	endedBy: WalkWarning | null;
	/** The person said "I did my session" for a walk they ended early. */
	markedDone: boolean;
}
