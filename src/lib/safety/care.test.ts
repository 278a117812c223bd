import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	adviceHistory,
	CARE_RULES,
	careStatus,
	type CareLevel,
	type CareRecord,
	type ReasonId
} from './care';

const at = (date: string, hour = 10) =>
	new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const walk = (
	date: string,
	endedBy: 'unwell' | 'longRest' | 'severePain' | null,
	signs: string[] = [],
	live = false
): CareRecord => ({
	kind: 'walk',
	at: at(date),
	date,
	endedBy,
	signs: signs as never,
	live
});
const answer = (date: string, cleared: boolean, hour = 18): CareRecord => ({
	kind: 'answer',
	at: at(date, hour),
	cleared
});
const diary = (
	date: string,
	flags: Partial<{
		newOneSidedSwelling: boolean;
		persistentSwellingOrSkin: boolean;
		routine: boolean;
	}>
): CareRecord => ({
	kind: 'diary',
	at: at(date, 20),
	date,
	newOneSidedSwelling: false,
	persistentSwellingOrSkin: false,
	routine: false,
	...flags
});
const preWalk = (date: string, signs: string[]): CareRecord => ({
	kind: 'preWalk',
	at: at(date, 9),
	date,
	signs: signs as never
});

// Histories and what they lead to on a day: the level, the reasons, whether walking goes on.
const HISTORIES: {
	name: string;
	records: CareRecord[];
	today: string;
	level: CareLevel;
	reasons: ReasonId[];
	mayWalk: boolean;
	waiting?: boolean;
}[] = [
	{
		name: 'nothing recorded',
		records: [],
		today: '2026-11-23',
		level: 'carryOn',
		reasons: [],
		mayWalk: true
	},
	{
		name: 'ordinary walks',
		records: [walk('2026-11-23', null), walk('2026-11-25', null)],
		today: '2026-11-26',
		level: 'carryOn',
		reasons: [],
		mayWalk: true
	},
	{
		name: 'pain that did not ease: talk before the next walk, days later still',
		records: [walk('2026-11-24', 'longRest')],
		today: '2026-11-30',
		level: 'talkFirst',
		reasons: ['painNotEasing'],
		mayWalk: false
	},
	{
		name: 'pain that did not ease, then cleared',
		records: [walk('2026-11-24', 'longRest'), answer('2026-11-25', true)],
		today: '2026-11-26',
		level: 'carryOn',
		reasons: [],
		mayWalk: true
	},
	{
		name: 'pain that did not ease, "not yet"',
		records: [walk('2026-11-24', 'longRest'), answer('2026-11-25', false)],
		today: '2026-11-26',
		level: 'talkFirst',
		reasons: ['painNotEasing'],
		mayWalk: false,
		waiting: true
	},
	{
		name: 'cleared, then it happened again',
		records: [
			walk('2026-11-24', 'longRest'),
			answer('2026-11-25', true),
			walk('2026-11-27', 'longRest')
		],
		today: '2026-11-28',
		level: 'talkFirst',
		reasons: ['painNotEasing'],
		mayWalk: false,
		waiting: false
	},
	{
		name: '"not yet" does not carry over to a new sign',
		records: [
			walk('2026-11-24', 'longRest'),
			answer('2026-11-25', false),
			walk('2026-11-26', 'unwell', ['dizziness'])
		],
		today: '2026-11-26',
		level: 'talkFirst',
		reasons: ['heartSign', 'painNotEasing'],
		mayWalk: false,
		waiting: false
	},
	{
		name: 'a dizzy spell during a walk, after the walk: talk first, not call now',
		records: [walk('2026-11-24', 'unwell', ['dizziness'])],
		today: '2026-11-24',
		level: 'talkFirst',
		reasons: ['heartSign'],
		mayWalk: false
	},
	{
		name: 'a dizzy spell happening now, mid-walk: call now',
		records: [walk('2026-11-24', null, ['dizziness'], true)],
		today: '2026-11-24',
		level: 'callNow',
		reasons: ['heartSign'],
		mayWalk: false
	},
	{
		name: '"I feel unwell" with nothing named',
		records: [walk('2026-11-24', 'unwell')],
		today: '2026-11-25',
		level: 'talkFirst',
		reasons: ['unwell'],
		mayWalk: false
	},
	{
		name: 'a swollen, hot leg on a walk: seen today, until answered',
		records: [walk('2026-11-24', 'unwell', ['swollenHotLeg'])],
		today: '2026-11-26',
		level: 'seenToday',
		reasons: ['legClotSign'],
		mayWalk: false
	},
	{
		name: 'severe pain once: carry on, stop earlier next time',
		records: [walk('2026-11-24', 'severePain')],
		today: '2026-11-25',
		level: 'carryOn',
		reasons: ['severePain'],
		mayWalk: true
	},
	{
		name: 'severe pain once, a week later: nothing left',
		records: [walk('2026-11-24', 'severePain')],
		today: '2026-12-01',
		level: 'carryOn',
		reasons: [],
		mayWalk: true
	},
	{
		name: 'severe pain twice in 14 days: mention it',
		records: [walk('2026-11-20', 'severePain'), walk('2026-11-30', 'severePain')],
		today: '2026-12-01',
		level: 'mention',
		reasons: ['severePainAgain'],
		mayWalk: true
	},
	{
		name: 'severe pain 20 days apart: not "again"',
		records: [walk('2026-11-05', 'severePain'), walk('2026-11-25', 'severePain')],
		today: '2026-11-26',
		level: 'carryOn',
		reasons: ['severePain'],
		mayWalk: true
	},
	{
		name: 'night cramps in the diary: mention it, keep walking',
		records: [diary('2026-11-24', { routine: true })],
		today: '2026-11-25',
		level: 'mention',
		reasons: ['routineChange'],
		mayWalk: true
	},
	{
		name: 'night cramps, 28 days on: gone',
		records: [diary('2026-11-01', { routine: true })],
		today: '2026-11-29',
		level: 'carryOn',
		reasons: [],
		mayWalk: true
	},
	{
		name: 'night cramps, then mentioned',
		records: [diary('2026-11-24', { routine: true }), answer('2026-11-26', true)],
		today: '2026-11-27',
		level: 'carryOn',
		reasons: [],
		mayWalk: true
	},
	{
		name: 'lasting swelling or skin changes: see soon, keep walking gently',
		records: [diary('2026-11-24', { persistentSwellingOrSkin: true })],
		today: '2026-11-25',
		level: 'seeSoon',
		reasons: ['swellingOrSkin'],
		mayWalk: true
	},
	{
		name: 'one leg newly swollen in the diary: seen today',
		records: [diary('2026-11-24', { newOneSidedSwelling: true })],
		today: '2026-11-24',
		level: 'seenToday',
		reasons: ['newSwelling'],
		mayWalk: false
	},
	{
		name: 'chest pain since the last walk, ticked before a walk',
		records: [preWalk('2026-11-24', ['chestPain'])],
		today: '2026-11-24',
		level: 'talkFirst',
		reasons: ['heartSign'],
		mayWalk: false
	},
	{
		name: 'a foot sore ticked before a walk: seen today',
		records: [preWalk('2026-11-24', ['restPainOrSore'])],
		today: '2026-11-24',
		level: 'seenToday',
		reasons: ['footSign'],
		mayWalk: false
	},
	{
		name: 'a worrying month: pain not easing, a dizzy spell, night cramps',
		records: [
			walk('2026-11-03', 'longRest'),
			walk('2026-11-05', 'unwell', ['dizziness']),
			diary('2026-11-06', { routine: true }),
			walk('2026-11-07', null)
		],
		today: '2026-11-09',
		level: 'talkFirst',
		reasons: ['heartSign', 'painNotEasing', 'routineChange'],
		mayWalk: false
	},
	{
		name: 'the same month, then "they said I can carry on": all of it ends',
		records: [
			walk('2026-11-03', 'longRest'),
			walk('2026-11-05', 'unwell', ['dizziness']),
			diary('2026-11-06', { routine: true }),
			answer('2026-11-08', true)
		],
		today: '2026-11-09',
		level: 'carryOn',
		reasons: [],
		mayWalk: true
	},
	{
		name: 'an answer given before a sign does not clear it',
		records: [answer('2026-11-02', true), walk('2026-11-03', 'longRest')],
		today: '2026-11-04',
		level: 'talkFirst',
		reasons: ['painNotEasing'],
		mayWalk: false
	},
	{
		name: 'before the start: skin changes carry over as a look within days; what stopped the start does not',
		records: [
			{
				kind: 'start',
				at: at('2026-11-20'),
				date: '2026-11-20',
				signs: ['swellingOrSkin', 'chestPain', 'swollenHotLeg'] as never
			}
		],
		today: '2026-11-23',
		level: 'seeSoon',
		reasons: ['swellingOrSkin'],
		mayWalk: true
	},
	{
		name: 'before the start: night cramps are mentioned, for 28 days',
		records: [
			{ kind: 'start', at: at('2026-11-01'), date: '2026-11-01', signs: ['routineChange'] as never }
		],
		today: '2026-11-28',
		level: 'mention',
		reasons: ['routineChange'],
		mayWalk: true
	}
];

