// A Dexie live query as a rune: `current` is the query's latest answer, and it updates by itself
// whenever a write anywhere in the app (or another tab) changes what the query read. Subscribed
// only while something on screen reads it, in the style of svelte.dev's Persisted.svelte.ts.

import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

export class LiveQuery<T> {
	#value = $state.raw<T | undefined>(undefined);
	#error = $state.raw<unknown>(null);
	#subscribe: () => void;

	constructor(query: () => Promise<T>) {
		this.#subscribe = createSubscriber(() => {
			let live = false;
			let closed = false;
			// Dexie runs a live query's first read after a timer; read once at once as well, so the
			// page is drawn without waiting (and a paused test clock cannot hold it back).
			query().then(
				(value) => {
					if (!live && !closed) this.#value = value;
				},
				(error) => {
					if (!live && !closed) this.#error = error;
				}
			);
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					live = true;
					this.#value = value;
					this.#error = null;
				},
				error: (error) => {
					live = true;
					this.#error = error;
				}
			});
			return () => {
				closed = true;
				subscription.unsubscribe();
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
