// The six-minute walk in a corridor, as a person does it: the course's length (kept for next
// time), a 3-2-1 start, six minutes of "Turn" taps with a word each minute, "Stop here" for the
// part of the last lap, and the result. The rules are distance/six-minute.ts's; the clock is the
// one both six-minute walks share (six-minute-clock.svelte.ts). Every tap is kept at once as a
// draft in local storage, so a reload or a locked phone loses nothing: a test opened again in its
// 3-2-1 or within its six minutes goes on; after them, it asks where the person stopped.

import { clearDraft, readDraft, writeDraft } from '$lib/device/drafts';
import type { Cues } from '$lib/device/cues';
import {
	checkCourse,
	corridorLaps,
	corridorMetres,
	type CorridorTap,
	type CourseProblem
} from '$lib/distance/six-minute';
import * as m from '$lib/messages';
import type { SixMinuteDetails } from '$lib/storage/schema';
import { keptStage, SixMinuteClock } from './six-minute-clock.svelte';

export { COUNTDOWN_MS } from './six-minute-clock.svelte';

const DRAFT = 'sixMinute';

export type CorridorStep =
	'course' | 'ready' | 'countdown' | 'walking' | 'unwell' | 'stopHere' | 'done';

/** A test as it is stored. */
export interface CorridorResult {
	onsetMs: number | null;
	distanceM: number;
	sixMinute: SixMinuteDetails;
}

/** What the test needs from the rest of the app. */
export interface CorridorPorts {
	now(): number;
	cues: Cues;
	/** The course of the last corridor test, offered again. */
	lastCourseM(): number | null;
	save(result: CorridorResult): Promise<boolean>;
}

interface Draft {
	courseM: number;
	/** When the six minutes start(ed): the end of the 3-2-1. */
	startedAt: number;
	taps: CorridorTap[];
	/** Ended before six minutes: why. */
	ended: 'unwell' | 'end' | null;
}

export class CorridorTest {
	step = $state<CorridorStep>('course');
	courseText = $state('');
	courseProblem = $state<CourseProblem | null>(null);
	courseM = $state(0);
	/** The 3-2-1 and the six minutes; the screens read its figures (time left, the minute said). */
	readonly clock: SixMinuteClock;
	taps = $state.raw<CorridorTap[]>([]);
	ended = $state<'unwell' | 'end' | null>(null);
	/** The last "Turn" came too soon to be a lap: said until the next tap. */
	refusedTurn = $state(false);
	partialText = $state('');
	partialError = $state('');
	result = $state.raw<CorridorResult | null>(null);
	failed = $state(false);
	#ports: CorridorPorts;

	constructor(ports: CorridorPorts) {
		this.#ports = ports;
		this.clock = new SixMinuteClock(ports.now, ports.cues);
		const last = ports.lastCourseM();
		this.courseText = last === null ? '' : String(last);
		const kept = readDraft<Draft>(DRAFT);
		const stage = kept ? keptStage(kept.startedAt, ports.now()) : null;
		// A test left for more than an hour is not one to go on with, nor a damaged one: dropped.
		if (kept && (!stage || typeof kept.courseM !== 'number' || !Array.isArray(kept.taps))) {
			clearDraft(DRAFT);
		} else if (kept && stage) {
			this.courseM = kept.courseM as number;
			this.courseText = String(kept.courseM);
			this.taps = kept.taps as CorridorTap[];
			this.ended = kept.ended ?? null;
			// Words due while the page was away are not said now: the screen shows where things are.
			this.clock.resume(kept.startedAt as number);
			this.step =
				stage === 'countdown'
					? 'countdown'
					: this.ended === 'unwell'
						? 'unwell'
						: this.clock.timeUp() || this.ended
							? 'stopHere'
							: 'walking';
		}
	}

	/** Whole laps counted, refused taps, and when the pain started. */
	laps = $derived(corridorLaps(this.courseM || 1, this.taps));
	/** Metres walked in whole laps so far. */
	metresSoFar = $derived(this.laps.laps * this.courseM);
	painTapped = $derived(this.laps.painAt !== null);
	/** Timing runs: the screen clock should beat. */
	running = $derived(this.step === 'countdown' || this.step === 'walking');

