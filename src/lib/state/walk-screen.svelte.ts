// The walk page's state and actions: which screen shows, and what each tap does. The page only
// picks the component for the screen; the rules live in walk/ and program/.

import {
	clearDraft,
	clearSeen,
	readDraft,
	readSeen,
	WALK_TRACK_DRAFT,
	writeDraft,
	writeSeen
} from '$lib/device/drafts';
import { now } from '$lib/device/clock';
import { sound, type Device } from '$lib/device/cues';
import type { Positions } from '$lib/device/positions';
import * as m from '$lib/messages';
import type { PainLevel } from '$lib/program/pain-scale';
import { ONSET_LEVEL, SEVERE_LEVEL } from '$lib/program/pain-scale';
import { DONE_SHARE } from '$lib/program/session-credit';
import { partOf, phaseAfter, sessionTemplate } from '$lib/program/session-template';
import { toIsoDate } from '$lib/dates';
import {
	ENDS_THE_WALK,
	PRE_WALK_QUESTIONS,
	signsFrom,
	type PreWalkQuestionId,
	type SignId
} from '$lib/safety/questions';
import { CueBook, dueCues, type Cue } from '$lib/walk/cues';
import { isStale, newWalk, restWarning, timeQuestion, type TimeQuestion } from '$lib/walk/rules';
import { saveInterrupted, walkView, type Feeling, type Phase } from '$lib/walk/timeline';
import { app } from './app.svelte';
import { CareState } from './care.svelte';
import type { DistanceMeter } from './distance-meter.svelte';
import { ProgramState } from './program.svelte';
import { WalkRecorder } from './walk.svelte';

const repo = () => import('$lib/storage/repo');

const MIN = 60_000;
/** How often an open walk notes that it was seen: a small record, not an event. */
const SEEN_EVERY_MS = 10_000;

export type WalkScreenName =
	| 'loading'
	| 'ready'
	| 'check'
	| 'saved'
	| 'stale'
	| 'away'
	| 'unwell'
	| 'step'
	| 'walking'
	| 'pain'
	| 'resting'
	| 'elevation'
	| 'finish';

export class WalkScreen {
	readonly walk = new WalkRecorder();
	/** What to do now (safety/care.ts): shown before a walk starts, and once it is saved. */
	readonly care = new CareState();
	readonly prog = new ProgramState(this.care);
	#book = new CueBook();
	#device: Device;
	/**
	 * Each bout's distance, when "Measure distance outdoors" is on: its code (the track filter,
	 * the positions) is loaded only then, so the walk page does not carry it otherwise.
	 */
	meter = $state.raw<DistanceMeter | null>(null);
	#meterLoading = false;
	#positions: Positions | null;

	loaded = $state(false);
	/** When "Stop and rest" was tapped: the stop is stamped then, not when the level is chosen. */
	askingPain = $state<number | null>(null);
	message = $state<string | null>(null);
	/** The pre-walk check is showing; its answers so far. */
	checking = $state(false);
	/** An all-clear was given today: the check is not asked again until tomorrow. */
	clearedToday = $state(false);
	/** Opened after a long time away, or with the clock gone back: the question asked. */
	away = $state<TimeQuestion | null>(null);
	#seenWritten = 0;

	view = $derived(this.walk.view);
	template = $derived(
		this.walk.session && this.walk.session.track !== 'test'
			? sessionTemplate(this.walk.session.track, this.walk.session.targetMs / MIN)
			: null
	);
	part = $derived(this.template ? partOf(this.template, this.view.phase) : null);
	step = $derived(this.part?.steps[this.view.step] ?? null);
	stepLeftMs = $derived(this.step ? this.step.durationMs - this.view.stepElapsedMs : 0);
	targetMs = $derived(this.walk.session?.targetMs ?? 0);
	targetReached = $derived(this.targetMs > 0 && this.view.activeWalkingMs >= this.targetMs);
	live = $derived(this.view.status === 'running' || this.view.status === 'paused');
	stale = $derived(isStale(this.view, this.walk.now));
	severeStops = $derived(this.view.painLevels.filter((l) => l >= SEVERE_LEVEL).length);
	/** Shorter than a session counts: the person may still count it (session-credit.ts). */
	tooShort = $derived(
		this.targetMs > 0 &&
			!this.view.endedBy &&
			this.view.activeWalkingMs < this.targetMs * DONE_SHARE
	);
	continuous = $derived(this.template?.walkMode === 'continuous');
	/** The warning this rest shows, if any (walk/rules.ts); stored once, on the clock's beat. */
	restWarning = $derived(restWarning(this.view, this.continuous));
	next = $derived(newWalk(this.prog.plan));
	planned = $derived(this.prog.plan?.today ?? null);

