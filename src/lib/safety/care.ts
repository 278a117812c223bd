// The care status: from every record that says how the person is (walks and what ended them, the
// signs tapped on "I feel unwell", the check before a walk, diary entries, and their answers to
// "have you spoken to your care team?"), the one thing to do now, its reasons with their dates,
// and what ends it. Every screen that advises reads this, so they all say the same thing.
// Pure: records and the time in, the status out. Rules and sources: docs/clinical-basis.md §4.

import { addDays, type IsoDate } from '$lib/dates';
import type { WalkWarning } from '$lib/program/types';
import type { DiaryEntry, DiaryGuidance } from '$lib/diary/diary';
import type { SignId } from './signs';

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
	/** The row of docs/clinical-basis.md §4 it follows. */
	basis: string;
}

/** The one rule table. A sign recorded again after it ended starts it again. */
export const CARE_RULES: Record<ReasonId, CareRule> = {
	heartSign: {
		level: 'talkFirst',
		ends: 'answer',
		basis:
			'Chest pain, breathlessness, fainting, dizziness or palpitations, no longer happening: check with a doctor before going on (ACSM pre-participation screening); call now only while it happens'
	},
	lungClotSign: {
		level: 'seenToday',
		ends: 'answer',
		basis: 'Sudden breathlessness, chest pain on breathing in, coughing blood: a clot in the lung'
	},
	legBloodFlowSign: {
		level: 'seenToday',
		ends: 'answer',
		basis: 'A leg suddenly cold, pale or blue, numb or weak: acute loss of blood flow'
	},
	legClotSign: {
		level: 'seenToday',
		ends: 'answer',
		basis:
			'One leg suddenly swollen, painful, warm or red (DVT): no walking until assessed, same day'
	},
	footSign: {
		level: 'seenToday',
		ends: 'answer',
		basis:
			'Foot pain at rest or at night, a sore not healing, black skin (chronic limb-threatening ischaemia): no program until seen, urgently'
	},
	painNotEasing: {
		level: 'talkFirst',
		ends: 'answer',
		basis:
			'Leg pain that does not ease within 10 minutes of rest: stop the session; tell a clinician'
	},
	unwell: {
		level: 'talkFirst',
		ends: 'answer',
		basis:
			'A walk ended by "I feel unwell": treated as a sign not yet checked, talk to the care team before the next walk'
	},
	severePain: {
		level: 'carryOn',
		ends: 7,
		basis: 'Pain scale 5 (severe): stop; next time stop earlier, at 4 (moderate)'
	},
	severePainAgain: {
		level: 'mention',
		ends: 28,
		basis: 'Pain scale 5 (severe) more than once in 14 days: warn when it happens often'
	},
	newSwelling: {
		level: 'seenToday',
		ends: 'answer',
		basis: 'One leg newly swollen (DVT row): same-day assessment'
	},
	swellingOrSkin: {
		level: 'seeSoon',
		ends: 14,
		basis:
			'Swelling that does not go down with rest and raising the legs, new skin changes: see a clinician soon (days, not weeks); keep walking gently'
	},
	routineChange: {
		level: 'mention',
		ends: 28,
		basis:
			'Tingling or burning, cramps that wake you at night, heaviness after a new medicine: mention it at the next appointment; keep walking'
	}
};

/** Signs that, while they happen, mean calling emergency services now. */
const NOW_IS_EMERGENCY: ReadonlySet<ReasonId> = new Set([
	'heartSign',
	'lungClotSign',
	'legBloodFlowSign'
]);

/** How far back severe pain counts as happening again. */
export const SEVERE_AGAIN_DAYS = 14;

/** Signs from "I feel unwell" or the check before a walk, by the rule they come under. */
const REASON_OF_SIGN: Partial<Record<SignId, ReasonId>> = {
	chestPain: 'heartSign',
	breathless: 'heartSign',
	fainting: 'heartSign',
	dizziness: 'heartSign',
	racingHeart: 'heartSign',
	lungClot: 'lungClotSign',
	coldPaleLeg: 'legBloodFlowSign',
	swollenHotLeg: 'legClotSign',
	restPainOrSore: 'footSign',
	painNotEasing: 'painNotEasing',
	severePain: 'severePain'
};

/** What a walk (recorded or under way) tells. */
export interface WalkRecord {
	kind: 'walk';
	at: number;
	date: IsoDate;
	endedBy: WalkWarning | null;
	/** Signs tapped on "I feel unwell", when known. */
	signs: readonly SignId[];
	/** A walk under way: a sign in it is happening now. */
	live?: boolean;
}

/** The check before a walk: the signs ticked. */
export interface PreWalkRecord {
	kind: 'preWalk';
	at: number;
	date: IsoDate;
	signs: readonly SignId[];
}

/** A diary entry's findings (diary.ts guidanceFor) and routine flags. */
export interface DiaryRecord {
	kind: 'diary';
	at: number;
	date: IsoDate;
	newOneSidedSwelling: boolean;
	persistentSwellingOrSkin: boolean;
	/** Night cramps, tingling, heaviness with a new medicine. */
	routine: boolean;
}

/**
 * The person's answer to "have you spoken to your care team?": cleared, they spoke (or were
 * seen) and were told to carry on; notYet, they have not yet.
 */
