import { afterEach, describe, expect, it } from 'vitest';
import {
	clearAllDrafts,
	clearDraft,
	clearPendingTap,
	clearSeen,
	readDraft,
	readPendingTap,
	readSeen,
	writeDraft,
	writePendingTap,
	writeSeen
} from './drafts';
import { MemoryStorage } from './memory-storage';

describe('drafts', () => {
	const original = globalThis.localStorage;
	afterEach(() =>
		Object.defineProperty(globalThis, 'localStorage', { value: original, configurable: true })
	);

	it('keep what was typed until cleared, and survive a full store', () => {
		const mem = new MemoryStorage(100);
		Object.defineProperty(globalThis, 'localStorage', { value: mem, configurable: true });
		expect(readDraft('finish:s1')).toBeNull();
		writeDraft('finish:s1', { note: 'windy', feeling: 'better' });
		expect(readDraft('finish:s1')).toEqual({ note: 'windy', feeling: 'better' });
		// Too big for the store: refused quietly, the last draft kept.
		writeDraft('finish:s1', { note: 'x'.repeat(200) });
		expect(readDraft('finish:s1')).toEqual({ note: 'windy', feeling: 'better' });
		clearDraft('finish:s1');
		expect(readDraft('finish:s1')).toBeNull();
	});

	it('read nothing from a damaged draft, and work with no store at all', () => {
		Object.defineProperty(globalThis, 'localStorage', {
			value: { getItem: () => '{not json', setItem() {}, removeItem() {} },
			configurable: true
		});
		expect(readDraft('diary')).toBeNull();
		Object.defineProperty(globalThis, 'localStorage', { value: undefined, configurable: true });
		expect(readDraft('diary')).toBeNull();
		expect(() => writeDraft('diary', { a: 1 })).not.toThrow();
		expect(() => clearAllDrafts()).not.toThrow();
	});

	it('keep when a walk was last seen, per walk, apart from the drafts', () => {
		const mem = new MemoryStorage(100);
		Object.defineProperty(globalThis, 'localStorage', { value: mem, configurable: true });
		expect(readSeen('s1')).toBeNull();
		writeSeen('s1', 1_800_000_000_000);
		writeSeen('s2', 5);
		expect(readSeen('s1')).toBe(1_800_000_000_000);
		expect(readDraft('seen:s1')).toBeNull();
		clearSeen('s1');
		expect(readSeen('s1')).toBeNull();
		expect(readSeen('s2')).toBe(5);
		mem.setItem('legwork-seen:s3', 'soon');
		expect(readSeen('s3')).toBeNull();
	});

	it('keep a walk tap from the start of its write to its end, and clear only that tap', () => {
		const mem = new MemoryStorage(100);
		Object.defineProperty(globalThis, 'localStorage', { value: mem, configurable: true });
		expect(readPendingTap('s1')).toBeNull();
		writePendingTap('s1', { id: 'e1', type: 'painOnset' }, 1000);
		expect(readPendingTap('s1')).toEqual({ event: { id: 'e1', type: 'painOnset' }, keptAt: 1000 });
		// The end of an older write leaves a newer tap pending.
		writePendingTap('s1', { id: 'e2' }, 2000);
		clearPendingTap('s1', 'e1');
		expect(readPendingTap('s1')?.event).toEqual({ id: 'e2' });
		clearPendingTap('s1', 'e2');
		expect(readPendingTap('s1')).toBeNull();
		// Damaged, or erased with all data: nothing pending.
		mem.setItem('legwork-tap:s2', '{"event":1}');
		expect(readPendingTap('s2')).toBeNull();
		writePendingTap('s3', { id: 'e3' }, 3000);
		clearAllDrafts();
		expect(readPendingTap('s3')).toBeNull();
	});
});
