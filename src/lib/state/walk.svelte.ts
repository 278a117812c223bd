// The running walk: its stored events, a clock that only asks the timeline again, and the one
// way a tap becomes a stored event. Another tab's taps arrive through Dexie's liveQuery.

import { liveQuery, type Subscription } from 'dexie';
import { now } from '$lib/device/clock';
import { askToPersist } from '$lib/device/storage-persistence';
import { newId, StorageError, type StorageProblem } from '$lib/storage/db';
import { eventsOf, recordEvent, startSession } from '$lib/storage/repo';
import type { SessionRecord } from '$lib/storage/schema';
import {
	accepts,
	nextSeq,
	saneTime,
	walkView,
	type Phase,
	type WalkEvent,
	type WalkEventInput
} from '$lib/walk/timeline';

/** How often the screen asks the timeline again; the numbers never depend on it. */
const TICK_MS = 500;

export class WalkRecorder {
	session = $state<SessionRecord | null>(null);
	events = $state.raw<WalkEvent[]>([]);
	now = $state(now());
	problem = $state<StorageProblem | null>(null);
	view = $derived(walkView(this.events, this.now));

	#busy = false;
	#timer: ReturnType<typeof setInterval> | null = null;
	#live: Subscription | null = null;

	async open(session: SessionRecord): Promise<void> {
		this.session = session;
		this.events = await eventsOf(session.id);
		this.#follow(session.id);
		this.tick();
	}

	async start(
		meta: Pick<SessionRecord, 'programId' | 'kind' | 'track' | 'targetMs'>,
		phase: Phase
	): Promise<boolean> {
		return this.#write(async () => {
			const { session, event } = await startSession(meta, {
				at: now(),
				type: 'started',
				phase
			});
			this.session = session;
			this.events = [event];
			this.#follow(session.id);
		});
	}

	/** Records a tap if it fits the walk; false for a refused tap (double tap, wrong time). */
	async record(input: WalkEventInput, tappedAt = now()): Promise<boolean> {
		const session = this.session;
		if (this.#busy || !session) return false;
		const at = saneTime(this.events, tappedAt);
		if (!accepts(this.events, input, at)) return false;
		const prior = this.events;
		const event: WalkEvent = {
			...input,
			id: newId(),
			sessionId: session.id,
			seq: nextSeq(prior),
			at
		};
		return this.#write(async () => {
			await recordEvent(event, prior);
			if (!this.events.some((e) => e.id === event.id)) this.events = [...this.events, event];
		});
	}

	/** One write at a time: a tap while another is being stored is refused, not queued. */
	async #write(work: () => Promise<void>): Promise<boolean> {
		if (this.#busy) return false;
		this.#busy = true;
		try {
			await work();
			this.problem = null;
			void askToPersist();
			return true;
		} catch (error) {
			this.problem = error instanceof StorageError ? error.problem : 'failed';
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

	tick(): void {
		this.now = now();
	}

	/** Starts the screen clock; returns the way to stop it. */
	run(): () => void {
		const onVisible = () => this.tick();
		this.#timer ??= setInterval(() => this.tick(), TICK_MS);
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			if (this.#timer) clearInterval(this.#timer);
			this.#timer = null;
			document.removeEventListener('visibilitychange', onVisible);
		};
	}

	close(): void {
		this.#live?.unsubscribe();
		this.#live = null;
	}

	#follow(sessionId: string): void {
		this.#live?.unsubscribe();
		this.#live = liveQuery(() => eventsOf(sessionId)).subscribe({
			next: (events) => {
				if (events.length >= this.events.length) this.events = events;
			},
			error: () => {}
		});
	}
}
