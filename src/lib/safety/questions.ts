// The safety questions asked before the program starts, and the red-flag guidance offered
// during a walk (clinical-basis §4). Each answer leads to plain guidance, never a diagnosis.

/** How soon to get help, most urgent first. */
export type Urgency = 'emergency' | 'sameDay' | 'urgent' | 'beforeStart' | 'soon';
export const URGENCY_ORDER: readonly Urgency[] = [
	'emergency',
	'sameDay',
	'urgent',
	'beforeStart',
	'soon'
];

export type SafetyQuestionId =
	| 'chestOrBreath'
	| 'suddenColdLeg'
	| 'swollenHotLeg'
	| 'restPainOrSore'
	| 'recentHeartOrSurgery'
	| 'limitedByHeartOrLungs'
	| 'otherChanges';

export interface SafetyQuestion {
	id: SafetyQuestionId;
	/** What a "yes" means the person should do. */
	urgency: Urgency;
}

export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
	{ id: 'chestOrBreath', urgency: 'emergency' },
	{ id: 'suddenColdLeg', urgency: 'emergency' },
	{ id: 'swollenHotLeg', urgency: 'sameDay' },
	{ id: 'restPainOrSore', urgency: 'urgent' },
	{ id: 'recentHeartOrSurgery', urgency: 'beforeStart' },
	{ id: 'limitedByHeartOrLungs', urgency: 'beforeStart' },
	{ id: 'otherChanges', urgency: 'soon' }
];

export type SafetyAnswers = Partial<Record<SafetyQuestionId, boolean>>;

export interface SafetyOutcome {
	/** Every question has an answer. */
	complete: boolean;
	/** The questions answered "yes", most urgent first. */
	flags: SafetyQuestion[];
	/** The program may start only once a clinician has cleared the person. */
	needsClearance: boolean;
	mostUrgent: Urgency | null;
}

export function safetyOutcome(answers: SafetyAnswers): SafetyOutcome {
	const flags = SAFETY_QUESTIONS.filter((q) => answers[q.id] === true).sort(
		(a, b) => URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency)
	);
	return {
		complete: SAFETY_QUESTIONS.every((q) => typeof answers[q.id] === 'boolean'),
		flags,
		needsClearance: flags.length > 0,
		mostUrgent: flags[0]?.urgency ?? null
	};
}

/** The signs listed when someone taps "I feel unwell" during a walk, most urgent first. */
export type RedFlagId = 'chest' | 'lungs' | 'suddenLeg' | 'swollenLeg' | 'painNotEasing';
export const RED_FLAGS: readonly { id: RedFlagId; urgency: Urgency }[] = [
	{ id: 'chest', urgency: 'emergency' },
	{ id: 'lungs', urgency: 'emergency' },
	{ id: 'suddenLeg', urgency: 'emergency' },
	{ id: 'swollenLeg', urgency: 'sameDay' },
	{ id: 'painNotEasing', urgency: 'soon' }
];