describe('careStatus', () => {
	for (const h of HISTORIES) {
		it(h.name, () => {
			const status = careStatus(h.records, h.today);
			expect(status.level).toBe(h.level);
			expect(status.reasons.map((r) => r.id)).toEqual(h.reasons);
			expect(status.mayWalk).toBe(h.mayWalk);
			if (h.waiting !== undefined) expect(status.waiting).toBe(h.waiting);
		});
	}

	it('gives each reason its date and, for a rule that ends with time, its last day', () => {
		const status = careStatus(
			[walk('2026-11-24', 'severePain'), diary('2026-11-24', { routine: true })],
			'2026-11-25'
		);
		expect(status.reasons).toEqual([
			expect.objectContaining({ id: 'routineChange', date: '2026-11-24', until: '2026-12-21' }),
			expect.objectContaining({ id: 'severePain', date: '2026-11-24', until: '2026-11-30' })
		]);
		expect(status.needsAnswer).toBe(false);
	});

	it('does not depend on the order records come in', () => {
		const records = [
			walk('2026-11-03', 'longRest'),
			answer('2026-11-04', true),
			walk('2026-11-05', 'unwell', ['chestPain'])
		];
		expect(careStatus([...records].reverse(), '2026-11-06')).toEqual(
			careStatus(records, '2026-11-06')
		);
	});

	it('every rule cites the clinical basis, in a comment just above it', () => {
		const source = readFileSync(new URL('./care-rules.ts', import.meta.url), 'utf8');
		for (const id of Object.keys(CARE_RULES)) {
			const basis = source.match(new RegExp(`/\\*\\* ([^*]{20,})\\*/\\n\\t${id}: \\{`));
			expect(basis, id).not.toBeNull();
		}
	});
});

