// The care status: from every record that says how the person is (walks and what ended them, the
// signs tapped on "I feel unwell", the check before a walk, diary entries, and their answers to
// "have you spoken to your care team?"), the one thing to do now, its reasons with their dates,
// and what ends it. Every screen that advises reads this, so they all say the same thing.
// Pure: records and the time in, the status out. Rules and sources: docs/clinical-basis.md §4.

import { addDays, type IsoDate } from '$lib/dates';
import type { WalkWarning } from '$lib/program/types';
import type { DiaryEntry, DiaryGuidance } from '$lib/diary/diary';
import type { SignId } from './signs';

import {
	CARE_LEVELS,
	CARE_RULES,
	MAY_WALK,
	NOW_IS_EMERGENCY,
	SEVERE_AGAIN_DAYS,
	type CareLevel,
	type ReasonId
} from './care-rules';

export {
	CARE_LEVELS,
	CARE_RULES,
	MAY_WALK,
	SEVERE_AGAIN_DAYS,
	type CareLevel,
	type CareRule,
	type ReasonId
} from './care-rules';

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
	severePain: 'severePain',
	swellingOrSkin: 'swellingOrSkin',
	routineChange: 'routineChange'
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

/**
 * The answers before the start. What stops the start was dealt with before it (each confirmed,
 * or the doctor's agreement); what lets it go on (a look within days, a mention) carries over.
 */
export interface StartRecord {
	kind: 'start';
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

export type CareRecord = WalkRecord | PreWalkRecord | StartRecord | DiaryRecord | AnswerRecord;

/** Where a reason was recorded: on a walk, at the check before one, before the start, the diary. */
export type CareSource = 'walk' | 'check' | 'start' | 'diary';

const SOURCE: Record<Exclude<CareRecord['kind'], 'answer'>, CareSource> = {
	walk: 'walk',
	preWalk: 'check',
	start: 'start',
	diary: 'diary'
};

export interface CareReason {
	id: ReasonId;
	level: CareLevel;
	date: IsoDate;
	at: number;
	/** The sign behind it, where one was named. */
	sign: SignId | null;
	source: CareSource;
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

/** The reasons a record gives; `lastSevere` is the day of the latest earlier walk with severe pain. */
function reasonsOf(
	record: CareRecord,
	lastSevere: IsoDate | null
): Omit<CareReason, 'level' | 'until'>[] {
	if (record.kind === 'answer') return [];
	const base = { date: record.date, at: record.at, source: SOURCE[record.kind] };
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
					if (lastSevere !== null && lastSevere >= addDays(record.date, -SEVERE_AGAIN_DAYS))
						id = 'severePainAgain';
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
		case 'start':
			return record.signs.flatMap((sign) => {
				const id = REASON_OF_SIGN[sign];
				return id && MAY_WALK[CARE_RULES[id].level] ? [{ ...base, id, sign }] : [];
			});
		case 'diary': {
			const out: Omit<CareReason, 'level' | 'until'>[] = [];
			if (record.newOneSidedSwelling)
				out.push({ ...base, id: 'newSwelling', sign: 'swollenHotLeg' });
			if (record.persistentSwellingOrSkin)
				out.push({ ...base, id: 'swellingOrSkin', sign: 'swellingOrSkin' });
			if (record.routine) out.push({ ...base, id: 'routineChange', sign: 'routineChange' });
			return out;
		}
	}
}

/** Every reason ever recorded, oldest first, with the level it had when it was recorded. */
function allReasons(sorted: readonly CareRecord[]): CareReason[] {
	const out: CareReason[] = [];
	let lastSevere: IsoDate | null = null;
	for (const record of sorted) {
		const found = reasonsOf(record, lastSevere);
		if (found.some((r) => r.id === 'severePain' || r.id === 'severePainAgain'))
			lastSevere = record.kind === 'walk' ? record.date : lastSevere;
		for (const reason of found) {
			const rule = CARE_RULES[reason.id];
			// A sign in a walk under way is happening now: the emergency signs are "call now".
			const now = record.kind === 'walk' && record.live && NOW_IS_EMERGENCY.has(reason.id);
			const level: CareLevel = now ? 'callNow' : rule.level;
			const until = typeof rule.ends === 'number' ? addDays(reason.date, rule.ends - 1) : null;
			out.push({ ...reason, level, until });
		}
	}
	return out;
}

/** Advice shown and what the person answered: a line of the report for the care team. */
export interface AdviceShown extends CareReason {
	/** The answer that ended it ("they said I can carry on"), else the last "not yet" after it. */
	answer: { at: number; cleared: boolean } | null;
}

/** Every piece of advice the records led to, oldest first, each with the answer that followed. */
export function adviceHistory(records: readonly CareRecord[]): AdviceShown[] {
	const sorted = [...records].sort((a, b) => a.at - b.at);
	const answers = sorted.filter((r): r is AnswerRecord => r.kind === 'answer');
	return allReasons(sorted).map((reason) => {
		const after = answers.filter((a) => a.at >= reason.at);
		const next = after.find((a) => a.cleared) ?? after.at(-1);
		return { ...reason, answer: next ? { at: next.at, cleared: next.cleared } : null };
	});
}

/** The care status on a day, from every record (any order). */
export function careStatus(records: readonly CareRecord[], today: IsoDate): CareStatus {
	const sorted = [...records].sort((a, b) => a.at - b.at);
	const answers = sorted.filter((r): r is AnswerRecord => r.kind === 'answer');
	const reasons = allReasons(sorted).filter(
		(reason) =>
			// Ended by time, or by an answer that cleared it after it was recorded.
			!(reason.until !== null && reason.until < today) &&
			!answers.some((a) => a.cleared && a.at >= reason.at)
	);
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
