// The app's one clock. Wall-clock time, as stored, but within a running page it flows by the
// monotonic clock (performance.now): a manual change or a network correction of the wall clock,
// either way, cannot freeze or stretch a walk. A page that was hidden (a locked phone, where the
// monotonic clock may stop while the device sleeps) catches up with the wall clock when it is
// seen again, as long as the wall clock moved forward.

export interface TimeSource {
	wall(): number;
	mono(): number;
}

/** A wall clock that moved this much more than the monotonic one was a jump (or a sleep). */
const JUMP_MS = 2000;

export class FlowingClock {
	#source: TimeSource;
	#time: number | null = null;
	#lastWall = 0;
	#lastMono = 0;
	#wasHidden = false;

	constructor(source: TimeSource) {
		this.#source = source;
	}

	/** The page was hidden: the next reading may trust a wall clock that moved on. */
	hidden(): void {
		this.#wasHidden = true;
	}

	now(): number {
		const wall = this.#source.wall();
		const mono = this.#source.mono();
		if (this.#time === null) {
			this.#time = wall;
		} else {
			const monoStep = Math.max(0, mono - this.#lastMono);
			const wallStep = wall - this.#lastWall;
			// Asleep while hidden: the monotonic clock may have stopped; the wall clock did not.
			const slept = this.#wasHidden && wallStep - monoStep > JUMP_MS;
			this.#time += slept ? wallStep : monoStep;
		}
		this.#lastWall = wall;
		this.#lastMono = mono;
		if (typeof document === 'undefined' || document.visibilityState === 'visible') {
			this.#wasHidden = false;
		}
		return this.#time;
	}
}

const browserSource: TimeSource = {
	wall: () => Date.now(),
	mono: () => (typeof performance === 'undefined' ? Date.now() : performance.now())
};

const appClock = new FlowingClock(browserSource);
if (typeof document !== 'undefined') {
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') appClock.hidden();
	});
}

/** Now, in epoch ms: use this, never Date.now(), in the app. */
export function now(): number {
	return appClock.now();
}