	screen: WalkScreenName = $derived.by(() => {
		const v = this.view;
		if (!this.loaded) return 'loading';
		if (!this.walk.session || v.status === 'abandoned') return this.checking ? 'check' : 'ready';
		if (v.status === 'finished') return 'saved';
		if (this.stale) return 'stale';
		if (this.away) return 'away';
		if (v.status === 'paused') return 'unwell';
		if (v.phase === 'finish') return 'finish';
		if (v.phase === 'elevation') return 'elevation';
		if (v.phase === 'walking') {
			if (v.moving === 'resting') return 'resting';
			return this.askingPain !== null ? 'pain' : 'walking';
		}
		return 'step';
	});

	constructor(device: Device, positions: Positions | null = null) {
		this.#device = device;
		this.#positions = positions;
		// Saved in another tab: the saved screen says what to do now, as there.
		this.walk.onEndedElsewhere = () => void this.care.load();
		this.walk.onBeat = () => this.#beat();
	}

	/**
	 * Each beat of the clock: a warning due is stored once, and the walk notes that it was seen
	 * (for the question after a long time away). Neither while that question is open: nothing
	 * is concluded from time that has not been confirmed.
	 */
	#beat(): void {
		const session = this.walk.session;
		if (!this.loaded || this.away || !session) return;
		if (!this.live) {
			if (this.#overFor !== session.id) this.#over(session.id);
			return;
		}
		this.#overFor = null;
		this.#measure(session.id);
		// Recorded as it is shown: on the resting screen, never on a walk left for hours.
		const warning = this.restWarning;
		if (warning && this.screen === 'resting' && !this.view.warnings.includes(warning)) {
			void this.walk.record({ type: 'warning', warning });
		}
		const at = this.walk.now;
		if (Math.abs(at - this.#seenWritten) >= SEEN_EVERY_MS) {
			this.#seenWritten = at;
			writeSeen(session.id, at);
		}
	}

	/** The walk whose end was tidied up, so that it is done once, not on every beat after. */
	#overFor: string | null = null;

	/** The walk is over: what was kept for a reload goes, and the positions of its bouts. */
	#over(sessionId: string): void {
		this.#overFor = sessionId;
		if (this.#seenWritten !== 0) clearSeen(sessionId);
		this.#seenWritten = 0;
		// Measured here or not (another tab, an earlier page), no position outlives the walk.
		if (this.meter) this.meter.stop();
		else clearDraft(WALK_TRACK_DRAFT);
		this.walk.distance = null;
	}

	/** The page is left: stop following the walk and watching positions (kept for a reload). */
	close(): void {
		this.walk.close();
		this.meter?.release();
	}

	/**
	 * Distance, when the person turned it on: positions are watched while a bout is walked (the
	 * walking part of a training walk; a walk test keeps to its own measure).
	 */
	#measure(sessionId: string): void {
		const on = app.preferences.measureDistance && this.walk.session?.kind !== 'test';
		if (on && !this.meter) void this.#loadMeter();
		const meter = this.meter;
		if (!meter) return;
		const v = this.view;
		const bout =
			on && v.phase === 'walking' && v.bouts.length ? `${sessionId}:${v.bouts.length - 1}` : null;
		meter.follow(bout, bout !== null && v.moving === 'walking' && v.status === 'running');
		this.walk.distance = on ? meter : null;
	}

	async #loadMeter(): Promise<void> {
		if (this.#meterLoading) return;
		this.#meterLoading = true;
		try {
			const [{ DistanceMeter }, { browserPositions }] = await Promise.all([
				import('./distance-meter.svelte'),
				import('$lib/device/positions')
			]);
			this.meter = new DistanceMeter(this.#positions ?? browserPositions, now);
		} catch {
			// Not loaded (offline before it was ever cached): the walk is timed as usual; try again.
			this.#meterLoading = false;
		}
	}

	/** Opening on a walk under way: ask about time away that the walk cannot account for. */
	#askAboutTimeAway(sessionId: string): void {
		const lastEvent = this.walk.view.lastEventAt ?? 0;
		const seenAt = Math.max(readSeen(sessionId) ?? 0, lastEvent);
		const at = now();
		const events = this.walk.events;
		this.away = timeQuestion(walkView(events, seenAt), walkView(events, at), seenAt, at);
	}

