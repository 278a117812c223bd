// Onboarding: the safety questions, one per page, what they mean, the legs, the diagnosis, the
// walking days, the contacts and the first walk test; its steps forward and back, each step's
// checks with their messages, and the program started at the end. The page draws one screen per
// step (ui/onboarding/) and puts the focus on each new heading (`onMove`).

import type { Weekday } from '$lib/dates';
import * as m from '$lib/messages';
import { startTargetMin } from '$lib/program/baseline';
import { checkSchedule } from '$lib/program/plan';
import type { Diagnosis, Legs, TimeOfDay, Track, Units } from '$lib/program/types';
import { checkContacts, type Contacts } from '$lib/safety/contacts';
import {
	byLevel,
	findings,
	mayStart,
	outcomeMissing,
	questionMissing,
	SAFETY_QUESTIONS,
	storedAnswers,
	WHEN_CHOICES,
	type SafetyAnswers,
	type SafetyQuestionId,
	type WhenAnswers
} from '$lib/safety/questions';
import type { TestedWalk } from '$lib/program/types';
import type { startProgram } from './program.svelte';

export type OnboardingStep =
	| 'about'
	| 'safety'
	| 'outcome'
	| 'legs'
	| 'diagnosis'
	| 'days'
	| 'contacts'
	| 'baseline'
	| 'ready';

/**
 * The counter counts sections, so it never jumps: the outcome page (shown only after a "yes")
 * belongs to the safety section, and the safety questions are numbered within it.
 */
const SECTIONS: OnboardingStep[][] = [
	['about'],
	['safety', 'outcome'],
	['legs'],
	['diagnosis'],
	['days'],
	['contacts'],
	['baseline']
];

export interface FieldError {
	id: string;
	text: string;
}

/** What onboarding needs from the rest of the app: the device's settings and the store. */
export interface OnboardingPorts {
	now(): number;
	today(): string;
	contacts(): Contacts;
	units(): Units;
	saveContacts(contacts: Contacts): Promise<unknown>;
	saveUnits(units: Units): Promise<unknown>;
	startProgram: typeof startProgram;
}

export class Onboarding {
	step = $state<OnboardingStep>('about');
	/** Which safety question is shown, one per page. */
	question = $state(0);
	answers = $state<SafetyAnswers>({});
	/** After a "yes" to a heart question: happening now, new or worse, or known and unchanged. */
	when = $state<WhenAnswers>({});
	cleared = $state(false);
	/** Each emergency or same-day answer, confirmed dealt with on its own. */
	resolved = $state<Partial<Record<SafetyQuestionId, boolean>>>({});
	/** "I will check first" was chosen: the page says what to do meanwhile. */
	waiting = $state(false);
	legs = $state<Legs | null>(null);
	diagnosis = $state<Diagnosis | null>(null);
	days = $state<Weekday[]>([0, 2, 4]);
	timeOfDay = $state<TimeOfDay>('morning');
	units = $state<Units>('km');
	emergencyNumber = $state('');
	careTeamName = $state('');
	careTeamPhone = $state('');
	baselineMode = $state<'choose' | 'walk' | 'enter'>('choose');
	errors = $state<FieldError[]>([]);
	saving = $state(false);
	/** The first target, in minutes, once the program is started. */
	created = $state<number | null>(null);

