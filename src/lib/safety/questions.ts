// The safety rule book (clinical-basis §4): every sign, how urgent it is, and which questions
// and lists ask about it. Onboarding, the pre-walk check, "I feel unwell", the long-rest warning
// and the symptom diary all use this one book. It gives guidance, never a diagnosis.

import { MAY_WALK, type CareLevel } from './care-rules';
import { URGENCY_ORDER, signOf, type Sign, type SignId, type Urgency } from './signs';

export { SIGNS, URGENCY_ORDER, signOf } from './signs';
export type { Sign, SignId, Urgency } from './signs';

export type SafetyQuestionId =
	| 'chestPain'
	| 'breathless'
	| 'faintDizzy'
	| 'racingHeart'
	| 'lungClot'
	| 'suddenColdLeg'
	| 'swollenHotLeg'
	| 'restPainOrSore'
	| 'recentHeartOrSurgery'
	| 'limitedByHeartOrLungs'
	| 'swellingOrSkin'
	| 'routineChange';

/**
 * What a "yes" is followed by: heart, whether it is happening now, new or worse, or known to the
 * doctor and unchanged; recent, whether it is happening now or has passed.
 */
export type AskWhen = 'heart' | 'recent';
export type When = 'now' | 'newOrWorse' | 'known' | 'passed';
export const WHEN_CHOICES: Record<AskWhen, readonly When[]> = {
	heart: ['now', 'newOrWorse', 'known'],
	recent: ['now', 'passed']
};

export interface SafetyQuestion {
	id: SafetyQuestionId;
	/** What a "yes" to it means. */
	sign: SignId;
	when?: AskWhen;
}

/** Asked before the first session, one per page; heart symptoms one at a time. */
export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
	{ id: 'chestPain', sign: 'chestPain', when: 'heart' },
	{ id: 'breathless', sign: 'breathless', when: 'heart' },
	{ id: 'faintDizzy', sign: 'fainting', when: 'heart' },
	{ id: 'racingHeart', sign: 'racingHeart', when: 'heart' },
	{ id: 'lungClot', sign: 'lungClot', when: 'recent' },
	{ id: 'suddenColdLeg', sign: 'coldPaleLeg' },
	{ id: 'swollenHotLeg', sign: 'swollenHotLeg' },
	{ id: 'restPainOrSore', sign: 'restPainOrSore' },
	{ id: 'recentHeartOrSurgery', sign: 'recentHeartOrSurgery' },
	{ id: 'limitedByHeartOrLungs', sign: 'limitedByHeartOrLungs' },
	{ id: 'swellingOrSkin', sign: 'swellingOrSkin' },
	{ id: 'routineChange', sign: 'routineChange' }
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
	/** Call-now and same-day signs: each confirmed resolved on its own before walking. */
	toResolve: Sign[];
	/** Talk-first signs: a clinician's agreement before walking on. */
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
		urgency: signs[0]?.urgency ?? 'carryOn',
		toResolve: signs.filter((s) => s.mustResolve),
		toClear: signs.filter((s) => s.urgency === 'talkFirst'),
		mayWalk: signs.every((s) => MAY_WALK[s.urgency])
	};
}

/** The signs behind "yes" answers to a list of questions. */
export function signsFrom(
	questions: readonly { id: string; sign: SignId }[],
	answers: SafetyAnswers
): SignId[] {
	return questions.filter((q) => answers[q.id] === true).map((q) => q.sign);
}

/** The "when" answers to the onboarding questions. */
export type WhenAnswers = Partial<Record<SafetyQuestionId, When>>;

/** What one "yes" before the start asks of the person. */
export interface Finding {
	question: SafetyQuestion;
	level: CareLevel;
	when: When | null;
	/** Dealt with and confirmed on its own before the program starts. */
	mustResolve: boolean;
	/** Needs the doctor's or nurse's agreement before the program starts. */
	needsClearance: boolean;
}

/**
 * The level of a "yes" before the start (clinical basis §4): a heart symptom happening now is
 * "call now"; one in the past, new or worse, or known and stable, is "check with your doctor
 * before you start". A clot in the lung that has passed is "get seen today".
 */
export function levelOf(q: SafetyQuestion, when: When | null): CareLevel {
	if (q.when === 'heart') return when === 'now' ? 'callNow' : 'talkFirst';
	if (q.when === 'recent') return when === 'now' ? 'callNow' : 'seenToday';
	return signOf(q.sign).urgency;
}

/** The "yes" answers, most urgent first, each with what it asks. */
export function findings(answers: SafetyAnswers, when: WhenAnswers = {}): Finding[] {
	return SAFETY_QUESTIONS.filter((q) => answers[q.id] === true)
		.map((q) => {
			const w = q.when ? (when[q.id] ?? null) : null;
			const level = levelOf(q, w);
			return {
				question: q,
				level,
				when: w,
				mustResolve: level === 'callNow' || level === 'seenToday',
				needsClearance: level === 'talkFirst'
			};
		})
		.sort((a, b) => URGENCY_ORDER.indexOf(a.level) - URGENCY_ORDER.indexOf(b.level));
}

/** Findings grouped by level, most urgent first. */
export function byLevel(list: readonly Finding[]): { level: CareLevel; findings: Finding[] }[] {
	return URGENCY_ORDER.flatMap((level) => {
		const found = list.filter((f) => f.level === level);
		return found.length ? [{ level, findings: found }] : [];
	});
}

/** What is missing on one question's page: its yes or no, or when it happens. */
export function questionMissing(
	q: SafetyQuestion,
	answers: SafetyAnswers,
	when: WhenAnswers
): 'answer' | 'when' | null {
	if (typeof answers[q.id] !== 'boolean') return 'answer';
	if (answers[q.id] && q.when && !when[q.id]) return 'when';
	return null;
}

/** What the outcome still needs before the program may start. */
export function outcomeMissing(
	list: readonly Finding[],
	resolved: ReadonlySet<SafetyQuestionId>,
	cleared: boolean
): { resolve: SafetyQuestionId[]; clearance: boolean } {
	return {
		resolve: list
			.filter((f) => f.mustResolve && !resolved.has(f.question.id))
			.map((f) => f.question.id),
		clearance: list.some((f) => f.needsClearance) && !cleared
	};
}

/** Whether the program may start: every must-resolve answer confirmed, and clearance if needed. */
export function mayStart(
	list: readonly Finding[],
	resolved: ReadonlySet<SafetyQuestionId>,
	cleared: boolean
): boolean {
	const missing = outcomeMissing(list, resolved, cleared);
	return missing.resolve.length === 0 && !missing.clearance;
}

/** The answers as stored: each yes or no, and each "when" as `id.when`. */
export function storedAnswers(answers: SafetyAnswers, when: WhenAnswers): SafetyAnswers {
	const out: SafetyAnswers = { ...answers };
	for (const q of SAFETY_QUESTIONS)
		if (answers[q.id] && q.when && when[q.id]) out[`${q.id}.${when[q.id]}`] = true;
	return out;
}
