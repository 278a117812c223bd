// The clock both six-minute walks share (in a hallway and outdoors): the 3-2-1 with its words,
// six minutes timed from the phone's clock with the standard word each minute, shown and spoken,
// and the rule for a test kept as a draft: one started within the hour is taken up again, at the
// time it is now; an older or damaged one is dropped.

import type { Cues } from '$lib/device/cues';
import { cuesBetween, TEST_MS, type SixMinuteCue } from '$lib/distance/six-minute';
import * as m from '$lib/messages';

/** The 3-2-1 before the six minutes start. */
export const COUNTDOWN_MS = 3000;
/** A test left longer than this is dropped, not taken up again. */
export const STALE_MS = 60 * 60_000;
/** How often the screen's clock is read. */
const TICK_MS = 250;

/**
 * Where a kept test stands, from when its six minutes start(ed): counting in (the 3-2-1 was under
 * way), walking (or past its six minutes), or null for one not to take up again (no start, a start
 * in the future beyond the 3-2-1, or over an hour ago).
 */
export function keptStage(startedAt: unknown, now: number): 'countdown' | 'walking' | null {
	if (typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
	const age = now - startedAt;
	if (age < -COUNTDOWN_MS || age >= STALE_MS) return null;
	return age < 0 ? 'countdown' : 'walking';
}

export class SixMinuteClock {
	/** When the six minutes start(ed): the end of the 3-2-1. */
	startedAt = $state(0);
	/** Time since the six minutes started (may run past them). */
	elapsedMs = $state(0);
	/** The 3-2-1 as shown. */
	countdown = $state(3);
	/** The last word said, shown until the next. */
	said = $state<SixMinuteCue | null>(null);
	remainingMs = $derived(Math.max(0, TEST_MS - this.elapsedMs));
	#now: () => number;
	#cues: Cues;
	#timer: ReturnType<typeof setInterval> | null = null;

	constructor(now: () => number, cues: Cues) {
		this.#now = now;
		this.#cues = cues;
	}

	/** The 3-2-1 begins now; the six minutes start at its end. */
	countIn(): void {
		this.startedAt = this.#now() + COUNTDOWN_MS;
		this.countdown = 3;
		this.#cues.speak('3');
	}

	/** Taken up again from a draft: no word due while the page was away is said now. */
	resume(startedAt: number): void {
		this.startedAt = startedAt;
		this.countdown = Math.max(1, Math.ceil((startedAt - this.#now()) / 1000));
		this.read();
		this.said = null;
	}

	/** One beat of the 3-2-1: its words; true once the six minutes have started. */
	countBeat(): boolean {
		const left = Math.ceil((this.startedAt - this.#now()) / 1000);
		if (left <= 0) {
			this.read();
			this.#cues.tone();
			this.#cues.speak(m.sixMinute.go);
			return true;
		}
		if (left !== this.countdown) {
			this.countdown = left;
			this.#cues.speak(String(left));
		}
		return false;
	}

	/** One beat of the six minutes: the time read, and each minute's word said once. */
	walkBeat(): void {
		const before = this.elapsedMs;
		this.read();
		for (const cue of cuesBetween(before, this.elapsedMs)) {
			this.said = cue;
			this.#cues.tone();
			this.#cues.vibrate();
			this.#cues.speak(m.sixMinute.cue[cue]);
		}
	}

	read(): void {
		this.elapsedMs = Math.max(0, this.#now() - this.startedAt);
	}

	timeUp(): boolean {
		return this.elapsedMs >= TEST_MS;
	}

	/** Beats `beat` on the screen's clock; returns the way to stop. */
	run(beat: () => void): () => void {
		this.#timer ??= setInterval(beat, TICK_MS);
		return () => {
			if (this.#timer) clearInterval(this.#timer);
			this.#timer = null;
		};
	}
}
