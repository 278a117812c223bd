// The six-minute walk in a corridor, as a person does it: the course's length (kept for next
// time), a 3-2-1 start, six minutes of "Turn" taps with a word each minute, "Stop here" for the
// part of the last lap, and the result. The rules are distance/six-minute.ts's. Every tap is kept
// at once as a draft in local storage, so a reload or a locked phone loses nothing: a test opened
// again within its six minutes goes on; after them, it asks where the person stopped.

import { clearDraft, readDraft, writeDraft } from '$lib/device/drafts';
import type { Cues } from '$lib/device/cues';
import {
	checkCourse,
	corridorLaps,
	corridorMetres,
	cuesBetween,
	TEST_MS,
	type CorridorTap,
	type CourseProblem,
	type SixMinuteCue
} from '$lib/distance/six-minute';
import * as m from '$lib/messages';
import type { SixMinuteDetails } from '$lib/storage/schema';

const DRAFT = 'sixMinute';
/** The 3-2-1 before the six minutes start. */
export const COUNTDOWN_MS = 3000;
/** A test left longer than this is dropped, not taken up again. */
const STALE_MS = 60 * 60_000;
/** How often the screen's clock is read. */
const TICK_MS = 250;

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
	/** When the six minutes started (the end of the 3-2-1). */
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
	/** When the 3-2-1 started, then when the six minutes started. */
	#countdownAt = 0;
	startedAt = $state(0);
	taps = $state.raw<CorridorTap[]>([]);
	ended = $state<'unwell' | 'end' | null>(null);
	/** The screen's clock: time since the six minutes started (may run past them). */
	elapsedMs = $state(0);
	/** The 3-2-1 as shown. */
	countdown = $state(3);
	/** The last word said, shown until the next. */
	said = $state<SixMinuteCue | null>(null);
	/** The last "Turn" came too soon to be a lap: said until the next tap. */
	refusedTurn = $state(false);
	partialText = $state('');
	partialError = $state('');
	result = $state.raw<CorridorResult | null>(null);
	failed = $state(false);
	#ports: CorridorPorts;
	#timer: ReturnType<typeof setInterval> | null = null;

	constructor(ports: CorridorPorts) {
		this.#ports = ports;
		const last = ports.lastCourseM();
		this.courseText = last === null ? '' : String(last);
		const kept = readDraft<Draft>(DRAFT);
		const age = typeof kept?.startedAt === 'number' ? ports.now() - kept.startedAt : NaN;
		const whole = kept && typeof kept.courseM === 'number' && Array.isArray(kept.taps) && age >= 0;
		// A test left for more than an hour is not one to go on with, nor a damaged one: dropped.
		if (kept && (!whole || age >= STALE_MS)) clearDraft(DRAFT);
		else if (kept && whole && typeof kept.courseM === 'number' && Array.isArray(kept.taps)) {
			this.courseM = kept.courseM;
			this.courseText = String(kept.courseM);
			this.startedAt = ports.now() - age;
			this.taps = kept.taps;
			this.ended = kept.ended ?? null;
			this.#read();
			this.step =
				this.ended === 'unwell' ? 'unwell' : this.#timeUp() || this.ended ? 'stopHere' : 'walking';
			// Words due while the page was away are not said now: the screen shows where things are.
			this.said = null;
		}
	}

	/** Whole laps counted, refused taps, and when the pain started. */
	laps = $derived(corridorLaps(this.courseM || 1, this.taps));
	/** Metres walked in whole laps so far. */
	metresSoFar = $derived(this.laps.laps * this.courseM);
	remainingMs = $derived(Math.max(0, TEST_MS - this.elapsedMs));
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

	/** The 3-2-1; the six minutes start at its end. */
	begin(): void {
		if (this.step !== 'ready') return;
		this.#countdownAt = this.#ports.now();
		this.countdown = 3;
		this.step = 'countdown';
		this.#ports.cues.speak('3');
	}

	/** Starts the screen clock; returns the way to stop it. */
	run(): () => void {
		this.#timer ??= setInterval(() => this.tick(), TICK_MS);
		return () => {
			if (this.#timer) clearInterval(this.#timer);
			this.#timer = null;
		};
	}

	/** Each beat of the screen clock: the 3-2-1, the minute words, and the end of six minutes. */
	tick(): void {
		const t = this.#ports.now();
		if (this.step === 'countdown') {
			const left = Math.ceil((COUNTDOWN_MS - (t - this.#countdownAt)) / 1000);
			if (left <= 0) {
				this.startedAt = this.#countdownAt + COUNTDOWN_MS;
				this.taps = [];
				this.step = 'walking';
				this.#keep();
				this.#ports.cues.tone();
				this.#ports.cues.speak(m.sixMinute.go);
			} else if (left !== this.countdown) {
				this.countdown = left;
				this.#ports.cues.speak(String(left));
			}
			return;
		}
		if (this.step !== 'walking') return;
		const before = this.elapsedMs;
		this.#read();
		for (const cue of cuesBetween(before, this.elapsedMs)) {
			this.said = cue;
			this.#ports.cues.tone();
			this.#ports.cues.vibrate();
			this.#ports.cues.speak(m.sixMinute.cue[cue]);
		}
		if (this.#timeUp()) this.step = 'stopHere';
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
		this.#read();
		this.ended = 'unwell';
		this.step = 'unwell';
		this.#keep();
	}

	/** Better after "I feel unwell", or "End the test now": where did the person stop? */
	stopEarly(): void {
		if (this.step !== 'walking' && this.step !== 'unwell') return;
		this.#read();
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
		this.#read();
		if (this.#timeUp()) {
			this.step = 'stopHere';
			return false;
		}
		this.taps = [...this.taps, { kind, at: this.elapsedMs }];
		this.#keep();
		return true;
	}

	#read(): void {
		this.elapsedMs = Math.max(0, this.#ports.now() - this.startedAt);
	}

	#timeUp(): boolean {
		return this.elapsedMs >= TEST_MS;
	}

	#keep(): void {
		writeDraft(DRAFT, {
			courseM: this.courseM,
			startedAt: this.startedAt,
			taps: this.taps,
			ended: this.ended
		} satisfies Draft);
	}
}
