// A stored answer as a rune: `current` is the query's latest answer, and it updates by itself
// whenever a write anywhere in the app (or another tab) changes what the query read (watch.ts).
// Subscribed only while something on screen reads it, in the style of svelte.dev's
// Persisted.svelte.ts.

import { createSubscriber } from 'svelte/reactivity';
import { app } from './app.svelte';
import { watch } from './watch';

/** The repository, loaded with Dexie the first time a live query starts. */
export type Repo = typeof import('$lib/storage/repo');
const load = () => Promise.all([import('dexie'), import('$lib/storage/repo')]);

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
			let closed = false;
			let stop: (() => void) | null = null;
			const begin = async () => {
				if (whenNothingStored && (await app.firstVisit())) {
					if (!closed && this.#value === undefined) this.#value = whenNothingStored.answer;
					await app.painted();
				}
				return load();
			};
			void begin().then(
				([dexie, repo]) => {
					if (closed) return;
					stop = watch(dexie, () => query(repo), {
						next: (value) => {
							this.#value = value;
							this.#error = null;
						},
						error: (error) => (this.#error = error)
					});
				},
				(error) => (this.#error = error)
			);
			return () => {
				closed = true;
				stop?.();
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
