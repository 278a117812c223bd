import { describe, expect, it } from 'vitest';
import {
	answeredYes,
	assess,
	ENDS_THE_WALK,
	mayStart,
	PRE_WALK_QUESTIONS,
	SAFETY_QUESTIONS,
	SIGNS,
	signOf,
	signsFrom,
	UNWELL_SIGNS,
	URGENCY_ORDER,
	type SafetyQuestionId,
	type SignId,
	type Urgency
} from './questions';

describe('the rule book', () => {
	// Every sign and its urgency, from clinical-basis §4.
	const expected: Record<SignId, Urgency> = {
		chestPain: 'emergency',
		breathless: 'emergency',
		fainting: 'emergency',
		dizziness: 'emergency',
		racingHeart: 'emergency',
		lungClot: 'emergency',
		coldPaleLeg: 'emergency',
		swollenHotLeg: 'sameDay',
		restPainOrSore: 'sameDay',
		painNotEasing: 'soon',
		severePain: 'soon',
		recentHeartOrSurgery: 'soon',
		limitedByHeartOrLungs: 'soon',
		otherChanges: 'soon'
	};
	for (const [id, urgency] of Object.entries(expected)) {
		it(`${id} is ${urgency}`, () => {
			expect(signOf(id as SignId).urgency).toBe(urgency);
			expect(signOf(id as SignId).mustResolve).toBe(
				urgency === 'emergency' || urgency === 'sameDay'
			);
		});
	}

	it('knows every sign once, most urgent first', () => {
		expect(SIGNS.map((s) => s.id).sort()).toEqual(Object.keys(expected).sort());
		const order = SIGNS.map((s) => URGENCY_ORDER.indexOf(s.urgency));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('asks about a clot in the lung at the start, and dizziness when unwell', () => {
		expect(SAFETY_QUESTIONS.map((q) => q.sign)).toContain('lungClot');
		expect(UNWELL_SIGNS).toContain('dizziness');
		expect(UNWELL_SIGNS).toContain('lungClot');
	});

	it('ends the walk on chest pain, severe breathlessness or fainting', () => {
		for (const id of ['chestPain', 'breathless', 'fainting'] as const)
			expect(ENDS_THE_WALK.has(id)).toBe(true);
		expect(ENDS_THE_WALK.has('painNotEasing')).toBe(false);
	});

	it('checks four things before each walk, each of them a reason not to walk today', () => {
		expect(PRE_WALK_QUESTIONS).toHaveLength(4);
		for (const q of PRE_WALK_QUESTIONS) expect(signOf(q.sign).mustResolve).toBe(true);
	});
});

describe('what signs ask of a person', () => {
	it('lets a person walk with no signs', () => {
		expect(assess([])).toMatchObject({
			urgency: 'continue',
			mayWalk: true,
			toResolve: [],
			toClear: []
		});
	});

	it('puts the most urgent first and keeps emergencies apart from the rest', () => {
		const a = assess(['otherChanges', 'swollenHotLeg', 'chestPain']);
		expect(a.urgency).toBe('emergency');
		expect(a.signs.map((s) => s.id)).toEqual(['chestPain', 'swollenHotLeg', 'otherChanges']);
		expect(a.toResolve.map((s) => s.id)).toEqual(['chestPain', 'swollenHotLeg']);
		expect(a.toClear.map((s) => s.id)).toEqual(['otherChanges']);
		expect(a.mayWalk).toBe(false);
	});

	it('groups onboarding answers by urgency', () => {
		const answers = {
			heartWhenActive: true,
			restPainOrSore: true,
			otherChanges: true,
			lungClot: false
		};
		expect(answeredYes(answers).map((g) => [g.urgency, g.questions.map((q) => q.id)])).toEqual([
			['emergency', ['heartWhenActive']],
			['sameDay', ['restPainOrSore']],
			['soon', ['otherChanges']]
		]);
		expect(signsFrom(SAFETY_QUESTIONS, answers)).toEqual([
			'chestPain',
			'restPainOrSore',
			'otherChanges'
		]);
	});
});

describe('may the program start', () => {
	const none = new Set<SafetyQuestionId>();
	it('starts at once when every answer is no', () => {
		expect(mayStart({}, none, false)).toBe(true);
	});

	it('one tick does not clear an emergency or a possible clot', () => {
		const answers = { lungClot: true, swollenHotLeg: true, otherChanges: true };
		expect(mayStart(answers, none, true)).toBe(false);
		expect(mayStart(answers, new Set(['lungClot']), true)).toBe(false);
		expect(mayStart(answers, new Set(['lungClot', 'swollenHotLeg']), false)).toBe(false);
		expect(mayStart(answers, new Set(['lungClot', 'swollenHotLeg']), true)).toBe(true);
	});

	it('needs a clinician’s agreement for a soon answer', () => {
		expect(mayStart({ recentHeartOrSurgery: true }, none, false)).toBe(false);
		expect(mayStart({ recentHeartOrSurgery: true }, none, true)).toBe(true);
	});
});
