// The 1–5 claudication pain scale of the classic trials (clinical-basis §1), kept in one
// module so that a different scale could be swapped in.

export type PainLevel = 1 | 2 | 3 | 4 | 5;

export const PAIN_LEVELS: readonly PainLevel[] = [1, 2, 3, 4, 5];

/** Level recorded when the person taps "Leg pain started". */
export const ONSET_LEVEL: PainLevel = 2;
/** Moderate pain: the level at which a bout should end with a rest. */
export const STOP_LEVEL: PainLevel = 4;
/** Severe pain: warn when it keeps happening. */
export const SEVERE_LEVEL: PainLevel = 5;
/** A rest longer than this without the pain going is not ordinary claudication (§4). */
export const REST_WARNING_MS = 10 * 60_000;

export function isPainLevel(value: unknown): value is PainLevel {
	return typeof value === 'number' && (PAIN_LEVELS as readonly number[]).includes(value);
}
