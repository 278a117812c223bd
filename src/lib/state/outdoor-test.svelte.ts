// The six-minute walk outdoors, measured by the phone's position: asked for only when chosen,
// started only once a position is accurate to 15 m, six minutes with the distance growing on
// screen, then the result with how far the positions can be trusted (distance/track.ts). When
// location is refused, unavailable or never accurate enough within a minute, the person is sent
// to the hallway test with the reason. Positions are kept only while the test runs, as a draft
// (so a reload loses nothing); the stored test holds its metres and its quality, never a place.

import { clearDraft, readDraft, writeDraft } from '$lib/device/drafts';
import type { Cues } from '$lib/device/cues';
import type { Positions } from '$lib/device/positions';
import { OUTDOOR_START_ACCURACY_M, OUTDOOR_WAIT_MS, TEST_MS } from '$lib/distance/six-minute';
import { trackDistance, type Fix } from '$lib/distance/track';
import type { SixMinuteDetails } from '$lib/storage/schema';
import { keptStage, SixMinuteClock } from './six-minute-clock.svelte';

export { COUNTDOWN_MS } from './six-minute-clock.svelte';

const DRAFT = 'sixMinuteOutdoor';

export type OutdoorStep =
	'explain' | 'waiting' | 'ready' | 'countdown' | 'walking' | 'unwell' | 'done';
/** Why the hallway test is suggested instead. */
export type NoGps = 'denied' | 'unavailable' | 'inaccurate';

export interface OutdoorResult {
	onsetMs: number | null;
	distanceM: number;
	sixMinute: SixMinuteDetails;
}

export interface OutdoorPorts {
	now(): number;
	cues: Cues;
	positions: Positions;
	save(result: OutdoorResult): Promise<boolean>;
}

interface Draft {
	startedAt: number;
	fixes: Fix[];
	painAt: number | null;
	ended: 'unwell' | 'end' | null;
}

export class OutdoorTest {
	step = $state<OutdoorStep>('explain');
	noGps = $state<NoGps | null>(null);
	/** The latest position's accuracy, in metres, while waiting for a good one. */
	accuracy = $state<number | null>(null);
	#waitFrom = 0;
	/** The 3-2-1 and the six minutes; the screens read its figures (time left, the minute said). */
	readonly clock: SixMinuteClock;
	fixes = $state.raw<Fix[]>([]);
	painAt = $state<number | null>(null);
	ended = $state<'unwell' | 'end' | null>(null);
	result = $state.raw<OutdoorResult | null>(null);
	failed = $state(false);
	#ports: OutdoorPorts;
	#stopWatching: (() => void) | null = null;

	constructor(ports: OutdoorPorts) {
		this.#ports = ports;
		this.clock = new SixMinuteClock(ports.now, ports.cues);
		const kept = readDraft<Draft>(DRAFT);
		const stage = kept ? keptStage(kept.startedAt, ports.now()) : null;
		if (kept && (!stage || !Array.isArray(kept.fixes))) clearDraft(DRAFT);
		else if (kept && stage) {
			this.fixes = kept.fixes as Fix[];
			this.painAt = typeof kept.painAt === 'number' ? kept.painAt : null;
			this.ended = kept.ended ?? null;
			this.clock.resume(kept.startedAt as number);
			// Past the six minutes, or ended with "End": the first beat finishes it with what was kept.
			this.step =
				stage === 'countdown' ? 'countdown' : this.ended === 'unwell' ? 'unwell' : 'walking';
		}
	}

	/** The distance so far, filtered, with what makes it doubtful. */
	track = $derived(trackDistance(this.fixes));
	/** The positions are good enough to start. */
	goodFix = $derived(this.accuracy !== null && this.accuracy <= OUTDOOR_START_ACCURACY_M);
	running = $derived(
		this.step === 'waiting' ||
			this.step === 'ready' ||
			this.step === 'countdown' ||
			this.step === 'walking'
	);
	/** The result may not be reliable. */
	poor = $derived(this.track.problems.length > 0);

	/** Asks for the position (the browser asks the person) and waits for a good one. */
	locate(): void {
		if (this.step !== 'explain') return;
		this.step = 'waiting';
		this.#waitFrom = this.#ports.now();
		this.#watch();
	}