	/** The course's length, checked; on to the explanation before the start. */
	setCourse(): boolean {
		const checked = checkCourse(this.courseText);
		if (!checked.ok) {
			this.courseProblem = checked.problem;
			return false;
		}
		this.courseProblem = null;
		this.courseM = checked.metres;
		this.step = 'ready';
		return true;
	}

	changeCourse(): void {
		this.step = 'course';
	}

	/** The 3-2-1, kept at once (a reload goes on with it); the six minutes start at its end. */
	begin(): void {
		if (this.step !== 'ready') return;
		this.clock.countIn();
		this.taps = [];
		this.step = 'countdown';
		this.#keep();
	}

	/** Starts the screen clock; returns the way to stop it. */
	run(): () => void {
		return this.clock.run(() => this.tick());
	}

	/** Each beat of the screen clock: the 3-2-1, the minute words, and the end of six minutes. */
	tick(): void {
		if (this.step === 'countdown') {
			if (this.clock.countBeat()) this.step = 'walking';
			return;
		}
		if (this.step !== 'walking') return;
		this.clock.walkBeat();
		if (this.clock.timeUp()) this.step = 'stopHere';
	}

	/** "Turn": a lap, if it could have been walked. */
	turn(): void {
		if (!this.#tap('turn')) return;
		this.refusedTurn = this.taps.at(-1)?.at !== this.laps.lastTurnAt;
	}

	/** "Leg pain started": once. */
	pain(): void {
		if (this.painTapped) return;
		if (this.#tap('pain')) this.refusedTurn = false;
	}

	/** "I feel unwell": the test stops; the help comes first. */
	unwell(): void {
		if (this.step !== 'walking') return;
		this.clock.read();
		this.ended = 'unwell';
		this.step = 'unwell';
		this.#keep();
	}

	/** Better after "I feel unwell", or "End the test now": where did the person stop? */
	stopEarly(): void {
		if (this.step !== 'walking' && this.step !== 'unwell') return;
		this.clock.read();
		this.ended ??= 'end';
		this.step = 'stopHere';
		this.#keep();
	}

	/** "Stop here": the part of the last lap, then the result, stored. */
	async finish(): Promise<boolean> {
		if (this.step !== 'stopHere') return false;
		const partial = Number(this.partialText.trim().replace(',', '.'));
		const metres =
			this.partialText.trim() === '' || !Number.isFinite(partial)
				? null
				: corridorMetres(this.courseM, this.laps.laps, partial);
		if (metres === null) {
			this.partialError = m.sixMinute.partialProblem(this.courseM);
			return false;
		}
		this.partialError = '';
		const result: CorridorResult = {
			onsetMs: this.laps.painAt,
			distanceM: metres,
			sixMinute: {
				mode: 'corridor',
				courseM: this.courseM,
				laps: this.laps.laps,
				stoppedEarly: this.ended !== null,
				painLap: this.laps.painLap,
				quality: null
			}
		};
		this.failed = false;
		if (!(await this.#ports.save(result))) {
			this.failed = true;
			return false;
		}
		clearDraft(DRAFT);
		this.result = result;
		this.step = 'done';
		return true;
	}

	/** Leaves the test before it starts, or drops one under way. */
	cancel(): void {
		clearDraft(DRAFT);
		this.taps = [];
		this.ended = null;
		this.step = 'course';
	}

	/** Keeps a tap at the time since the start; false when the test is not under way. */
	#tap(kind: CorridorTap['kind']): boolean {
		if (this.step !== 'walking') return false;
		this.clock.read();
		if (this.clock.timeUp()) {
			this.step = 'stopHere';
			return false;
		}
		this.taps = [...this.taps, { kind, at: this.clock.elapsedMs }];
		this.#keep();
		return true;
	}

	#keep(): void {
		writeDraft(DRAFT, {
			courseM: this.courseM,
			startedAt: this.clock.startedAt,
			taps: this.taps,
			ended: this.ended
		} satisfies Draft);
	}
}
