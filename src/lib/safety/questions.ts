// The safety rule book (clinical-basis §4): every sign, how urgent it is, and which questions
// and lists ask about it. Onboarding, the pre-walk check, "I feel unwell", the long-rest warning
// and the symptom diary all use this one book. It gives guidance, never a diagnosis.

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

export type SafetyQuestionId =
	| 'heartWhenActive'
	| 'lungClot'
	| 'suddenColdLeg'
	| 'swollenHotLeg'
	| 'restPainOrSore'
	| 'recentHeartOrSurgery'
	| 'limitedByHeartOrLungs'
	| 'otherChanges';

export interface SafetyQuestion {
	id: SafetyQuestionId;
	/** What a "yes" to it means. */
	sign: SignId;
}

/** Asked before the first session, one per page. */
export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
	{ id: 'heartWhenActive', sign: 'chestPain' },
	{ id: 'lungClot', sign: 'lungClot' },
	{ id: 'suddenColdLeg', sign: 'coldPaleLeg' },
	{ id: 'swollenHotLeg', sign: 'swollenHotLeg' },
	{ id: 'restPainOrSore', sign: 'restPainOrSore' },
	{ id: 'recentHeartOrSurgery', sign: 'recentHeartOrSurgery' },
	{ id: 'limitedByHeartOrLungs', sign: 'limitedByHeartOrLungs' },
	{ id: 'otherChanges', sign: 'otherChanges' }
];

export type PreWalkQuestionId = 'chestOrBreath' | 'swollenLeg' | 'newSore' | 'footPainAtRest';

/** The quick check before each walk: four questions, all clear in two taps. */
export const PRE_WALK_QUESTIONS: readonly { id: PreWalkQuestionId; sign: SignId }[] = [
	{ id: 'chestOrBreath', sign: 'chestPain' },
	{ id: 'swollenLeg', sign: 'swollenHotLeg' },
	{ id: 'newSore', sign: 'restPainOrSore' },
	{ id: 'footPainAtRest', sign: 'restPainOrSore' }
];

/** The signs a person can tap on "I feel unwell", most urgent first. */
export const UNWELL_SIGNS: readonly SignId[] = [
	'chestPain',
	'breathless',
	'fainting',
	'dizziness',
	'racingHeart',
	'lungClot',
	'coldPaleLeg',
	'swollenHotLeg',
	'painNotEasing'
];

/** Once one of these is picked on "I feel unwell", carrying on is not offered: the walk ends. */
export const ENDS_THE_WALK: ReadonlySet<SignId> = new Set([
	'chestPain',
	'breathless',
	'fainting',
	'lungClot',
	'coldPaleLeg',
	'swollenHotLeg'
]);

export type SafetyAnswers = Partial<Record<string, boolean>>;

export interface Assessment {
	/** The signs, most urgent first. */
	signs: Sign[];
	urgency: Urgency;
	/** Emergency and same-day signs: each confirmed resolved on its own before walking. */
	toResolve: Sign[];
	/** Soon signs: a clinician's agreement before walking on. */
	toClear: Sign[];
	/** Nothing stands in the way of walking. */
	mayWalk: boolean;
}

const bySeverity = (a: Sign, b: Sign) =>
	URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency);

/** What a set of signs asks of the person. */
export function assess(ids: readonly SignId[]): Assessment {
	const signs = [...new Set(ids)].map(signOf).sort(bySeverity);
	return {
		signs,
		urgency: signs[0]?.urgency ?? 'continue',
		toResolve: signs.filter((s) => s.mustResolve),
		toClear: signs.filter((s) => s.urgency === 'soon'),
		mayWalk: signs.length === 0
	};
}

/** The signs behind "yes" answers to a list of questions. */
export function signsFrom(
	questions: readonly { id: string; sign: SignId }[],
	answers: SafetyAnswers
): SignId[] {
	return questions.filter((q) => answers[q.id] === true).map((q) => q.sign);
}

/** The onboarding questions answered yes, grouped by urgency, most urgent first. */
export function answeredYes(
	answers: SafetyAnswers
): { urgency: Urgency; questions: SafetyQuestion[] }[] {
	const yes = SAFETY_QUESTIONS.filter((q) => answers[q.id] === true);
	return URGENCY_ORDER.flatMap((urgency) => {
		const questions = yes.filter((q) => signOf(q.sign).urgency === urgency);
		return questions.length ? [{ urgency, questions }] : [];
	});
}

/** Whether the program may start: every must-resolve answer confirmed, and clearance if needed. */
export function mayStart(
	answers: SafetyAnswers,
	resolved: ReadonlySet<SafetyQuestionId>,
	cleared: boolean
): boolean {
	const yes = SAFETY_QUESTIONS.filter((q) => answers[q.id] === true);
	const resolveAll = yes.filter((q) => signOf(q.sign).mustResolve).every((q) => resolved.has(q.id));
	const needsClearance = yes.some((q) => signOf(q.sign).urgency === 'soon');
	return resolveAll && (!needsClearance || cleared);
}
