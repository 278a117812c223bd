import { describe, expect, it } from 'vitest';
import * as m from '$lib/messages';
import { SAFETY_QUESTIONS } from '$lib/safety/questions';
import type { Contacts } from '$lib/safety/contacts';
import { Onboarding, type OnboardingPorts } from './onboarding.svelte';

const NOW = new Date('2026-11-23T09:00:00').getTime();

/** Onboarding with a device that keeps what it is given, and counts the focus moves. */
function onboarding(options: { store?: 'works' | 'fails'; contacts?: Partial<Contacts> } = {}) {
	const kept: { contacts: Contacts[]; units: string[]; programs: unknown[][] } = {
		contacts: [],
		units: [],
		programs: []
	};
	const ports: OnboardingPorts = {
		now: () => NOW,
		today: () => '2026-11-23',
		contacts: () => ({
			emergencyNumber: '999',
			careTeamName: '',
			careTeamPhone: '',
			...options.contacts
		}),
		units: () => 'miles',
		saveContacts: async (c) => kept.contacts.push(c),
		saveUnits: async (u) => kept.units.push(u),
		startProgram: (async (...args: unknown[]) => {
			if (options.store === 'fails') throw new Error('disk full');
			kept.programs.push(args);
		}) as unknown as OnboardingPorts['startProgram']
	};
	const o = new Onboarding(ports);
	let moves = 0;
	o.onMove = () => moves++;
	return { o, kept, moves: () => moves };
}

/** Every safety question answered "no". */
async function allClear(o: Onboarding) {
	for (const q of SAFETY_QUESTIONS) {
		o.answers[q.id] = false;
		await o.next();
	}
}

