// The signs of the safety rule book (clinical-basis §4) and how urgent each is. Its own module,
// so a page that only lists the signs (Learn's "Getting help") loads nothing else of the book;
// questions.ts builds the questions on it.

import { CARE_LEVELS, type CareLevel } from './care-rules';

/**
 * How urgent a sign is, on the care status's own levels (care-rules.ts): while it happens, or as
 * asked before starting. One scale for every screen that advises.
 */
export type Urgency = CareLevel;
export const URGENCY_ORDER: readonly Urgency[] = CARE_LEVELS;

export type SignId =
	| 'chestPain'
	| 'breathless'
	| 'fainting'
	| 'dizziness'
	| 'racingHeart'
	| 'lungClot'
	| 'coldPaleLeg'
	| 'swollenHotLeg'
	| 'restPainOrSore'
	| 'painNotEasing'
	| 'severePain'
	| 'recentHeartOrSurgery'
	| 'limitedByHeartOrLungs'
	| 'swellingOrSkin'
	| 'routineChange';

export interface Sign {
	id: SignId;
	urgency: Urgency;
	/**
	 * Must be dealt with and confirmed resolved on its own, never cleared with other answers:
	 * walking waits (a leg that may have a clot is not walked on).
	 */
	mustResolve: boolean;
}

const sign = (id: SignId, urgency: Urgency): Sign => ({
	id,
	urgency,
	mustResolve: urgency === 'callNow' || urgency === 'seenToday'
});

/** Every sign the app knows, most urgent first. */
export const SIGNS: readonly Sign[] = [
	// The heart: stop now; emergency services if it does not pass at once.
	sign('chestPain', 'callNow'),
	sign('breathless', 'callNow'),
	sign('fainting', 'callNow'),
	sign('dizziness', 'callNow'),
	sign('racingHeart', 'callNow'),
	// A clot in the lung: sudden breathlessness, pain on breathing in, coughing blood.
	sign('lungClot', 'callNow'),
	// Sudden loss of blood flow to a leg.
	sign('coldPaleLeg', 'callNow'),
	// A possible clot in a leg vein: do not walk it off; seen the same day.
	sign('swollenHotLeg', 'seenToday'),
	// Foot pain at rest or at night, a sore not healing in 2 weeks, black skin: a vascular
	// specialist, urgently; no walking program until then.
	sign('restPainOrSore', 'seenToday'),
	// Not typical claudication: stop the session, tell a clinician before walking again.
	sign('painNotEasing', 'talkFirst'),
	sign('severePain', 'talkFirst'),
	// Reasons to check with a clinician before starting (trial exclusions).
	sign('recentHeartOrSurgery', 'talkFirst'),
	sign('limitedByHeartOrLungs', 'talkFirst'),
	// Needs a clinician's look within days; walking goes on gently.
	sign('swellingOrSkin', 'seeSoon'),
	// Not urgent: tingling, night cramps, heaviness since a new medicine. Walking goes on.
	sign('routineChange', 'mention')
];

export function signOf(id: SignId): Sign {
	const found = SIGNS.find((s) => s.id === id);
	if (!found) throw new Error(`unknown sign ${id}`);
	return found;
}
