// The safety rule book (clinical-basis §4): every sign, how urgent it is, and which questions
// and lists ask about it. Onboarding, the pre-walk check, "I feel unwell", the long-rest warning
// and the symptom diary all use this one book. It gives guidance, never a diagnosis.

import { URGENCY_ORDER, signOf, type Sign, type SignId, type Urgency } from './signs';

export { SIGNS, URGENCY_ORDER, signOf } from './signs';
export type { Sign, SignId, Urgency } from './signs';

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
