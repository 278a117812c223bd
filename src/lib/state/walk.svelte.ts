// The running walk: its stored events, a clock that only asks the timeline again, and the one
// way a tap becomes a stored event. Another tab's taps arrive through Dexie's liveQuery.
//
// The database code (Dexie and the repository) is loaded when a walk is opened or started, as
// the other state classes load it, so the walk page draws before it arrives. Every tap comes
// after that, so a tap never waits for it.

import type { Subscription } from 'dexie';
import { now } from '$lib/device/clock';
import { clearPendingTap, readPendingTap, writePendingTap } from '$lib/device/drafts';
import { askToPersist } from '$lib/device/storage-persistence';
import type { StorageProblem } from '$lib/storage/db';
import type { SessionRecord } from '$lib/storage/schema';
import {
	accepts,
	endsWalking,
	nextSeq,
	saneTime,
	walkView,
	type Phase,
	type WalkEvent,
	type WalkEventInput
} from '$lib/walk/timeline';

/** How often the screen asks the timeline again; the numbers never depend on it. */
const TICK_MS = 500;
/**
 * A tap kept as pending this long ago, and not stored, was cut short by its page being left: a
 * write under way in a live tab ends within milliseconds.
 */
const PENDING_MS = 2000;

const load = () =>
	Promise.all([import('dexie'), import('$lib/storage/db'), import('$lib/storage/repo')]).then(
		([dexie, db, repo]) => ({ liveQuery: dexie.liveQuery, ...db, ...repo })
	);
let loading: ReturnType<typeof load> | null = null;
/** The database code, loaded once; a failed load is tried again next time. */
function storage(): ReturnType<typeof load> {
	loading ??= load().catch((error: unknown) => {
		loading = null;
		throw error;
	});
	return loading;
}

export class WalkRecorder {
	session = $state<SessionRecord | null>(null);
	events = $state.raw<WalkEvent[]>([]);
	now = $state(now());
	problem = $state<StorageProblem | null>(null);
	/**
	 * The walk moved on in another tab or window: it ended there (followed here), a tap here was
	 * refused because it had ended, or a tap no longer fitted what was stored there.
	 */
	elsewhere = $state<'ended' | 'refused' | 'changed' | null>(null);
	view = $derived(walkView(this.events, this.now));
	/** Events this tab wrote: an end that is not among them was made elsewhere. */
	// Not reactive on purpose: nothing is drawn from it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#mine = new Set<string>();
	/** Called when the walk was found ended by another tab or window. */
	onEndedElsewhere: () => void = () => {};
	/**
	 * Set while distance is measured (state/distance-meter.svelte.ts): the bout's metres so far,
	 * stored with "Leg pain started" and as the bout's walking ends.
	 */
	distance = $state.raw<{ reading(): { metres: number; poor: boolean } | null } | null>(null);

	#busy = false;
	#timer: ReturnType<typeof setInterval> | null = null;
	#live: Subscription | null = null;

	async open(session: SessionRecord): Promise<void> {
		this.session = session;
		const { eventsOf } = await storage();
		this.events = await eventsOf(session.id);
		await this.#follow(session.id);
		this.tick();
		await this.#storePending(session.id);
	}

