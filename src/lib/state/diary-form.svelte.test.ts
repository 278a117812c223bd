import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	dropMemoryStorage,
	useMemoryStorage,
	type MemoryStorage
} from '$lib/device/memory-storage';
import type { DiaryEntry } from '$lib/diary/diary';
import { checkEntry } from '$lib/diary/diary';
import * as m from '$lib/messages';
import { DiaryForm, type DiaryFormPorts } from './diary-form.svelte';

let storage: MemoryStorage;
beforeEach(() => {
	storage = useMemoryStorage();
});
afterEach(dropMemoryStorage);

/** A form whose saves are checked by the diary's own rules and kept, or fail on a full disk. */
function form(options: { painFirst?: boolean; store?: 'works' | 'full' } = {}) {
	const saved: Omit<DiaryEntry, 'date'>[] = [];
	let afterSave = 0;
	const ports: DiaryFormPorts = {
		async save(entry) {
			const problem = checkEntry({ ...entry, date: '2026-11-23' });
			if (problem) return { ok: false, problem };
			if (options.store === 'full') return { ok: false, problem: 'storage' };
			saved.push(entry);
			return { ok: true, guidance: { level: null, reasons: [] } as never };
		},
		async saved() {
			afterSave++;
		},
		storageProblem: () => (options.store === 'full' ? 'full' : null),
		painFirst: () => options.painFirst ?? false
	};
	return { f: new DiaryForm(ports), saved, afterSave: () => afterSave };
}

describe('the diary form', () => {
	it('an empty entry is refused with the message for the track’s first question', async () => {
		const vein = form();
		expect(await vein.f.save()).toBe(false);
		expect(vein.f.error).toEqual({ id: 'heaviness-0', text: m.diary.empty });
		const pad = form({ painFirst: true });
		await pad.f.save();
		expect(pad.f.error).toEqual({ id: 'place-calf', text: m.diary.emptyPain });
		expect(vein.saved).toEqual([]);
	});

	it('swelling without its side opens the details and asks for the side', async () => {
		const { f, saved } = form();
		f.heaviness = 4;
		f.swelling = 'mild';
		expect(await f.save()).toBe(false);
		expect(f.details).toBe(true);
		expect(f.error).toEqual({ id: 'side-left', text: m.diary.swellingSideMissing });
		f.swellingSide = 'left';
		expect(await f.save()).toBe(true);
		expect(saved[0]).toMatchObject({ heaviness: 4, swelling: 'mild', swellingSide: 'left' });
	});

	it('keeps what was chosen and typed as a draft, brings it back, and clears it once saved', async () => {
		const first = form();
		first.f.keep();
		expect(storage.items.size).toBe(0);
		first.f.heaviness = 6;
		first.f.flags = ['nightCramps'];
		first.f.note = 'stairs were hard';
		first.f.keep();
		// A reload: a new form on the same device.
		const again = form();
		expect([again.f.heaviness, again.f.flags, again.f.note]).toEqual([
			6,
			['nightCramps'],
			'stairs were hard'
		]);
		expect(await again.f.save()).toBe(true);
		expect(again.saved[0]).toMatchObject({ heaviness: 6, nightCramps: true, tingling: false });
		expect(again.afterSave()).toBe(1);
		expect(again.f.saved).not.toBeNull();
		expect([again.f.heaviness, again.f.flags, again.f.note]).toEqual([null, [], '']);
		expect(storage.items.size).toBe(0);
	});

	it('a side is stored only with what it belongs to', async () => {
		const { f, saved } = form();
		f.heaviness = 2;
		f.swelling = 'none';
		f.swellingSide = 'right';
		f.painSide = 'left';
		await f.save();
		expect(saved[0]).toMatchObject({ swellingSide: null, painSide: null });
	});

	it('a full disk is said kindly and what was chosen stays', async () => {
		const { f } = form({ store: 'full' });
		f.heaviness = 3;
		f.keep();
		expect(await f.save()).toBe(false);
		expect(f.error).toEqual({ id: 'heaviness-0', text: m.storage.problem.full });
		expect(f.heaviness).toBe(3);
		expect(storage.items.size).toBe(1);
	});
});
