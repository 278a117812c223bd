// Settings' forms: the contacts, the cues and looks, and the program's days, track and length;
// each change checked, with its message, and what was saved said in one status line.

import type { IsoDate, Weekday } from '$lib/dates';
import * as m from '$lib/messages';
import { checkSchedule, extendedWeeks, scheduleOn } from '$lib/program/plan';
import type { Schedule, TimeOfDay, Track } from '$lib/program/types';
import { checkContacts, type Contacts } from '$lib/safety/contacts';
import type { Preferences, ProgramRecord } from '$lib/storage/schema';

/** What Settings needs from the rest of the app: the stored choices and the program. */
export interface SettingsPorts {
	contacts(): Contacts;
	saveContacts(contacts: Contacts): Promise<boolean>;
	savePreferences(patch: Partial<Preferences>): Promise<boolean>;
	program(): ProgramRecord | null;
	today(): IsoDate;
	changeSchedule(next: Omit<Schedule, 'from'>): Promise<boolean>;
	extend(weeks: number): Promise<boolean>;
}

export class SettingsForm {
	/** What the last change did, in words: saved, or why not. */
	saved = $state<string | null>(null);
	emergencyNumber = $state('');
	careTeamName = $state('');
	careTeamPhone = $state('');
	contactErrors = $state<{ emergency?: string; care?: string }>({});
	contactsSaved = $state<string | null>(null);
	days = $state<Weekday[]>([]);
	timeOfDay = $state<TimeOfDay>('morning');
	track = $state<Track>('pad');
	scheduleError = $state<string | null>(null);

	#ports: SettingsPorts;

	constructor(ports: SettingsPorts) {
		this.#ports = ports;
	}

	/** The stored contacts, once read, in the fields. */
	loadContacts(): void {
		const c = this.#ports.contacts();
		this.emergencyNumber = c.emergencyNumber;
		this.careTeamName = c.careTeamName;
		this.careTeamPhone = c.careTeamPhone;
	}

	/** The program's days, time and track as they are today, in the fields. */
	loadSchedule(): void {
		const program = this.#ports.program();
		if (!program) return;
		const current = scheduleOn(program.schedules, this.#ports.today());
		this.days = [...current.days];
		this.timeOfDay = current.timeOfDay;
		this.track = current.track;
	}

	/**
	 * A bad number is refused at its field, and the last good one stays in use. Returns the id of
	 * the field to put the focus on, or null once saved.
	 */
	async saveContacts(): Promise<string | null> {
		const checked = checkContacts({
			emergencyNumber: this.emergencyNumber,
			careTeamName: this.careTeamName,
			careTeamPhone: this.careTeamPhone
		});
		if (!checked.ok) {
			this.contactErrors = {
				emergency: checked.emergency ? m.contacts.emergencyError : undefined,
				care: checked.care ? m.contacts.careError : undefined
			};
			this.contactsSaved = m.contacts.kept(this.#ports.contacts().emergencyNumber);
			return checked.emergency ? 'emergency-number' : 'care-phone';
		}
		this.contactErrors = {};
		const ok = await this.#ports.saveContacts(checked.contacts);
		this.contactsSaved = ok ? m.contacts.saved : m.storage.problem.failed;
		return null;
	}

	async setPreference(patch: Partial<Preferences>): Promise<void> {
		const ok = await this.#ports.savePreferences(patch);
		this.saved = ok ? m.settings.saved : m.storage.problem.failed;
	}

	/** New days, time or track from today on. Returns the field to focus when refused. */
	async saveSchedule(): Promise<string | null> {
		if (!this.#ports.program()) return null;
		const error = checkSchedule({ days: this.days, track: this.track });
		if (error) {
			this.scheduleError = m.plan.error(error);
			return 'day-0';
		}
		this.scheduleError = null;
		const ok = await this.#ports.changeSchedule({
			days: [...this.days].sort(),
			timeOfDay: this.timeOfDay,
			track: this.track
		});
		this.saved = ok ? m.settings.daysSaved : m.storage.problem.failed;
		return null;
	}

	/** Four more weeks, up to the longest program. */
	async extend(): Promise<void> {
		const program = this.#ports.program();
		if (!program) return;
		const weeks = extendedWeeks(program.weeks);
		if (weeks === null) {
			this.saved = m.settings.longest(program.weeks);
			return;
		}
		this.saved = (await this.#ports.extend(4))
			? m.settings.extended(weeks)
			: m.storage.problem.failed;
	}
}
