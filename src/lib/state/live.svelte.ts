// A Dexie live query as a rune: `current` is the query's latest answer, and it updates by itself
// whenever a write anywhere in the app (or another tab) changes what the query read. Subscribed
// only while something on screen reads it, in the style of svelte.dev's Persisted.svelte.ts.

import { createSubscriber } from 'svelte/reactivity';
import { app } from './app.svelte';

/** The repository, loaded with Dexie the first time a live query starts. */
export type Repo = typeof import('$lib/storage/repo');
const load = () => Promise.all([import('dexie'), import('$lib/storage/repo')]);

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

export class LiveQuery<T> {
	#value = $state.raw<T | undefined>(undefined);
	#error = $state.raw<unknown>(null);
	#subscribe: () => void;

	/**
	 * `whenNothingStored`: the query's answer on a first visit, with nothing stored on the device.
	 * It is given at once, and the database code is fetched only once the page is painted, so a
	 * first visit wakes without it (as Today does).
	 */
	constructor(query: (repo: Repo) => Promise<T>, whenNothingStored?: { answer: T }) {
		this.#subscribe = createSubscriber(() => {
			let live = false;
			let closed = false;
			let subscription: { unsubscribe(): void } | null = null;
			const begin = async () => {
				if (whenNothingStored && (await app.firstVisit())) {
					if (!closed && this.#value === undefined) this.#value = whenNothingStored.answer;
					await app.painted();
				}
				return load();
			};
			void begin().then(
				([{ liveQuery }, repo]) => {
					if (closed) return;
					// Dexie runs a live query's first read after a timer; read once at once as well,
					// so the page is drawn without waiting (and a paused test clock cannot hold it).
					query(repo).then(
						(value) => {
							if (!live && !closed) this.#value = value;
						},
						(error) => {
							if (!live && !closed) this.#error = error;
						}
					);
					subscription = liveQuery(() => query(repo)).subscribe({
						next: (value) => {
							const first = !live;
							live = true;
							// The live query's first answer repeats the read above: keep what is drawn.
							if (first && sameRecords(this.#value, value)) return;
							this.#value = value;
							this.#error = null;
						},
						error: (error) => {
							live = true;
							this.#error = error;
						}
					});
				},
				(error) => (this.#error = error)
			);
			return () => {
				closed = true;
				subscription?.unsubscribe();
			};
		});
	}

	/** The latest answer; undefined until the first one arrives. */
	get current(): T | undefined {
		this.#subscribe();
		return this.#value;
	}

	/** What went wrong with the last run of the query, if anything. */
	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}
}
