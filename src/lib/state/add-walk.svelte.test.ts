import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	dropMemoryStorage,
	useMemoryStorage,
	type MemoryStorage
} from '$lib/device/memory-storage';
import { parseIsoDate } from '$lib/dates';
import * as m from '$lib/messages';
import type { ManualWalk } from '$lib/walk/manual';
import { AddWalkForm, type AddWalkPorts, type AddWalkResult } from './add-walk.svelte';

let storage: MemoryStorage;
beforeEach(() => {
	storage = useMemoryStorage();
});
afterEach(dropMemoryStorage);

const NOW = parseIsoDate('2026-12-03').getTime() + 15 * 3_600_000;

function form(answer: (walk: ManualWalk) => AddWalkResult = () => ({ ok: true, id: 'w1' })) {
	const added: ManualWalk[] = [];
	const ports: AddWalkPorts = {
		now: () => NOW,
		addWalk: async (walk) => (added.push(walk), answer(walk))
	};
	return { f: new AddWalkForm(ports), added };
}

describe('adding a walk done without the app', () => {
	it('starts on today at ten, with no rests, and nothing to clear', () => {
		const { f } = form();
		expect(f.values).toEqual({
			date: '2026-12-03',
			time: '10:00',
			active: '',
			onset: '',
			longest: '',
			rests: '0',
			restTime: ''
		});
		expect(f.typed).toBe(false);
	});

	it('reads minutes as typed, and saves the walk', async () => {
		const { f, added } = form();
		Object.assign(f.values, {
			date: '2026-12-01',
			active: '25:30',
			onset: '4',
			rests: ' 2 ',
			longest: '12',
			restTime: '3'
		});
		expect(await f.save()).toBe('w1');
		expect(added).toEqual([
			{
				date: '2026-12-01',
				time: '10:00',
				activeMs: 25.5 * 60_000,
				onsetMs: 4 * 60_000,
				longestMs: 12 * 60_000,
				rests: 2,
				restMs: 3 * 60_000
			}
		]);
	});

	it('refuses minutes it cannot read, at the field and in the summary, and stores nothing', async () => {
		const { f, added } = form();
		f.values.active = 'twenty';
		f.values.restTime = '5 min';
		expect(await f.save()).toBe(null);
		expect(added).toEqual([]);
		expect(f.errorOf('active')).toBe(m.records.manualProblem.unreadable);
		expect(f.errors.map((e) => e.id)).toEqual(['manual-active', 'manual-restTime']);
		// Mended, the problems go.
		f.values.active = '20';
		f.values.restTime = '5';
		await f.save();
		expect(f.errors).toEqual([]);
	});

	it('shows the rules’ problems in the order of the form, and a count that is not a number', async () => {
		const { f, added } = form(() => ({
			ok: false,
			problems: { longest: 'longestOverActive', rests: 'notNumber', date: 'future' }
		}));
		f.values.rests = 'two';
		expect(await f.save()).toBe(null);
		expect(Number.isNaN(added[0]!.rests)).toBe(true);
		expect(f.errors).toEqual([
			{ id: 'manual-date', text: m.records.manualProblem.future },
			{ id: 'manual-rests', text: m.records.manualProblem.notNumber },
			{ id: 'manual-longest', text: m.records.manualProblem.longestOverActive }
		]);
		expect(f.failed).toBe(false);
	});

	it('says when the walk could not be stored, and keeps what was typed', async () => {
		const { f } = form(() => ({ ok: false, problems: null }));
		f.values.active = '20';
		f.keep();
		expect(await f.save()).toBe(null);
		expect(f.failed).toBe(true);
		expect(f.values.active).toBe('20');
		expect(
			new AddWalkForm({ now: () => NOW, addWalk: async () => ({ ok: true, id: 'x' }) }).values
				.active
		).toBe('20');
	});

	it('keeps a draft while something is typed, brings it back, and drops it once saved', async () => {
		const first = form().f;
		first.values.active = '18';
		first.values.time = '08:15';
		first.keep();
		const { f } = form();
		expect([f.values.active, f.values.time]).toEqual(['18', '08:15']);
		expect(f.typed).toBe(true);
		await f.save();
		expect(form().f.values.active).toBe('');
	});

	it('keeps no draft of an untouched form, and "Clear the form" starts again', () => {
		const { f } = form();
		f.keep();
		expect(storage.length).toBe(0);
		f.values.onset = '3';
		f.values.date = '2026-11-30';
		f.keep();
		expect(storage.length).toBe(1);
		f.problems = { onset: 'onsetAfterLongest' };
		f.startAgain();
		expect(f.values.onset).toBe('');
		expect(f.values.date).toBe('2026-12-03');
		expect(f.errors).toEqual([]);
		expect(storage.length).toBe(0);
	});

	it('ignores a damaged draft', () => {
		storage.setItem('legwork-draft:addWalk', '{"active": 20, "onset": "3"');
		expect(form().f.values.active).toBe('');
		storage.setItem('legwork-draft:addWalk', JSON.stringify({ active: 20, onset: '3' }));
		const { f } = form();
		expect([f.values.active, f.values.onset]).toEqual(['', '3']);
	});
});
