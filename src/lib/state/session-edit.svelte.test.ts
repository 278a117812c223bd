import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMemoryStorage, type MemoryStorage } from '$lib/device/memory-storage';
import type { SessionRecord } from '$lib/storage/schema';
import { editWalk, type BoutFields } from '$lib/walk/edit';
import type { WalkEvent } from '$lib/walk/timeline';
import { SessionEdit, type EditTarget } from './session-edit.svelte';

const MIN = 60_000;
const T = new Date('2026-11-20T10:00:00').getTime();
let seq = 0;
const e = (type: WalkEvent['type'], at: number, extra: Partial<WalkEvent> = {}): WalkEvent => ({
	id: `e${++seq}`,
	sessionId: 's1',
	seq,
	at: T + at * MIN,
	type,
	...extra
});

/** A saved walk of two bouts, and a store that keeps what an edit asks for. */
function target(store: 'works' | 'fails' = 'works') {
	seq = 0;
	const events = [
		e('started', 0, { phase: 'walking' }),
		e('painOnset', 3),
		e('stopped', 6, { level: 4 }),
		e('painGone', 8),
		e('painOnset', 10),
		e('stopped', 13, { level: 3 }),
		e('finished', 15)
	];
	const asked: BoutFields[][] = [];
	const t: EditTarget & { asked: BoutFields[][] } = {
		session: { id: 's1', startedAt: T, endedAt: T + 15 * MIN } as SessionRecord,
		events,
		asked,
		async edit(wanted) {
			asked.push([...wanted]);
			const result = editWalk(events, T + 15 * MIN, wanted, T + 60 * MIN);
			if (!result.ok) return result;
			return store === 'works' ? { ok: true } : { ok: false, problems: null };
		}
	};
	return t;
}

describe('changing a saved walk', () => {
	let mem: MemoryStorage;
	const original = globalThis.localStorage;
	beforeEach(() => {
		mem = useMemoryStorage();
	});
	afterEach(() =>
		Object.defineProperty(globalThis, 'localStorage', { value: original, configurable: true })
	);

	it('opens with each bout as recorded, as text a person can change', () => {
		const edit = new SessionEdit(target());
		expect(edit.editing).toBe(false);
		edit.start();
		expect(edit.editing).toBe(true);
		expect(edit.onsetText).toEqual(['3:00', '2:00']);
		expect(edit.stopText).toEqual(['6:00', '5:00']);
		expect(edit.levelText).toEqual(['4', '3']);
		expect(edit.errors).toEqual([]);
	});

	it('refuses text that is not a time, at its field, and stores nothing', async () => {
		const t = target();
		const edit = new SessionEdit(t);
		edit.start();
		edit.onsetText[1] = 'soon';
		await edit.save();
		expect(t.asked).toEqual([]);
		expect(edit.editing).toBe(true);
		expect(edit.errorOf(1, 'onset')).toBe('Enter minutes, like 4 or 4:30.');
		expect(edit.errors).toEqual([
			{ id: 'onset-1', text: 'Walk 2: Enter minutes, like 4 or 4:30.' }
		]);
	});

	it('refuses an impossible edit with its message: pain after the stop', async () => {
		const edit = new SessionEdit(target());
		edit.start();
		edit.onsetText[0] = '7';
		await edit.save();
		expect(edit.editing).toBe(true);
		expect(edit.saved).toBe(false);
		expect(edit.errorOf(0, 'onset')).toBe(
			'The pain cannot start after you stopped. Enter a time before the stop.'
		);
		expect(edit.errors).toHaveLength(1);
	});

	it('stores a possible edit, closes the form and says so', async () => {
		const t = target();
		const edit = new SessionEdit(t);
		edit.start();
		edit.onsetText[0] = '2:30';
		edit.levelText[1] = '4';
		await edit.save();
		expect(t.asked[0]?.map((b) => [b.onsetMs, b.level])).toEqual([
			[2.5 * MIN, 4],
			[2 * MIN, 4]
		]);
		expect(edit.editing).toBe(false);
		expect(edit.saved).toBe(true);
		expect(edit.errors).toEqual([]);
	});

	it('says when the change could not be stored, and keeps the form', async () => {
		const edit = new SessionEdit(target('fails'));
		edit.start();
		edit.onsetText[0] = '2:30';
		await edit.save();
		expect(edit.failed).toBe(true);
		expect(edit.editing).toBe(true);
	});

	it('keeps what was typed until it is saved or cancelled, and a new page opens with it', async () => {
		const first = new SessionEdit(target());
		first.start();
		first.onsetText[0] = '2:30';
		first.remember();
		// A reload: a new page on the same walk.
		const again = new SessionEdit(target());
		again.resume();
		expect(again.editing).toBe(true);
		expect(again.onsetText).toEqual(['2:30', '2:00']);
		// Resumed once only.
		again.cancel();
		again.resume();
		expect(again.editing).toBe(false);
		// Cancelled: the next page opens on the walk, not a form.
		const third = new SessionEdit(target());
		third.resume();
		expect(third.editing).toBe(false);
		// Saved: gone too.
		third.start();
		third.onsetText[0] = '1';
		third.remember();
		await third.save();
		const fourth = new SessionEdit(target());
		fourth.resume();
		expect(fourth.editing).toBe(false);
	});

	it('opens on the walk as recorded when a draft no longer fits it', () => {
		mem.setItem(
			'legwork-draft:edit:s1',
			JSON.stringify({ bouts: 3, onsetText: ['1', '2', '3'], stopText: [], levelText: [] })
		);
		const edit = new SessionEdit(target());
		edit.resume();
		expect(edit.onsetText).toEqual(['3:00', '2:00']);
		expect(mem.getItem('legwork-draft:edit:s1')).toBeNull();
	});
});