export interface AnswerRecord {
	kind: 'answer';
	at: number;
	cleared: boolean;
}

export type CareRecord = WalkRecord | PreWalkRecord | DiaryRecord | AnswerRecord;

export interface CareReason {
	id: ReasonId;
	level: CareLevel;
	date: IsoDate;
	at: number;
	/** The sign behind it, where one was named. */
	sign: SignId | null;
	/** The last day it still holds, for a rule that ends with time; null: until an answer. */
	until: IsoDate | null;
}

export interface CareStatus {
	level: CareLevel;
	/** What holds now, most urgent first, then newest first. */
	reasons: CareReason[];
	/** Whether a training walk is the thing to do. */
	mayWalk: boolean;
	/** The person answered "not yet" since the newest reason that waits for an answer. */
	waiting: boolean;
	/** The reasons that wait for an answer: what "I have spoken to them" would end. */
	needsAnswer: boolean;
}

const rank = (level: CareLevel) => CARE_LEVELS.indexOf(level);

function reasonsOf(
	record: CareRecord,
	earlier: readonly CareRecord[]
): Omit<CareReason, 'level' | 'until'>[] {
	const base = { date: 'date' in record ? record.date : '', at: record.at };
	switch (record.kind) {
		case 'walk': {
			const out: Omit<CareReason, 'level' | 'until'>[] = [];
			const signs = new Set(record.signs);
			if (record.endedBy === 'longRest') signs.add('painNotEasing');
			if (record.endedBy === 'severePain') signs.add('severePain');
			for (const sign of signs) {
				let id = REASON_OF_SIGN[sign];
				if (!id) continue;
				if (id === 'severePain') {
					const from = addDays(record.date, -SEVERE_AGAIN_DAYS);
					const again = earlier.some(
						(e) =>
							e.kind === 'walk' &&
							e.at < record.at &&
							e.date >= from &&
							(e.endedBy === 'severePain' || e.signs.includes('severePain'))
					);
					if (again) id = 'severePainAgain';
				}
				out.push({ ...base, id, sign });
			}
			// Ended by "I feel unwell" with nothing named: still a walk that needs talking about.
			if (record.endedBy === 'unwell' && out.length === 0)
				out.push({ ...base, id: 'unwell', sign: null });
			return out;
		}
		case 'preWalk':
			return record.signs.flatMap((sign) => {
				const id = REASON_OF_SIGN[sign];
				return id ? [{ ...base, id, sign }] : [];
			});
		case 'diary': {
			const out: Omit<CareReason, 'level' | 'until'>[] = [];
			if (record.newOneSidedSwelling)
				out.push({ ...base, id: 'newSwelling', sign: 'swollenHotLeg' });
			if (record.persistentSwellingOrSkin)
				out.push({ ...base, id: 'swellingOrSkin', sign: 'otherChanges' });
			if (record.routine) out.push({ ...base, id: 'routineChange', sign: 'otherChanges' });
			return out;
		}
		case 'answer':
			return [];
	}
}

/** The care status on a day, from every record (any order). */
export function careStatus(records: readonly CareRecord[], today: IsoDate): CareStatus {
	const sorted = [...records].sort((a, b) => a.at - b.at);
	const answers = sorted.filter((r): r is AnswerRecord => r.kind === 'answer');
	const reasons: CareReason[] = [];
	sorted.forEach((record, i) => {
		for (const found of reasonsOf(record, sorted.slice(0, i))) {
			const rule = CARE_RULES[found.id];
			// A sign in a walk under way is happening now: the emergency signs are "call now".
			const now = record.kind === 'walk' && record.live && NOW_IS_EMERGENCY.has(found.id);
			const level: CareLevel = now ? 'callNow' : rule.level;
			const until = typeof rule.ends === 'number' ? addDays(found.date, rule.ends - 1) : null;
			if (until !== null && until < today) continue;
			// Any answer that cleared it after it was recorded ends it.
			if (answers.some((a) => a.cleared && a.at >= found.at)) continue;
			reasons.push({ ...found, level, until });
		}
	});
	reasons.sort((a, b) => rank(a.level) - rank(b.level) || b.at - a.at);
	const level = reasons[0]?.level ?? 'carryOn';
	const waitingFor = reasons.filter((r) => r.until === null);
	const newest = Math.max(-Infinity, ...waitingFor.map((r) => r.at));
	return {
		level,
		reasons,
		mayWalk: MAY_WALK[level],
		needsAnswer: waitingFor.length > 0,
		waiting: waitingFor.length > 0 && answers.some((a) => !a.cleared && a.at >= newest)
	};
}

/** A diary entry as the care status reads it: what guidanceFor found, and the routine flags. */
export function diaryRecord(
	entry: Pick<DiaryEntry, 'date' | 'skinChanges' | 'nightCramps' | 'tingling' | 'newMedicine'>,
	at: number,
	guidance: Pick<DiaryGuidance, 'reasons'>
): DiaryRecord {
	return {
		kind: 'diary',
		at,
		date: entry.date,
		newOneSidedSwelling: guidance.reasons.includes('newOneSidedSwelling'),
		persistentSwellingOrSkin: entry.skinChanges || guidance.reasons.includes('persistentSwelling'),
		routine: entry.nightCramps || entry.tingling || entry.newMedicine
	};
}