	/**
	 * A tap whose write was cut short when its page was left (put into the back-forward cache,
	 * or killed) is stored now, once, at the time it was tapped, if it still fits the walk.
	 */
	async #storePending(sessionId: string): Promise<void> {
		const pending = readPendingTap<WalkEvent>(sessionId);
		if (!pending || this.session?.id !== sessionId) return;
		const age = now() - pending.keptAt;
		if (age >= 0 && age < PENDING_MS) {
			// Perhaps still being written by a live tab: look again once it would have ended.
			setTimeout(() => void this.#storePending(sessionId), PENDING_MS - age);
			return;
		}
		const { event } = pending;
		const prior = this.events;
		if (prior.some((e) => e.id === event.id) || !accepts(prior, event, event.at)) {
			clearPendingTap(sessionId, event.id);
			return;
		}
		await this.#write(async () => {
			const { WalkMovedOn } = await storage();
			try {
				await this.#store({ ...event, seq: nextSeq(prior) }, prior);
			} catch (error) {
				// Another tab moved the walk on meanwhile: the tap no longer fits, as it would not now.
				if (!(error instanceof WalkMovedOn)) throw error;
			}
		});
	}

	/**
	 * Stores one event. It is kept as pending from before its write begins until the write
	 * ends, so a page left in between loses nothing (see #storePending).
	 */
	async #store(event: WalkEvent, prior: readonly WalkEvent[]): Promise<void> {
		const { recordEvent, WalkMovedOn } = await storage();
		this.#mine.add(event.id);
		writePendingTap(event.sessionId, event, now());
		try {
			await recordEvent(event, prior);
		} catch (error) {
			if (error instanceof WalkMovedOn) clearPendingTap(event.sessionId, event.id);
			throw error;
		}
		clearPendingTap(event.sessionId, event.id);
		if (!this.events.some((e) => e.id === event.id)) this.events = [...this.events, event];
	}

	async start(
		meta: Pick<SessionRecord, 'programId' | 'kind' | 'track' | 'targetMs'>,
		phase: Phase
	): Promise<boolean> {
		// The time of the tap, not of the moment the database code has loaded.
		const at = now();
		this.elsewhere = null;
		return this.#write(async () => {
			const { startSession } = await storage();
			const { session, event } = await startSession(meta, {
				at,
				type: 'started',
				phase
			});
			this.session = session;
			this.events = [event];
			await this.#follow(session.id);
		});
	}

	/** Records a tap if it fits the walk; false for a refused tap (double tap, wrong time). */
	async record(input: WalkEventInput, tappedAt = now()): Promise<boolean> {
		const session = this.session;
		if (this.#busy || !session) return false;
		// "Away" starts the walk's clock afresh at the time now, whatever the taps before say.
		const at = input.type === 'away' ? tappedAt : saneTime(this.events, tappedAt);
		const reading = this.distance?.reading() ?? null;
		const tap =
			reading && input.type === 'painOnset' ? { ...input, metres: reading.metres } : input;
		if (!accepts(this.events, tap, at)) return false;
		// The bout's distance goes first, as its walking ends, so it belongs to that bout.
		const bout: WalkEventInput | null =
			reading && endsWalking(this.events, input, at)
				? { type: 'distance', metres: reading.metres, poor: reading.poor }
				: null;
		return this.#write(async () => {
			const { newId } = await storage();
			let prior = this.events;
			if (bout && accepts(prior, bout, at)) {
				const event = { ...bout, id: newId(), sessionId: session.id, seq: nextSeq(prior), at };
				await this.#store(event, prior);
				prior = [...prior, event];
			}
			await this.#store(
				{ ...tap, id: newId(), sessionId: session.id, seq: nextSeq(prior), at },
				prior
			);
		});
	}

	/** One write at a time: a tap while another is being stored is refused, not queued. */
	async #write(work: () => Promise<void>): Promise<boolean> {
		if (this.#busy) return false;
		this.#busy = true;
		try {
			await work();
			this.problem = null;
			if (this.elsewhere === 'changed') this.elsewhere = null;
			void askToPersist();
			return true;
		} catch (error) {
			const code = await storage().catch(() => null);
			if (code && error instanceof code.WalkMovedOn) {
				// Nothing was stored: show the walk as it now is.
				this.elsewhere = error.ended ? 'refused' : 'changed';
				await this.#reread();
				return false;
			}
			this.problem = code && error instanceof code.StorageError ? error.problem : 'failed';
			return false;
		} finally {
			this.#busy = false;
			this.tick();
		}
	}

	undo(): Promise<boolean> {
		const target = this.view.undoable;
		return target
			? this.record({ type: 'undo', targetId: target.eventId })
			: Promise.resolve(false);
	}

	/** Called on each beat of the screen clock, after the time is read. */
	onBeat: () => void = () => {};

	tick(): void {
		this.now = now();
		this.onBeat();
	}

	/** Starts the screen clock; returns the way to stop it. */
	run(): () => void {
		// Seen again: read the walk afresh, in case another tab's change was missed meanwhile.
		const onVisible = () => {
			this.tick();
			if (document.visibilityState === 'visible') void this.#reread();
		};
		this.#timer ??= setInterval(() => this.tick(), TICK_MS);
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			if (this.#timer) clearInterval(this.#timer);
			this.#timer = null;
			document.removeEventListener('visibilitychange', onVisible);
		};
	}

	close(): void {
		this.#following = null;
		this.#live?.unsubscribe();
		this.#live = null;
	}

	#following: string | null = null;

	async #follow(sessionId: string): Promise<void> {
		this.#following = sessionId;
		const { liveQuery, eventsOf } = await storage();
		// Closed, or another walk opened, while the code loaded.
		if (this.#following !== sessionId) return;
		this.#live?.unsubscribe();
		this.#live = liveQuery(() => eventsOf(sessionId)).subscribe({
			next: (events) => this.#take(events),
			error: () => {}
		});
	}

	#take(events: WalkEvent[]): void {
		if (events.length < this.events.length) return;
		const last = events.at(-1);
		const ends = last && (last.type === 'finished' || last.type === 'abandoned');
		const endedElsewhere = ends && !this.#mine.has(last.id) && this.elsewhere !== 'ended';
		if (endedElsewhere && this.elsewhere !== 'refused') this.elsewhere = 'ended';
		this.events = events;
		if (endedElsewhere) this.onEndedElsewhere();
	}

	async #reread(): Promise<void> {
		const id = this.session?.id;
		if (!id) return;
		try {
			const { eventsOf } = await storage();
			if (this.session?.id === id) this.#take(await eventsOf(id));
		} catch {
			// Unreadable now: the live query or the next look will bring it.
		}
	}
}
