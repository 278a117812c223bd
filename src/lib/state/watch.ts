// A stored answer kept up to date, read once at first. A page reads its records once, at once;
// Dexie's live query, which reads them again to learn what they cover, starts only when
// something is written (here or in another tab). With a year of walks each read of every walk
// is a long moment of a phone's main thread, and most visits to a page write nothing.

import type { GlobalDexieEvents } from 'dexie';

/** One stored record, by id and last change. */
function sameRecord(x: unknown, y: unknown): boolean {
	if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
	const a = x as { id?: unknown; updatedAt?: unknown };
	const b = y as { id?: unknown; updatedAt?: unknown };
	return (
		typeof a.id === 'string' &&
		a.id === b.id &&
		typeof a.updatedAt === 'number' &&
		a.updatedAt === b.updatedAt
	);
}

/**
 * The same answer, told by its records' ids and last changes: every stored record carries both,
 * and every write moves `updatedAt`. A list, one record, or nothing (null) both times. So a
 * second answer that matches the first needs no new drawing.
 */
export function sameRecords(a: unknown, b: unknown): boolean {
	if (a === null && b === null) return true;
	if (!Array.isArray(a) || !Array.isArray(b)) return sameRecord(a, b);
	return a.length === b.length && a.every((x, i) => sameRecord(x, b[i]));
}

/** What `watch` needs of Dexie: its live query, and its news of every write. */
export interface DexieLive {
	liveQuery<T>(query: () => Promise<T>): {
		subscribe(observer: { next(value: T): void; error(error: unknown): void }): {
			unsubscribe(): void;
		};
	};
	default: { on: GlobalDexieEvents };
}

/**
 * Tells `answer` what `read` finds now, then each new answer after a write that changes what it
 * read. Until the first write anywhere, `read` runs once; from then on Dexie's live query
 * follows it. Returns the way to stop.
 */
export function watch<T>(
	dexie: DexieLive,
	read: () => Promise<T>,
	answer: { next(value: T): void; error(error: unknown): void }
): () => void {
	const written = dexie.default.on.storagemutated;
	let closed = false;
	/** The live query has answered: answers read outside it are older, and are dropped. */
	let live = false;
	let told: { value: T } | null = null;
	let subscription: { unsubscribe(): void } | null = null;

	const readNow = () =>
		read().then(
			(value) => {
				if (live || closed || (told && sameRecords(told.value, value))) return;
				told = { value };
				answer.next(value);
			},
			(error) => {
				if (!live && !closed) answer.error(error);
			}
		);

	const follow = () => {
		if (closed || subscription) return;
		queueMicrotask(() => written.unsubscribe(follow));
		// Read at once as well: Dexie's live query starts its first read after a timer, which a
		// paused test clock holds.
		void readNow();
		subscription = dexie.liveQuery(read).subscribe({
			next: (value) => {
				const first = !live;
				live = true;
				// Its first answer may repeat the read above: keep what is drawn.
				if (first && told && sameRecords(told.value, value)) return;
				told = { value };
				answer.next(value);
			},
			error: (error) => {
				live = true;
				answer.error(error);
			}
		});
	};

	// Listening before the first read begins, so a write during it is not missed.
	written.subscribe(follow);
	void readNow();
	return () => {
		closed = true;
		written.unsubscribe(follow);
		subscription?.unsubscribe();
	};
}
