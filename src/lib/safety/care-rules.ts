// The care status's rule table: its levels, the reasons, and for each reason its level, what
// ends it and the row of the clinical basis it follows. Its own module, so Learn's "When to get
// help" lists the same rules without loading the status itself (care.ts).

/**
 * Most urgent first. callNow: it is happening now (only during a walk); seenToday: do not walk,
 * be seen today; talkFirst: talk to your care team before your next walk; seeSoon: see a
 * clinician in the next few days, walking gently meanwhile; mention: mention it at your next
 * appointment and keep walking; carryOn: nothing stands in the way.
 */
export type CareLevel = 'callNow' | 'seenToday' | 'talkFirst' | 'seeSoon' | 'mention' | 'carryOn';
export const CARE_LEVELS: readonly CareLevel[] = [
	'callNow',
	'seenToday',
	'talkFirst',
	'seeSoon',
	'mention',
	'carryOn'
];

/** Whether the person should walk (a training walk) while the status is at this level. */
export const MAY_WALK: Record<CareLevel, boolean> = {
	callNow: false,
	seenToday: false,
	talkFirst: false,
	seeSoon: true,
	mention: true,
	carryOn: true
};

/** Why the status is what it is: each a row of the rule table. */
export type ReasonId =
	| 'heartSign'
	| 'legBloodFlowSign'
	| 'legClotSign'
	| 'lungClotSign'
	| 'painNotEasing'
	| 'unwell'
	| 'severePain'
	| 'severePainAgain'
	| 'footSign'
	| 'newSwelling'
	| 'swellingOrSkin'
	| 'routineChange';

export interface CareRule {
	level: CareLevel;
	/**
	 * answer: until the person says they have spoken to their care team (or been seen) after it;
	 * a number: that many days from the record, or an answer, whichever comes first.
	 */
	ends: 'answer' | number;
}

/**
 * The one rule table. A sign recorded again after it ended starts it again. Above each rule, the
 * row of docs/clinical-basis.md §4 it follows: a comment, not a field, so the app's pages do not
 * carry it (care.test.ts checks that every rule has one).
 */
export const CARE_RULES: Record<ReasonId, CareRule> = {
	/** Chest pain, breathlessness, fainting, dizziness or palpitations, no longer happening: check with a doctor before going on (ACSM pre-participation screening); call now only while it happens. */
	heartSign: { level: 'talkFirst', ends: 'answer' },
	/** Sudden breathlessness, chest pain on breathing in, coughing blood: a clot in the lung. */
	lungClotSign: { level: 'seenToday', ends: 'answer' },
	/** A leg suddenly cold, pale or blue, numb or weak: acute loss of blood flow. */
	legBloodFlowSign: { level: 'seenToday', ends: 'answer' },
	/** One leg suddenly swollen, painful, warm or red (DVT): no walking until assessed, same day. */
	legClotSign: { level: 'seenToday', ends: 'answer' },
	/** Foot pain at rest or at night, a sore not healing, black skin (chronic limb-threatening ischaemia): no program until seen, urgently. */
	footSign: { level: 'seenToday', ends: 'answer' },
	/** Leg pain that does not ease within 10 minutes of rest: stop the session; tell a clinician. */
	painNotEasing: { level: 'talkFirst', ends: 'answer' },
	/** A walk ended by "I feel unwell": treated as a sign not yet checked, talk to the care team before the next walk. */
	unwell: { level: 'talkFirst', ends: 'answer' },
	/** Pain scale 5 (severe): stop; next time stop earlier, at 4 (moderate). */
	severePain: { level: 'carryOn', ends: 7 },
	/** Pain scale 5 (severe) more than once in 14 days: warn when it happens often. */
	severePainAgain: { level: 'mention', ends: 28 },
	/** One leg newly swollen (DVT row): same-day assessment. */
	newSwelling: { level: 'seenToday', ends: 'answer' },
	/** Swelling that does not go down with rest and raising the legs, new skin changes: see a clinician soon (days, not weeks); keep walking gently. */
	swellingOrSkin: { level: 'seeSoon', ends: 14 },
	/** Tingling or burning, cramps that wake you at night, heaviness after a new medicine: mention it at the next appointment; keep walking. */
	routineChange: { level: 'mention', ends: 28 }
};

/** Signs that, while they happen, mean calling emergency services now. */
export const NOW_IS_EMERGENCY: ReadonlySet<ReasonId> = new Set([
	'heartSign',
	'lungClotSign',
	'legBloodFlowSign'
]);

/** How far back severe pain counts as happening again. */
export const SEVERE_AGAIN_DAYS = 14;
