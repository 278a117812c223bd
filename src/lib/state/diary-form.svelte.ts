// The diary's form: what is chosen and typed, kept as a draft until saved (device/drafts.ts);
// saving it, with the message for what is missing, and the guidance the entry brings.

import { clearDraft, readDraft, writeDraft } from '$lib/device/drafts';
import type {
	DiaryEntry,
	DiaryGuidance,
	EntryProblem,
	PainPlace,
	SwellingLevel
} from '$lib/diary/diary';
import type { StorageProblem } from '$lib/storage/db';
import type { Legs } from '$lib/program/types';
import * as m from '$lib/messages';

export type DiaryFlag = keyof typeof m.diary.flagName;

const DRAFT = 'diary';

interface Draft {
	heaviness: number | null;
	swelling: SwellingLevel | null;
	swellingSide: Legs | null;
	painWhere: PainPlace[];
	painSide: Legs | null;
	flags: DiaryFlag[];
	note: string;
}

/** What the form needs from the rest of the app. */
export interface DiaryFormPorts {
	save(
		entry: Omit<DiaryEntry, 'date'>
	): Promise<
		{ ok: true; guidance: DiaryGuidance } | { ok: false; problem: EntryProblem | 'storage' }
	>;
	/** After a save: what to do now is read again from every record (as Today says it). */
	saved(): Promise<void>;
	storageProblem(): StorageProblem | null;
	/** PAD, or a cause not yet known: where the leg hurts is asked first; veins: heaviness. */
	painFirst(): boolean;
}

export class DiaryForm {
	heaviness = $state<number | null>(null);
	swelling = $state<SwellingLevel | null>(null);
	swellingSide = $state<Legs | null>(null);
	painWhere = $state<PainPlace[]>([]);
	painSide = $state<Legs | null>(null);
	flags = $state<DiaryFlag[]>([]);
	note = $state('');
	error = $state<{ id: string; text: string } | null>(null);
	/** The guidance of the entry just saved; null until one is. */
	saved = $state<DiaryGuidance | null>(null);
	/** "More about today" is open. */
	details = $state(false);

	hasContent = $derived(
		this.heaviness !== null ||
			!!this.swelling ||
			this.painWhere.length > 0 ||
			this.flags.length > 0 ||
			!!this.note
	);

	#ports: DiaryFormPorts;

	constructor(ports: DiaryFormPorts) {
		this.#ports = ports;
		const kept = readDraft<Draft>(DRAFT);
		this.heaviness = typeof kept?.heaviness === 'number' ? kept.heaviness : null;
		this.swelling = kept?.swelling ?? null;
		this.swellingSide = kept?.swellingSide ?? null;
		this.painWhere = Array.isArray(kept?.painWhere) ? kept.painWhere : [];
		this.painSide = kept?.painSide ?? null;
		this.flags = Array.isArray(kept?.flags) ? kept.flags : [];
		this.note = typeof kept?.note === 'string' ? kept.note : '';
	}

	/** Keeps what the form holds as its draft; called whenever it changes. */
	keep(): void {
		const draft: Draft = {
			heaviness: this.heaviness,
			swelling: this.swelling,
			swellingSide: this.swellingSide,
			painWhere: this.painWhere,
			painSide: this.painSide,
			flags: this.flags,
			note: this.note
		};
		if (this.hasContent) writeDraft(DRAFT, draft);
		else clearDraft(DRAFT);
	}

	/** Saves the entry; true when saved. What is missing is said at its field. */
	async save(): Promise<boolean> {
		this.saved = null;
		const result = await this.#ports.save({
			heaviness: this.heaviness,
			swelling: this.swelling,
			swellingSide: this.swelling && this.swelling !== 'none' ? this.swellingSide : null,
			painWhere: this.painWhere,
			painSide: this.painWhere.length ? this.painSide : null,
			nightCramps: this.flags.includes('nightCramps'),
			skinChanges: this.flags.includes('skinChanges'),
			tingling: this.flags.includes('tingling'),
			newMedicine: this.flags.includes('newMedicine'),
			note: this.note
		});
		if (result.ok) {
			this.error = null;
			await this.#ports.saved();
			this.saved = result.guidance;
			this.#clear();
			return true;
		}
		if (result.problem === 'swellingSide') {
			this.details = true;
			this.error = { id: 'side-left', text: m.diary.swellingSideMissing };
		} else if (result.problem === 'storage') {
			const problem = this.#ports.storageProblem() ?? 'failed';
			this.error = { id: 'heaviness-0', text: m.storage.problem[problem] };
		} else {
			this.error = this.#ports.painFirst()
				? { id: 'place-calf', text: m.diary.emptyPain }
				: { id: 'heaviness-0', text: m.diary.empty };
		}
		return false;
	}

	#clear(): void {
		this.heaviness = null;
		this.swelling = null;
		this.swellingSide = null;
		this.painWhere = [];
		this.painSide = null;
		this.flags = [];
		this.note = '';
		clearDraft(DRAFT);
	}
}
