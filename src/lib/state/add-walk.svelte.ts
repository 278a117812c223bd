// Adding a walk done without the app: the form's fields (kept as a draft until saved), read as
// minutes, checked by walk/manual.ts's rules, and saved as the taps a live walk would have had.

import { clearDraft, keepDraft, readDraft } from '$lib/device/drafts';
import { toIsoDate } from '$lib/dates';
import * as m from '$lib/messages';
import {
	parseMinutes,
	type ManualField,
	type ManualProblem,
	type ManualWalk
} from '$lib/walk/manual';

const DRAFT = 'addWalk';
/** The fields in the order the form shows them, which is the order of the error summary. */
export const MANUAL_FIELDS: ManualField[] = [
	'date',
	'time',
	'active',
	'onset',
	'rests',
	'longest',
	'restTime'
];
const DEFAULT_TIME = '10:00';

type Problem = ManualProblem | 'unreadable';
export type AddWalkResult =
	| { ok: true; id: string }
	| { ok: false; problems: Partial<Record<ManualField, ManualProblem>> | null };

/** What the form needs from the rest of the app. */
export interface AddWalkPorts {
	now(): number;
	addWalk(walk: ManualWalk): Promise<AddWalkResult>;
}

export class AddWalkForm {
	values = $state<Record<ManualField, string>>({
		date: '',
		time: DEFAULT_TIME,
		active: '',
		onset: '',
		longest: '',
		rests: '0',
		restTime: ''
	});
	problems = $state<Partial<Record<ManualField, Problem>>>({});
	/** The walk could not be stored. */
	failed = $state(false);
	#ports: AddWalkPorts;

	constructor(ports: AddWalkPorts) {
		this.#ports = ports;
		this.values.date = toIsoDate(ports.now());
		const kept = readDraft<Partial<Record<ManualField, unknown>>>(DRAFT);
		for (const f of MANUAL_FIELDS) {
			const v = kept?.[f];
			if (typeof v === 'string') this.values[f] = v;
		}
	}

	/** Anything typed beyond what a new form shows. */
	get typed(): boolean {
		const v = this.values;
		return !!(v.active || v.onset || v.longest || v.restTime) || v.rests !== '0';
	}

	/** Keeps what was typed as the draft; called whenever it changes. */
	keep(): void {
		keepDraft(DRAFT, { ...this.values }, this.typed);
	}

	errorOf(f: ManualField): string {
		const p = this.problems[f];
		return p ? m.records.manualProblem[p] : '';
	}

	errors = $derived(
		MANUAL_FIELDS.flatMap((f) =>
			this.problems[f] ? [{ id: `manual-${f}`, text: this.errorOf(f) }] : []
		)
	);

	/** The form as new, and its draft gone. */
	startAgain(): void {
		this.values = {
			date: toIsoDate(this.#ports.now()),
			time: DEFAULT_TIME,
			active: '',
			onset: '',
			longest: '',
			rests: '0',
			restTime: ''
		};
		this.problems = {};
		clearDraft(DRAFT);
	}

	/** Reads and saves the walk; its id once stored. */
	async save(): Promise<string | null> {
		this.failed = false;
		const v = this.values;
		const unreadable: Partial<Record<ManualField, Problem>> = {};
		const minutes = (f: 'active' | 'onset' | 'longest' | 'restTime') => {
			const ms = parseMinutes(v[f]);
			if (v[f].trim() && ms === null) unreadable[f] = 'unreadable';
			return ms;
		};
		const activeMs = minutes('active');
		const onsetMs = minutes('onset');
		const longestMs = minutes('longest');
		const restMs = minutes('restTime');
		this.problems = unreadable;
		if (Object.keys(unreadable).length) return null;
		const result = await this.#ports.addWalk({
			date: v.date,
			time: v.time,
			activeMs: activeMs ?? 0,
			onsetMs,
			longestMs,
			rests: /^\s*\d{1,2}\s*$/.test(v.rests) ? Number(v.rests) : NaN,
			restMs: restMs ?? 0
		});
		if (result.ok) {
			clearDraft(DRAFT);
			return result.id;
		}
		if (result.problems) this.problems = result.problems;
		else this.failed = true;
		return null;
	}
}