	found = $derived(findings(this.answers, this.when));
	groups = $derived(byLevel(this.found));
	needsOutcome = $derived(this.found.length > 0);
	/** Some answer stops the start until it is dealt with; the others only add something to do. */
	blocking = $derived(this.found.some((f) => f.mustResolve || f.needsClearance));
	#resolvedSet = $derived(
		// Made afresh from `resolved` each time, never changed in place.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		new Set(SAFETY_QUESTIONS.filter((q) => this.resolved[q.id]).map((q) => q.id))
	);
	canStart = $derived(mayStart(this.found, this.#resolvedSet, this.cleared));
	anyCallNow = $derived(this.found.some((f) => f.level === 'callNow'));
	track = $derived<Track>(
		this.diagnosis === 'vein'
			? 'vein'
			: this.diagnosis === 'both'
				? 'both'
				: this.diagnosis === 'unsure'
					? 'gentle'
					: 'pad'
	);
	section = $derived(SECTIONS.findIndex((s) => s.includes(this.step)) + 1);
	readonly sections = SECTIONS.length;
	safetyQuestion = $derived(SAFETY_QUESTIONS[this.question]);
	/** One Back per page: the typed-in test result has its own. */
	hasBack = $derived(
		this.step !== 'about' &&
			this.step !== 'ready' &&
			!(this.step === 'baseline' && this.baselineMode === 'enter')
	);

	/** Called after every move to another page or question: the page focuses its heading. */
	onMove: () => void = () => {};

	#ports: OnboardingPorts;

	constructor(ports: OnboardingPorts) {
		this.#ports = ports;
	}

	/** The device's settings, once read. */
	load(): void {
		this.units = this.#ports.units();
	}

	/** An error shown beside its field, by field id. */
	errorFor(id: string): string | null {
		return this.errors.find((e) => e.id === id)?.text ?? null;
	}

	clearErrors(): void {
		this.errors = [];
	}

	fail(list: FieldError[]): void {
		this.errors = list;
	}

	#show(next: OnboardingStep): void {
		this.errors = [];
		this.step = next;
		this.onMove();
	}

	/** "Continue" on the page shown: its checks, then the next page. */
	async next(): Promise<void> {
		switch (this.step) {
			case 'about':
				return this.#show('safety');
			case 'safety':
				return this.#fromSafety();
			case 'outcome':
				return this.#fromOutcome();
			case 'legs':
				if (!this.legs) return this.fail([{ id: 'legs-left', text: m.onboarding.legsMissing }]);
				return this.#show('diagnosis');
			case 'diagnosis':
				return this.#fromDiagnosis();
			case 'days':
				return this.#fromDays();
			case 'contacts':
				return this.#fromContacts();
		}
	}

	back(): void {
		this.errors = [];
		const last = SAFETY_QUESTIONS.length - 1;
		switch (this.step) {
			case 'safety':
				if (this.question > 0) {
					this.question -= 1;
					return this.onMove();
				}
				return this.#show('about');
			case 'outcome':
				this.question = last;
				return this.#show('safety');
			case 'legs':
				if (this.needsOutcome) return this.#show('outcome');
				this.question = last;
				return this.#show('safety');
			case 'diagnosis':
				return this.#show('legs');
			case 'days':
				return this.#show('diagnosis');
			case 'contacts':
				return this.#show('days');
			case 'baseline':
				return this.#show('contacts');
		}
	}

	#fromSafety(): void {
		const q = this.safetyQuestion;
		if (!q) return;
		const missing = questionMissing(q, this.answers, this.when);
		if (missing === 'answer') {
			return this.fail([
				{ id: `q-${q.id}-yes`, text: m.onboarding.safetyUnanswered(m.safety.question[q.id]) }
			]);
		}
		if (missing === 'when' && q.when) {
			return this.fail([
				{ id: `when-${q.id}-${WHEN_CHOICES[q.when][0]}`, text: m.safety.whenMissing }
			]);
		}
		if (this.question + 1 < SAFETY_QUESTIONS.length) {
			this.errors = [];
			this.question += 1;
			return this.onMove();
		}
		return this.#show(this.needsOutcome ? 'outcome' : 'legs');
	}

	#fromOutcome(): void {
		const missing = outcomeMissing(this.found, this.#resolvedSet, this.cleared);
		const list = missing.resolve.map((id) => ({
			id: `resolved-${id}`,
			text: m.onboarding.resolveMissing
		}));
		if (missing.clearance) list.push({ id: 'cleared', text: m.onboarding.clearedMissing });
		if (list.length) return this.fail(list);
		return this.#show('legs');
	}

	/** "I will check first": a right way on, so no error stays on the page. */
	checkFirst(): void {
		this.errors = [];
		this.waiting = true;
	}

	#fromDiagnosis(): void {
		if (!this.diagnosis)
			return this.fail([{ id: 'diagnosis-pad', text: m.onboarding.diagnosisMissing }]);
		// Daily walking for veins: suggest every day unless the person already chose enough.
		if (this.track === 'vein' && checkSchedule({ days: this.days, track: this.track }))
			this.days = [0, 1, 2, 3, 4, 5, 6];
		return this.#show('days');
	}

	#fromDays(): void {
		const error = checkSchedule({ days: this.days, track: this.track });
		if (error) return this.fail([{ id: 'day-0', text: m.plan.error(error) }]);
		const known = this.#ports.contacts();
		this.emergencyNumber ||= known.emergencyNumber;
		this.careTeamName ||= known.careTeamName;
		this.careTeamPhone ||= known.careTeamPhone;
		return this.#show('contacts');
	}

	async #fromContacts(): Promise<void> {
		const checked = checkContacts({
			emergencyNumber: this.emergencyNumber,
			careTeamName: this.careTeamName,
			careTeamPhone: this.careTeamPhone
		});
		if (!checked.ok) {
			const list: FieldError[] = [];
			if (checked.emergency) list.push({ id: 'emergency-number', text: m.contacts.emergencyError });
			if (checked.care) list.push({ id: 'care-phone', text: m.contacts.careError });
			return this.fail(list);
		}
		await this.#ports.saveContacts(checked.contacts);
		return this.#show('baseline');
	}

	chooseBaseline(mode: 'choose' | 'walk' | 'enter'): void {
		this.errors = [];
		this.baselineMode = mode;
	}

	/** A result from the test walked here or typed in, or none: the program starts with it. */
	async finish(baseline: TestedWalk | null): Promise<void> {
		if (this.saving || !this.diagnosis || !this.legs) return;
		this.saving = true;
		const ports = this.#ports;
		try {
			const today = ports.today();
			await ports.saveUnits(this.units);
			await ports.startProgram(
				{
					startDate: today,
					weeks: 12,
					schedules: [
						{
							from: today,
							days: [...this.days].sort(),
							timeOfDay: this.timeOfDay,
							track: this.track
						}
					],
					diagnosis: this.diagnosis,
					legs: this.legs,
					clearedAt: this.blocking ? ports.now() : null
				},
				baseline ? { ...baseline, at: ports.now() } : null,
				{
					at: ports.now(),
					context: 'onboarding',
					answers: storedAnswers(this.answers, this.when),
					needsClearance: this.blocking
				}
			);
			this.created = startTargetMin(baseline);
			this.#show('ready');
		} catch {
			this.fail([{ id: 'baseline-heading', text: m.storage.problem.failed }]);
		} finally {
			this.saving = false;
		}
	}
}