	/** Starts the screen clock (and, for a test taken up again, the positions). */
	run(): () => void {
		const stop = this.clock.run(() => this.tick());
		if ((this.step === 'walking' || this.step === 'countdown') && !this.#stopWatching)
			this.#watch();
		this.tick();
		return () => {
			stop();
			this.#stopWatching?.();
			this.#stopWatching = null;
		};
	}

	/** The 3-2-1, kept at once (a reload goes on with it); the six minutes start at its end. */
	begin(): void {
		if (this.step !== 'ready') return;
		this.clock.countIn();
		this.fixes = [];
		this.step = 'countdown';
		this.#keep();
	}

	tick(): void {
		const t = this.#ports.now();
		if (this.step === 'waiting' || this.step === 'ready') {
			if (this.step === 'waiting' && t - this.#waitFrom >= OUTDOOR_WAIT_MS)
				this.#fallBack('inaccurate');
			return;
		}
		if (this.step === 'countdown') {
			if (this.clock.countBeat()) this.step = 'walking';
			return;
		}
		if (this.step !== 'walking') return;
		this.clock.walkBeat();
		// Stored once at the end; after a failed save, only when the person tries again.
		if ((this.clock.elapsedMs >= TEST_MS || this.ended === 'end') && !this.failed)
			void this.#finish();
	}

	pain(): void {
		if (this.step !== 'walking' || this.painAt !== null) return;
		this.clock.read();
		this.painAt = Math.min(this.clock.elapsedMs, TEST_MS);
		this.#keep();
	}

	unwell(): void {
		if (this.step !== 'walking') return;
		this.clock.read();
		this.ended = 'unwell';
		this.step = 'unwell';
		this.#keep();
	}

	/** "End the test now", or ended after "I feel unwell": stored as stopped early. */
	stopEarly(): void {
		if (this.step !== 'walking' && this.step !== 'unwell') return;
		this.clock.read();
		this.ended ??= 'end';
		this.step = 'walking';
		this.#keep();
		void this.#finish();
	}

	/** Tries the save again after it failed. */
	retry(): void {
		this.failed = false;
		void this.#finish();
	}

	cancel(): void {
		this.#stopWatching?.();
		this.#stopWatching = null;
		clearDraft(DRAFT);
		this.step = 'explain';
	}

	#busy = false;
	async #finish(): Promise<void> {
		if (this.#busy || this.result) return;
		this.#busy = true;
		this.#stopWatching?.();
		this.#stopWatching = null;
		const upTo = Math.min(this.clock.elapsedMs, TEST_MS);
		const track = trackDistance(this.fixes.filter((f) => f.at <= upTo));
		const result: OutdoorResult = {
			onsetMs: this.painAt,
			distanceM: track.metres,
			sixMinute: {
				mode: 'outdoor',
				courseM: null,
				laps: null,
				stoppedEarly: this.ended !== null,
				painLap: null,
				quality: track.problems.length ? 'poor' : 'good'
			}
		};
		try {
			this.failed = !(await this.#ports.save(result));
			if (this.failed) return;
			clearDraft(DRAFT);
			this.result = result;
			this.step = 'done';
		} finally {
			this.#busy = false;
		}
	}

	#watch(): void {
		this.#stopWatching?.();
		this.#stopWatching = this.#ports.positions.watch(
			(fix) => {
				this.accuracy = fix.accuracy;
				if (this.step === 'waiting' && fix.accuracy <= OUTDOOR_START_ACCURACY_M)
					this.step = 'ready';
				if (this.step !== 'walking') return;
				this.clock.read();
				if (this.clock.elapsedMs > TEST_MS) return;
				this.fixes = [...this.fixes, { ...fix, at: this.clock.elapsedMs }];
				this.#keep();
			},
			(why) => {
				// A passing "unavailable" after positions have come is not a failure: the minute's
				// rule and the track's quality judge those.
				if (why === 'unavailable' && this.accuracy !== null) return;
				if (this.step === 'waiting' || this.step === 'ready' || this.step === 'explain')
					this.#fallBack(why);
			}
		);
	}

	#fallBack(why: NoGps): void {
		this.#stopWatching?.();
		this.#stopWatching = null;
		this.noGps = why;
		this.step = 'explain';
	}

	#keep(): void {
		writeDraft(DRAFT, {
			startedAt: this.clock.startedAt,
			fixes: this.fixes,
			painAt: this.painAt,
			ended: this.ended
		} satisfies Draft);
	}
}
