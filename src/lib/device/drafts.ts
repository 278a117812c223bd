// What a person is typing, kept as they type it: a draft per form in this browser's local
// storage (on the device only, synchronous, so a reload or a killed tab loses nothing). A draft
// is cleared when its form is saved or discarded, and when all data is erased.

const PREFIX = 'legwork-draft:';
/** When an open walk was last seen alive: a heartbeat per walk, not a draft and not an event. */
const SEEN = 'legwork-seen:';

function store(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** The draft kept for a form, if any. */
export function readDraft<T>(key: string): Partial<T> | null {
	try {
		const text = store()?.getItem(PREFIX + key);
		if (!text) return null;
		const value: unknown = JSON.parse(text);
		return value && typeof value === 'object' ? (value as Partial<T>) : null;
	} catch {
		return null;
	}
}

/** Keeps what the form holds now; a full or refused store keeps the form working. */
export function writeDraft(key: string, value: object): void {
	try {
		store()?.setItem(PREFIX + key, JSON.stringify(value));
	} catch {
		// Nothing to do: the form itself still holds what was typed.
	}
}

/** Keeps a form's draft while it holds something; an empty form keeps none. */
export function keepDraft(key: string, value: object, hasContent: boolean): void {
	if (hasContent) writeDraft(key, value);
	else clearDraft(key);
}

export function clearDraft(key: string): void {
	try {
		store()?.removeItem(PREFIX + key);
	} catch {
		// As above.
	}
}

/** Every draft gone: for "erase all my data". */
export function clearAllDrafts(): void {
	const s = store();
	if (!s) return;
	try {
		for (const key of Object.keys(s)) {
			if (key.startsWith(PREFIX) || key.startsWith(SEEN)) s.removeItem(key);
		}
	} catch {
		// As above.
	}
}

/** When the walk was last seen alive on an open page, on the app's clock; null if never. */
export function readSeen(sessionId: string): number | null {
	try {
		const at = Number(store()?.getItem(SEEN + sessionId) ?? NaN);
		return Number.isFinite(at) ? at : null;
	} catch {
		return null;
	}
}

export function writeSeen(sessionId: string, at: number): void {
	try {
		store()?.setItem(SEEN + sessionId, String(at));
	} catch {
		// A missed heartbeat only makes the next open ask sooner.
	}
}

export function clearSeen(sessionId: string): void {
	try {
		store()?.removeItem(SEEN + sessionId);
	} catch {
		// As above.
	}
}
