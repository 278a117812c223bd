// The signs of the safety rule book (clinical-basis §4) and how urgent each is. Its own module,
// so a page that only lists the signs (Learn's "Getting help") loads nothing else of the book;
// questions.ts builds the questions on it.

/**
 * emergency: call emergency services now; sameDay: do not walk, get seen today; soon: stop
 * walking and see your clinician soon, before going on; continue: carry on.
 */
export type Urgency = 'emergency' | 'sameDay' | 'soon' | 'continue';
export const URGENCY_ORDER: readonly Urgency[] = ['emergency', 'sameDay', 'soon', 'continue'];

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
	| 'otherChanges';

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
	mustResolve: urgency === 'emergency' || urgency === 'sameDay'
});

/** Every sign the app knows, most urgent first. */
export const SIGNS: readonly Sign[] = [
	// The heart: stop now; emergency services if it does not pass at once.
	sign('chestPain', 'emergency'),
	sign('breathless', 'emergency'),
	sign('fainting', 'emergency'),
	sign('dizziness', 'emergency'),
	sign('racingHeart', 'emergency'),
	// A clot in the lung: sudden breathlessness, pain on breathing in, coughing blood.
	sign('lungClot', 'emergency'),
	// Sudden loss of blood flow to a leg.
	sign('coldPaleLeg', 'emergency'),
	// A possible clot in a leg vein: do not walk it off; seen the same day.
	sign('swollenHotLeg', 'sameDay'),
	// Foot pain at rest or at night, a sore not healing in 2 weeks, black skin: a vascular
	// specialist, urgently; no walking program until then.
	sign('restPainOrSore', 'sameDay'),
	// Not typical claudication: stop the session, tell a clinician before walking again.
	sign('painNotEasing', 'soon'),
	sign('severePain', 'soon'),
	// Reasons to check with a clinician before starting (trial exclusions).
	sign('recentHeartOrSurgery', 'soon'),
	sign('limitedByHeartOrLungs', 'soon'),
	// Needs a clinician's look: lasting swelling, skin changes, tingling, night cramps,
	// heaviness since a new medicine.
	sign('otherChanges', 'soon')
];

export function signOf(id: SignId): Sign {
	const found = SIGNS.find((s) => s.id === id);
	if (!found) throw new Error(`unknown sign ${id}`);
	return found;
}
