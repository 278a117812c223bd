// What a person is typing, kept as they type it: a draft per form in this browser's local
// storage (on the device only, synchronous, so a reload or a killed tab loses nothing). A draft
// is cleared when its form is saved or discarded, and when all data is erased.

const PREFIX = 'legwork-draft:';
/** The positions of the bout being walked, when distance is measured (state/distance-meter). */
export const WALK_TRACK_DRAFT = 'walkTrack';
/** When an open walk was last seen alive: a heartbeat per walk, not a draft and not an event. */
const SEEN = 'legwork-seen:';
/** A walk tap whose write has begun and not yet ended: the page may be left before it ends. */
const TAP = 'legwork-tap:';

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
		const keys = Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
		for (const key of keys) {
			if ([PREFIX, SEEN, TAP].some((p) => key.startsWith(p))) s.removeItem(key);
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

/**
 * A tap being stored, kept from the moment its write begins until it ends (stored or refused):
 * a page left in that moment (put into the back-forward cache, or killed) would otherwise lose
 * the tap with its write. `keptAt` is when it was kept, on the app's clock.
 */
export interface PendingTap<T> {
	event: T;
	keptAt: number;
}

export function writePendingTap(sessionId: string, event: object, keptAt: number): void {
	try {
		store()?.setItem(TAP + sessionId, JSON.stringify({ event, keptAt }));
	} catch {
		// The write itself goes on; only its safety net is missing.
	}
}

export function readPendingTap<T>(sessionId: string): PendingTap<T> | null {
	try {
		const text = store()?.getItem(TAP + sessionId);
		if (!text) return null;
		const value = JSON.parse(text) as Partial<PendingTap<T>> | null;
		if (!value?.event || typeof value.keptAt !== 'number') return null;
		return { event: value.event, keptAt: value.keptAt };
	} catch {
		return null;
	}
}

/** The tap was stored or refused: nothing is pending. Only the tap kept is cleared. */
export function clearPendingTap(sessionId: string, eventId?: string): void {
	try {
		if (eventId !== undefined) {
			const pending = readPendingTap<{ id?: string }>(sessionId);
			if (pending && pending.event.id !== eventId) return;
		}
		store()?.removeItem(TAP + sessionId);
	} catch {
		// As above.
	}
}
