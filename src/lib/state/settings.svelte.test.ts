import { describe, expect, it } from 'vitest';
import * as m from '$lib/messages';
import { MAX_PROGRAM_WEEKS } from '$lib/program/plan';
import type { Contacts } from '$lib/safety/contacts';
import type { ProgramRecord } from '$lib/storage/schema';
import { SettingsForm, type SettingsPorts } from './settings.svelte';

const program = (weeks = 12) =>
	({
		id: 'p1',
		startDate: '2026-11-02',
		weeks,
		schedules: [
			{ from: '2026-11-02', days: [0, 2, 4], timeOfDay: 'morning', track: 'pad' },
			{ from: '2026-11-16', days: [1, 3, 5], timeOfDay: 'evening', track: 'both' }
		]
	}) as unknown as ProgramRecord;

/** Settings over a device that keeps what it is given, or whose disk is full. */
function settings(options: { store?: 'works' | 'full'; weeks?: number; noProgram?: boolean } = {}) {
	let contacts: Contacts = { emergencyNumber: '999', careTeamName: 'Clinic', careTeamPhone: '' };
	const kept: { schedules: unknown[]; extended: number[]; preferences: unknown[] } = {
		schedules: [],
		extended: [],
		preferences: []
	};
	const works = options.store !== 'full';
	const ports: SettingsPorts = {
		contacts: () => contacts,
		saveContacts: async (c) => {
			if (works) contacts = c;
			return works;
		},
		savePreferences: async (p) => (kept.preferences.push(p), works),
		program: () => (options.noProgram ? null : program(options.weeks)),
		today: () => '2026-11-23',
		changeSchedule: async (s) => (kept.schedules.push(s), works),
		extend: async (w) => (kept.extended.push(w), works)
	};
	return { f: new SettingsForm(ports), kept, contacts: () => contacts };
}

describe('Settings', () => {
	it('shows the schedule of today and the stored contacts', () => {
		const { f } = settings();
		f.loadSchedule();
		f.loadContacts();
		expect([f.days, f.timeOfDay, f.track]).toEqual([[1, 3, 5], 'evening', 'both']);
		expect([f.emergencyNumber, f.careTeamName]).toEqual(['999', 'Clinic']);
	});

	it('refuses a bad number at its field and keeps the last good one', async () => {
		const { f, contacts } = settings();
		f.loadContacts();
		f.emergencyNumber = 'call me';
		expect(await f.saveContacts()).toBe('emergency-number');
		expect(f.contactErrors.emergency).toBe(m.contacts.emergencyError);
		expect(f.contactsSaved).toBe(m.contacts.kept('999'));
		f.emergencyNumber = '112';
		f.careTeamPhone = 'ask at the desk';
		expect(await f.saveContacts()).toBe('care-phone');
		f.careTeamPhone = '020 7946 0000';
		expect(await f.saveContacts()).toBeNull();
		expect([f.contactErrors, f.contactsSaved]).toEqual([{}, m.contacts.saved]);
		expect(contacts().emergencyNumber).toBe('112');
	});

	it('refuses too few walking days for the track, saves enough from today on', async () => {
		const { f, kept } = settings();
		f.loadSchedule();
		f.days = [1];
		expect(await f.saveSchedule()).toBe('day-0');
		expect(f.scheduleError).toMatch(/at least 3 days/);
		expect(kept.schedules).toEqual([]);
		f.days = [5, 1, 3];
		expect(await f.saveSchedule()).toBeNull();
		expect(f.scheduleError).toBeNull();
		expect(kept.schedules).toEqual([{ days: [1, 3, 5], timeOfDay: 'evening', track: 'both' }]);
		expect(f.saved).toBe(m.settings.daysSaved);
	});

	it('makes the program four weeks longer, up to the longest', async () => {
		const longer = settings();
		await longer.f.extend();
		expect([longer.kept.extended, longer.f.saved]).toEqual([[4], m.settings.extended(16)]);
		const longest = settings({ weeks: MAX_PROGRAM_WEEKS });
		await longest.f.extend();
		expect([longest.kept.extended, longest.f.saved]).toEqual([
			[],
			m.settings.longest(MAX_PROGRAM_WEEKS)
		]);
	});

	it('says when a change could not be saved', async () => {
		const { f } = settings({ store: 'full' });
		await f.setPreference({ speech: false });
		expect(f.saved).toBe(m.storage.problem.failed);
		f.loadSchedule();
		await f.saveSchedule();
		expect(f.saved).toBe(m.storage.problem.failed);
		f.loadContacts();
		await f.saveContacts();
		expect(f.contactsSaved).toBe(m.storage.problem.failed);
	});

	it('without a program, nothing to change', async () => {
		const { f, kept } = settings({ noProgram: true });
		f.loadSchedule();
		expect(f.days).toEqual([]);
		expect(await f.saveSchedule()).toBeNull();
		await f.extend();
		expect([kept.schedules, kept.extended, f.saved]).toEqual([[], [], null]);
	});
});