describe('onboarding', () => {
	it('goes through every page with "no" to each safety question, and starts the program', async () => {
		const { o, kept, moves } = onboarding();
		o.load();
		expect(o.units).toBe('miles');
		expect([o.step, o.section, o.sections, o.hasBack]).toEqual(['about', 1, 7, false]);
		await o.next();
		expect([o.step, o.question, o.section]).toEqual(['safety', 0, 2]);
		await allClear(o);
		// No "yes": the page of what the answers mean is not shown.
		expect(o.step).toBe('legs');
		o.legs = 'both';
		await o.next();
		o.diagnosis = 'pad';
		await o.next();
		expect(o.step).toBe('days');
		expect(o.track).toBe('pad');
		await o.next();
		// The contacts the device knows are offered.
		expect([o.step, o.emergencyNumber]).toEqual(['contacts', '999']);
		await o.next();
		expect(o.step).toBe('baseline');
		expect(kept.contacts).toEqual([
			{ emergencyNumber: '999', careTeamName: '', careTeamPhone: '' }
		]);
		await o.finish(null);
		expect(o.step).toBe('ready');
		expect(o.created).toBe(15);
		expect(kept.units).toEqual(['miles']);
		const [program, baseline, check] = kept.programs[0] as [
			Record<string, unknown>,
			unknown,
			Record<string, unknown>
		];
		expect(program).toMatchObject({
			startDate: '2026-11-23',
			weeks: 12,
			diagnosis: 'pad',
			legs: 'both',
			clearedAt: null,
			schedules: [{ from: '2026-11-23', days: [0, 2, 4], timeOfDay: 'morning', track: 'pad' }]
		});
		expect(baseline).toBeNull();
		expect(check).toMatchObject({ at: NOW, context: 'onboarding', needsClearance: false });
		// Focus went to each new heading: every page and question.
		expect(moves()).toBe(1 + SAFETY_QUESTIONS.length + 5);
	});

	it('refuses each page left unanswered, with its message at the field', async () => {
		const { o } = onboarding({ contacts: { emergencyNumber: '' } });
		await o.next();
		await o.next();
		const first = SAFETY_QUESTIONS[0]!;
		expect(o.step).toBe('safety');
		expect(o.errors).toEqual([
			{ id: `q-${first.id}-yes`, text: m.onboarding.safetyUnanswered(m.safety.question[first.id]) }
		]);
		// A "yes" to a heart question asks when.
		o.answers[first.id] = true;
		await o.next();
		expect(o.errorFor(`when-${first.id}-now`)).toBe(m.safety.whenMissing);
		o.clearErrors();
		o.answers[first.id] = false;
		await allClear(o);
		await o.next();
		expect(o.errorFor('legs-left')).toBe(m.onboarding.legsMissing);
		o.legs = 'left';
		await o.next();
		await o.next();
		expect(o.errorFor('diagnosis-pad')).toBe(m.onboarding.diagnosisMissing);
		o.diagnosis = 'pad';
		await o.next();
		o.days = [];
		await o.next();
		expect(o.step).toBe('days');
		expect(o.errors[0]?.id).toBe('day-0');
		o.days = [1, 3, 5];
		await o.next();
		await o.next();
		expect(o.step).toBe('contacts');
		expect(o.errorFor('emergency-number')).toBe(m.contacts.emergencyError);
		// Moving on clears what was wrong on the page before.
		o.emergencyNumber = '112';
		await o.next();
		expect([o.step, o.errors]).toEqual(['baseline', []]);
	});

	it('a heart symptom now: call now, and the start waits until it is dealt with', async () => {
		const { o } = onboarding();
		await o.next();
		const chest = SAFETY_QUESTIONS[0]!;
		o.answers[chest.id] = true;
		o.when[chest.id] = 'now';
		await o.next();
		for (const q of SAFETY_QUESTIONS.slice(1)) {
			o.answers[q.id] = false;
			await o.next();
		}
		expect(o.step).toBe('outcome');
		expect([o.anyCallNow, o.blocking, o.canStart]).toEqual([true, true, false]);
		await o.next();
		expect(o.step).toBe('outcome');
		expect(o.errorFor(`resolved-${chest.id}`)).toBe(m.onboarding.resolveMissing);
		o.checkFirst();
		expect([o.waiting, o.errors]).toEqual([true, []]);
		o.resolved[chest.id] = true;
		expect(o.canStart).toBe(true);
		await o.next();
		expect(o.step).toBe('legs');
		// Back from the legs goes to the outcome, then to the last question.
		o.back();
		expect(o.step).toBe('outcome');
		o.back();
		expect([o.step, o.question]).toEqual(['safety', SAFETY_QUESTIONS.length - 1]);
	});

	it('a heart symptom known and unchanged: check with the doctor first, stored as needing clearance', async () => {
		const { o, kept } = onboarding();
		await o.next();
		const chest = SAFETY_QUESTIONS[0]!;
		o.answers[chest.id] = true;
		o.when[chest.id] = 'known';
		await o.next();
		for (const q of SAFETY_QUESTIONS.slice(1)) {
			o.answers[q.id] = false;
			await o.next();
		}
		expect([o.step, o.anyCallNow, o.blocking]).toEqual(['outcome', false, true]);
		await o.next();
		expect(o.errorFor('cleared')).toBe(m.onboarding.clearedMissing);
		o.cleared = true;
		await o.next();
		o.legs = 'right';
		await o.next();
		o.diagnosis = 'vein';
		await o.next();
		// Veins: walking every day is suggested.
		expect([o.track, o.days]).toEqual(['vein', [0, 1, 2, 3, 4, 5, 6]]);
		await o.next();
		await o.next();
		await o.finish({
			onsetMs: 120_000,
			maxWalkMs: 300_000,
			distanceM: null,
			sessionId: null
		} as Parameters<Onboarding['finish']>[0]);
		const [program, baseline, check] = kept.programs[0] as [
			Record<string, unknown>,
			Record<string, unknown>,
			Record<string, unknown>
		];
		expect(program.clearedAt).toBe(NOW);
		expect(baseline).toMatchObject({ onsetMs: 120_000, at: NOW });
		expect(check).toMatchObject({ needsClearance: true });
		expect(o.step).toBe('ready');
	});

	it('back and forward through the questions keeps every answer', async () => {
		const { o } = onboarding();
		await o.next();
		o.answers[SAFETY_QUESTIONS[0]!.id] = false;
		await o.next();
		o.answers[SAFETY_QUESTIONS[1]!.id] = false;
		await o.next();
		expect(o.question).toBe(2);
		o.back();
		o.back();
		expect([o.step, o.question]).toEqual(['safety', 0]);
		o.back();
		expect(o.step).toBe('about');
		await o.next();
		await o.next();
		await o.next();
		expect([o.question, o.errors]).toEqual([2, []]);
	});

	it('a program that cannot be saved says so and stays on the test page', async () => {
		const { o } = onboarding({ store: 'fails' });
		await o.next();
		await allClear(o);
		o.legs = 'both';
		await o.next();
		o.diagnosis = 'unsure';
		await o.next();
		await o.next();
		await o.next();
		expect(o.track).toBe('gentle');
		o.chooseBaseline('enter');
		expect(o.hasBack).toBe(false);
		o.chooseBaseline('choose');
		await o.finish(null);
		expect(o.step).toBe('baseline');
		expect(o.errors).toEqual([{ id: 'baseline-heading', text: m.storage.problem.failed }]);
		expect(o.saving).toBe(false);
	});
});