	/** "I rested about 4 minutes": the walk carries on from when it was last seen. */
	async carryOn(): Promise<void> {
		const question = this.away;
		if (!question) return;
		if (await this.walk.record({ type: 'away', from: question.seenAt })) {
			this.away = null;
			this.#seenWritten = 0;
			this.walk.tick();
		}
	}

	/** "Yes, I am still resting": all the time counts. */
	stillGoing(): void {
		this.away = null;
		this.#seenWritten = 0;
		this.walk.tick();
	}

	async open(): Promise<void> {
		// A first visit: no walk under way and no program, known without the database code.
		if (await app.firstVisit()) this.prog.loaded = this.loaded = true;
		await app.start();
		if (!app.storageProblem) {
			const running = await repo()
				.then((r) => r.activeSession())
				.catch(() => null);
			if (running && running.kind !== 'test') {
				await this.walk.open(running);
				this.#askAboutTimeAway(running.id);
				// A walk already under way: what has passed is not announced again.
				this.#book.prime(dueCues(this.walk.view, this.template));
				const asked = readDraft<{ at: number; events: number }>(this.#painKey);
				if (
					asked &&
					typeof asked.at === 'number' &&
					asked.events === this.walk.events.length &&
					this.walk.view.phase === 'walking' &&
					this.walk.view.moving === 'walking'
				)
					this.askingPain = asked.at;
				else clearDraft(this.#painKey);
				// Left while "Save and finish" was saving: finished now from its events, at its
				// last tap, and "Walk saved" shown, never the question it had already answered.
				if (saveInterrupted(this.walk.events)) {
					await this.finishAsEnded();
					await this.care.load();
				}
			} else {
				await this.prog.load();
				await this.care.load(this.prog.sessions);
				const today = toIsoDate(now());
				const checks = await repo()
					.then((r) => r.safetyChecks('preWalk'))
					.catch(() => []);
				this.clearedToday = checks.some((c) => toIsoDate(c.at) === today && !c.needsClearance);
			}
		}
		this.loaded = true;
	}

	/** Start: the quick safety check first, unless it was all clear earlier today. */
	async begin(): Promise<void> {
		if (this.clearedToday) return this.start();
		this.checking = true;
	}

	/** The answers to the pre-walk check; all clear starts the walk at once. */
	async answerCheck(answers: Partial<Record<PreWalkQuestionId, boolean>>, go: boolean) {
		const signs = signsFrom(PRE_WALK_QUESTIONS, answers);
		const check = {
			at: now(),
			context: 'preWalk' as const,
			answers: Object.fromEntries(PRE_WALK_QUESTIONS.map((q) => [q.id, answers[q.id] === true])),
			needsClearance: signs.length > 0
		};
		await repo()
			.then((r) => r.addSafetyCheck(check))
			.catch(() => {});
		if (signs.length === 0) this.clearedToday = true;
		if (go) {
			this.checking = false;
			await this.start();
		}
	}

	/**
	 * "It has been checked, and I was told I can walk", after ticking something at the check: the
	 * answer ends what was ticked (safety/care.ts), then the walk starts.
	 */
	async checkedCanWalk(): Promise<void> {
		await this.care.answer(true);
		this.clearedToday = true;
		this.checking = false;
		await this.start();
	}

	cancelCheck(): void {
		this.checking = false;
	}

	/** Sounds the cues due now that have not sounded yet. Called whenever the view changes. */
	playCues(): void {
		if (!this.loaded || this.away) return;
		const fresh = this.#book.take(dueCues(this.view, this.template));
		const texts = fresh.map((cue) => this.#cueText(cue));
		// Said to a screen reader through the page's live region, whatever the sound switches.
		if (texts.length) this.announcement = texts.join(' ');
		sound(this.#device, texts);
	}

	/** The last cue in words, for the walk page's live region. */
	announcement = $state('');

	#cueText(cue: Cue): string {
		switch (cue.kind) {
			case 'phase':
				return m.walk.phase[cue.phase];
			case 'resting':
				return m.walk.resting;
			case 'stepDone':
			case 'elevationDone':
				return m.cues.stepDone;
			case 'targetReached':
				return m.cues.targetReached;
			case 'restWarning':
				return m.cues.restWarning;
		}
	}

	async start(): Promise<void> {
		const walk = this.next;
		this.#book.clear();
		await this.walk.start(
			{
				programId: this.prog.program?.id ?? null,
				kind: walk.kind,
				track: walk.track,
				targetMs: walk.targetMin * MIN
			},
			'warmup'
		);
	}

	goTo(phase: Phase): void {
		void this.walk.record({ type: 'phaseStarted', phase });
	}

	/** Leaves the walking part for what comes after it (the cool-down, or calf exercises). */
	leaveWalking(): void {
		if (this.template) this.goTo(phaseAfter(this.template, 'walking'));
	}

	/** Skips what is left of this part: "Skip the warm-up" is one tap. */
	skipPart(): void {
		if (this.template) this.goTo(phaseAfter(this.template, this.view.phase));
	}

	nextStep(): void {
		if (!this.part || !this.template) return;
		if (this.view.step + 1 < this.part.steps.length) {
			void this.walk.record({ type: 'step', step: this.view.step + 1 });
		} else this.goTo(phaseAfter(this.template, this.view.phase));
	}

	previousStep(): void {
		if (this.view.step > 0) void this.walk.record({ type: 'step', step: this.view.step - 1 });
	}

	painStarted(): void {
		void this.walk.record({ type: 'painOnset', level: ONSET_LEVEL });
	}

	/** "Stop and rest": on the vein track a rest needs no pain level. */
	stopAndRest(): void {
		if (this.continuous) return void this.walk.record({ type: 'stopped' });
		this.askingPain = now();
		// An open question comes back after a reload, while nothing else has happened since.
		writeDraft(this.#painKey, { at: this.askingPain, events: this.walk.events.length });
	}

	get #painKey(): string {
		return `pain:${this.walk.session?.id ?? ''}`;
	}

	cancelPain(): void {
		this.askingPain = null;
		clearDraft(this.#painKey);
	}

	async stopWith(level: PainLevel): Promise<void> {
		const tappedAt = this.askingPain ?? now();
		this.askingPain = null;
		clearDraft(this.#painKey);
		await this.walk.record({ type: 'stopped', level }, tappedAt);
	}

	walkAgain(): void {
		void this.walk.record({ type: 'painGone' });
	}

	async unwell(): Promise<void> {
		// Asked about time away: the walk carries on from when it was seen, then pauses.
		if (this.away) await this.carryOn();
		await this.walk.record({ type: 'paused' });
	}

	/** A sign tapped on "I feel unwell"; the gravest end the walk at once, with no cool-down. */
	async pickSign(sign: SignId): Promise<void> {
		await this.walk.record({ type: 'sign', sign });
		if (ENDS_THE_WALK.has(sign)) await this.walk.record({ type: 'phaseStarted', phase: 'finish' });
	}

	/** Ends the walk at once: no cool-down. */
	endNow(): void {
		this.goTo('finish');
	}

	better(): void {
		void this.walk.record({ type: 'resumed' });
	}

	/** The finish screen's draft: how the legs felt, the note, "count it". */
	get finishDraftKey(): string {
		return `finish:${this.walk.session?.id ?? ''}`;
	}

	async saveAndFinish(answers: { feeling: Feeling | null; note: string; didSession: boolean }) {
		const note = answers.note.trim();
		if (note) await this.walk.record({ type: 'note', text: note });
		if (answers.feeling) await this.walk.record({ type: 'feeling', feeling: answers.feeling });
		if (answers.didSession && this.tooShort) await this.walk.record({ type: 'didSession' });
		await this.walk.record({ type: 'finished' });
		clearDraft(this.finishDraftKey);
		// The saved screen says what to do now, this walk included.
		await this.care.load();
	}

	/** "I have been told I can walk": the answer clears what was open, then the walk starts. */
	async beginCleared(): Promise<void> {
		await this.care.answer(true);
		await this.begin();
	}

	async finishAsEnded(): Promise<void> {
		await this.walk.record({ type: 'finished', endAt: this.view.lastEventAt ?? undefined });
	}

	async discard(): Promise<void> {
		const key = this.finishDraftKey;
		if (await this.walk.record({ type: 'abandoned' })) {
			clearDraft(key);
			this.message = m.walk.discarded;
		}
	}

	async undo(): Promise<void> {
		if (await this.walk.undo()) this.message = m.walk.undone;
	}
}
