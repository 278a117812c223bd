// The browser's local storage, held in memory: for tests of what keeps drafts, in Node, where
// there is no local storage. `limit` makes a longer value fail as a full store does.

export class MemoryStorage {
	items = new Map<string, string>();
	constructor(private readonly limit = Infinity) {}
	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		if (value.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string): void {
		this.items.delete(key);
	}
	get length(): number {
		return this.items.size;
	}
	key(index: number): string | null {
		return [...this.items.keys()][index] ?? null;
	}
}

/** Puts a fresh memory store in the place of local storage; returns it. */
export function useMemoryStorage(limit?: number): MemoryStorage {
	const store = new MemoryStorage(limit);
	Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
	return store;
}

/** Takes local storage away again, as Node has it. */
export function dropMemoryStorage(): void {
	Object.defineProperty(globalThis, 'localStorage', { value: undefined, configurable: true });
}