describe('where a reason was recorded', () => {
	it('keeps its source, so a screen says "you said" for a check and "you felt" for a walk', () => {
		const status = careStatus(
			[preWalk('2026-11-23', ['chestPain']), walk('2026-11-22', 'unwell', ['dizziness'])],
			'2026-11-23'
		);
		expect(status.reasons.map((r) => [r.id, r.source, r.sign])).toEqual([
			['heartSign', 'check', 'chestPain'],
			['heartSign', 'walk', 'dizziness']
		]);
	});
});

describe('advice shown, for the report', () => {
	it('lists every reason with its level, day and the answer that followed', () => {
		const history = adviceHistory([
			walk('2026-11-10', 'longRest'),
			answer('2026-11-11', false),
			answer('2026-11-12', true),
			diary('2026-11-20', { routine: true }),
			walk('2026-11-21', 'unwell', ['dizziness']),
			answer('2026-11-22', false)
		]);
		expect(history.map((a) => [a.date, a.id, a.level, a.sign, a.answer?.cleared ?? null])).toEqual([
			['2026-11-10', 'painNotEasing', 'talkFirst', 'painNotEasing', true],
			['2026-11-20', 'routineChange', 'mention', 'routineChange', false],
			['2026-11-21', 'heartSign', 'talkFirst', 'dizziness', false]
		]);
	});

	it('keeps advice that has since ended, which the status no longer shows', () => {
		const records = [walk('2026-11-02', 'severePain')];
		expect(careStatus(records, '2026-11-23').reasons).toEqual([]);
		expect(adviceHistory(records).map((a) => a.id)).toEqual(['severePain']);
	});
});
