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
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#value = value;
					this.#error = null;
				},
				error: (error) => (this.#error = error)
			});
			return () => subscription.unsubscribe();
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
