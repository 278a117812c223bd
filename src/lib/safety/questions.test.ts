import { describe, expect, it } from 'vitest';
import {
	assess,
	byLevel,
	findings,
	levelOf,
	outcomeMissing,
	questionMissing,
	storedAnswers,
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
		chestPain: 'callNow',
		breathless: 'callNow',
		fainting: 'callNow',
		dizziness: 'callNow',
		racingHeart: 'callNow',
		lungClot: 'callNow',
		coldPaleLeg: 'callNow',
		swollenHotLeg: 'seenToday',
		restPainOrSore: 'seenToday',
		painNotEasing: 'talkFirst',
		severePain: 'talkFirst',
		recentHeartOrSurgery: 'talkFirst',
		limitedByHeartOrLungs: 'talkFirst',
		swellingOrSkin: 'seeSoon',
		routineChange: 'mention'
	};
	for (const [id, urgency] of Object.entries(expected)) {
		it(`${id} is ${urgency}`, () => {
			expect(signOf(id as SignId).urgency).toBe(urgency);
			expect(signOf(id as SignId).mustResolve).toBe(
				urgency === 'callNow' || urgency === 'seenToday'
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
			urgency: 'carryOn',
			mayWalk: true,
			toResolve: [],
			toClear: []
		});
	});

	it('puts the most urgent first and keeps "call now" apart from the rest', () => {
		const a = assess(['painNotEasing', 'swollenHotLeg', 'chestPain']);
		expect(a.urgency).toBe('callNow');
		expect(a.signs.map((s) => s.id)).toEqual(['chestPain', 'swollenHotLeg', 'painNotEasing']);
		expect(a.toResolve.map((s) => s.id)).toEqual(['chestPain', 'swollenHotLeg']);
		expect(a.toClear.map((s) => s.id)).toEqual(['painNotEasing']);
		expect(a.mayWalk).toBe(false);
	});

	it('lets walking go on for a look within days or a mention', () => {
		expect(assess(['swellingOrSkin', 'routineChange'])).toMatchObject({
			urgency: 'seeSoon',
			mayWalk: true
		});
	});
});

describe('the questions before the start', () => {
	const q = (id: SafetyQuestionId) => SAFETY_QUESTIONS.find((x) => x.id === id)!;

	it('asks about each heart symptom on its own', () => {
		const heart = SAFETY_QUESTIONS.filter((x) => x.when === 'heart').map((x) => x.id);
		expect(heart).toEqual(['chestPain', 'breathless', 'faintDizzy', 'racingHeart']);
	});

	// Clinical basis §4: call now only for what is happening now.
	const table: [SafetyQuestionId, Parameters<typeof levelOf>[1], string][] = [
		['chestPain', 'now', 'callNow'],
		['chestPain', 'newOrWorse', 'talkFirst'],
		['chestPain', 'known', 'talkFirst'],
		['racingHeart', 'now', 'callNow'],
		['faintDizzy', 'newOrWorse', 'talkFirst'],
		['lungClot', 'now', 'callNow'],
		['lungClot', 'passed', 'seenToday'],
		['suddenColdLeg', null, 'callNow'],
		['swollenHotLeg', null, 'seenToday'],
		['restPainOrSore', null, 'seenToday'],
		['recentHeartOrSurgery', null, 'talkFirst'],
		['limitedByHeartOrLungs', null, 'talkFirst'],
		['swellingOrSkin', null, 'seeSoon'],
		['routineChange', null, 'mention']
	];
	for (const [id, when, level] of table)
		it(`${id}${when ? `, ${when}` : ''}: ${level}`, () => expect(levelOf(q(id), when)).toBe(level));

	it('asks when, after a yes to a heart question, before going on', () => {
		expect(questionMissing(q('chestPain'), {}, {})).toBe('answer');
		expect(questionMissing(q('chestPain'), { chestPain: false }, {})).toBeNull();
		expect(questionMissing(q('chestPain'), { chestPain: true }, {})).toBe('when');
		expect(questionMissing(q('chestPain'), { chestPain: true }, { chestPain: 'known' })).toBeNull();
		expect(questionMissing(q('swollenHotLeg'), { swollenHotLeg: true }, {})).toBeNull();
	});

	it('a heart symptom in the past asks for the doctor’s agreement; one now asks for a call', () => {
		const past = findings({ chestPain: true }, { chestPain: 'newOrWorse' });
		expect(past).toMatchObject([{ level: 'talkFirst', mustResolve: false, needsClearance: true }]);
		const now = findings({ chestPain: true }, { chestPain: 'now' });
		expect(now).toMatchObject([{ level: 'callNow', mustResolve: true, needsClearance: false }]);
	});

	it('groups the answers by level, most urgent first, and only those answered yes', () => {
		const answers = {
			breathless: true,
			restPainOrSore: true,
			routineChange: true,
			lungClot: false,
			chestPain: true
		};
		const found = findings(answers, { breathless: 'known', chestPain: 'now' });
		expect(byLevel(found).map((g) => [g.level, g.findings.map((f) => f.question.id)])).toEqual([
			['callNow', ['chestPain']],
			['seenToday', ['restPainOrSore']],
			['talkFirst', ['breathless']],
			['mention', ['routineChange']]
		]);
		expect(signsFrom(SAFETY_QUESTIONS, answers)).toEqual([
			'chestPain',
			'breathless',
			'restPainOrSore',
			'routineChange'
		]);
	});

	it('stores each when beside its answer', () => {
		expect(
			storedAnswers({ chestPain: true, lungClot: false }, { chestPain: 'known', lungClot: 'now' })
		).toEqual({ chestPain: true, lungClot: false, 'chestPain.known': true });
	});
});

describe('may the program start', () => {
	const none = new Set<SafetyQuestionId>();
	const start = (answers: Record<string, boolean>, resolved = none, cleared = false) =>
		mayStart(findings(answers, { lungClot: 'passed', chestPain: 'newOrWorse' }), resolved, cleared);

	it('starts at once when every answer is no', () => {
		expect(start({})).toBe(true);
	});

	it('one tick does not clear a clot in the lung or a possible clot in a leg', () => {
		const answers = { lungClot: true, swollenHotLeg: true, recentHeartOrSurgery: true };
		expect(start(answers, none, true)).toBe(false);
		expect(start(answers, new Set(['lungClot']), true)).toBe(false);
		expect(start(answers, new Set(['lungClot', 'swollenHotLeg']), false)).toBe(false);
		expect(start(answers, new Set(['lungClot', 'swollenHotLeg']), true)).toBe(true);
		expect(
			outcomeMissing(findings(answers, { lungClot: 'passed' }), new Set(['lungClot']), false)
		).toEqual({ resolve: ['swollenHotLeg'], clearance: true });
	});

	it('needs a clinician’s agreement for a heart symptom in the past or a recent heart attack', () => {
		expect(start({ recentHeartOrSurgery: true })).toBe(false);
		expect(start({ recentHeartOrSurgery: true }, none, true)).toBe(true);
		expect(start({ chestPain: true })).toBe(false);
		expect(start({ chestPain: true }, none, true)).toBe(true);
	});

	it('starts at once with a sign that wants only a look within days or a mention', () => {
		expect(start({ swellingOrSkin: true, routineChange: true })).toBe(true);
	});
});
