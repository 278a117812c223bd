// Distance on an ordinary walk, when the person has turned on "Measure distance outdoors": the
// phone's positions are watched while a bout is walked, and the bout's metres come from the same
// filter as the six-minute walk outdoors (distance/track.ts). The positions of the bout being
// walked are kept as a draft, so a reload goes on with them; they are dropped when the next bout
// starts or the walk ends. Only each bout's metres and their quality are ever stored, as walk
// events (the walk recorder asks for a reading as the bout's walking ends).

import { clearDraft, readDraft, WALK_TRACK_DRAFT, writeDraft } from '$lib/device/drafts';
import type { Positions } from '$lib/device/positions';
import { trackDistance, type Fix } from '$lib/distance/track';

const DRAFT = WALK_TRACK_DRAFT;

/** off: not measuring; waiting: asked, no position yet; measuring; or why it cannot. */
export type MeterState = 'off' | 'waiting' | 'measuring' | 'denied' | 'unavailable';

export interface MeterReading {
	metres: number;
	/** The positions were too poor for the metres to be relied on. */
	poor: boolean;
}

interface Draft {
	bout: string;
	fixes: Fix[];
}

export class DistanceMeter {
	state = $state<MeterState>('off');
	#fixes = $state.raw<Fix[]>([]);
	track = $derived(trackDistance(this.#fixes));
	#bout: string | null = null;
	#stopWatching: (() => void) | null = null;
	#positions: Positions;
	#now: () => number;

	constructor(positions: Positions, now: () => number) {
		this.#positions = positions;
		this.#now = now;
	}

	/**
	 * Follows the walk on each beat: `bout` names the bout being walked or rested after (null
	 * outside the walking part), `walking` whether it is being walked now. Positions are watched
	 * only while it is; a new bout starts from nothing.
	 */
	follow(bout: string | null, walking: boolean): void {
		if (bout !== this.#bout) {
			this.#bout = bout;
			const kept = bout === null ? null : readDraft<Draft>(DRAFT);
			this.#fixes = kept?.bout === bout && Array.isArray(kept.fixes) ? kept.fixes : [];
			if (bout === null) clearDraft(DRAFT);
		}
		if (walking && bout !== null) this.#watch();
		else this.#unwatch();
	}

	/** The bout's metres so far; null when nothing was measured (no positions, or refused). */
	reading(): MeterReading | null {
		if (this.#fixes.length === 0) return null;
		return { metres: Math.round(this.track.metres), poor: this.track.problems.length > 0 };
	}

	/** The page is left mid-walk: stop watching, keeping the bout's positions for a reload. */
	release(): void {
		this.#unwatch();
		this.#bout = null;
	}

	/** The walk is over: stop watching and forget the positions. */
	stop(): void {
		this.#unwatch();
		this.#bout = null;
		this.#fixes = [];
		this.state = 'off';
		clearDraft(DRAFT);
	}

	#watch(): void {
		if (this.#stopWatching || this.state === 'denied' || this.state === 'unavailable') return;
		if (this.state === 'off') this.state = 'waiting';
		this.#stopWatching = this.#positions.watch(
			(fix) => {
				if (this.#bout === null) return;
				this.state = 'measuring';
				this.#fixes = [...this.#fixes, { ...fix, at: this.#now() }];
				writeDraft(DRAFT, { bout: this.#bout, fixes: this.#fixes } satisfies Draft);
			},
			(why) => {
				// A position that came once and then not: the filter's gaps judge that.
				if (this.state === 'measuring') return;
				this.state = why;
				this.#unwatch();
			}
		);
	}

	#unwatch(): void {
		this.#stopWatching?.();
		this.#stopWatching = null;
	}
}
