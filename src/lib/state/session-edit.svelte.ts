// Changing a saved walk's times and pain levels: the form's text, what is wrong with it, and the
// draft that keeps what was typed across Back, a reload or a killed tab until it is saved or
// cancelled. The rules of what an edit may do live in walk/edit.ts.

import { clearDraft, readDraft, writeDraft } from '$lib/device/drafts';
import * as m from '$lib/messages';
import type { PainLevel } from '$lib/program/pain-scale';
import type { SessionRecord } from '$lib/storage/schema';

import { boutFields, type BoutFields, type FieldProblem } from '$lib/walk/edit';
import { parseMinutes } from '$lib/walk/manual';
import type { WalkEvent } from '$lib/walk/timeline';

/** What the form edits: a walk, its events, and the way an edit is stored (SessionState). */
export interface EditTarget {
	readonly session: SessionRecord | null;
	readonly events: readonly WalkEvent[];
	edit(
		wanted: readonly BoutFields[]
	): Promise<{ ok: true } | { ok: false; problems: FieldProblem[] | null }>;
}

interface Draft {
	bouts: number;
	onsetText: string[];
	stopText: string[];
	levelText: string[];
}

type Field = 'onset' | 'stop';

/** Minutes and seconds as a person types them: 4:30. */
function clockText(ms: number): string {
	const s = Math.round(ms / 1000);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class SessionEdit {
	editing = $state(false);
	saved = $state(false);
	/** The change could not be stored. */
	failed = $state(false);
	fields = $state.raw<BoutFields[]>([]);
	onsetText = $state<string[]>([]);
	stopText = $state<string[]>([]);
	levelText = $state<string[]>([]);
	#problems = $state.raw<FieldProblem[]>([]);
	#unreadable = $state.raw<{ index: number; field: Field }[]>([]);
	#resumed = false;
	#target: EditTarget;

	constructor(target: EditTarget) {
		this.#target = target;
	}

	get #key(): string {
		return `edit:${this.#target.session?.id ?? ''}`;
	}

	#formFields(): BoutFields[] {
		const session = this.#target.session;
		return session ? boutFields(this.#target.events, session.endedAt ?? session.startedAt) : [];
	}

	/** Opens the form with the walk as recorded. */
	start(): void {
		if (!this.#target.session) return;
		this.fields = this.#formFields();
		this.onsetText = this.fields.map((f) => (f.onsetMs === null ? '' : clockText(f.onsetMs)));
		this.stopText = this.fields.map((f) => (f.stopMs === null ? '' : clockText(f.stopMs)));
		this.levelText = this.fields.map((f) => (f.level === null ? '' : String(f.level)));
		this.#problems = [];
		this.#unreadable = [];
		this.saved = false;
		this.editing = true;
	}

	/** Once the walk is read: a form left open with changes comes back as it was typed. */
	resume(): void {
		if (this.#resumed || !this.#target.session) return;
		this.#resumed = true;
		const draft = readDraft<Draft>(this.#key);
		if (!draft) return;
		this.start();
		const fits = (list: unknown): list is string[] =>
			Array.isArray(list) &&
			list.length === this.fields.length &&
			list.every((t) => typeof t === 'string');
		if (
			draft.bouts !== this.fields.length ||
			!fits(draft.onsetText) ||
			!fits(draft.stopText) ||
			!fits(draft.levelText)
		) {
			// The walk changed since: the form opens as recorded, and the old draft goes.
			clearDraft(this.#key);
			return;
		}
		this.onsetText = draft.onsetText;
		this.stopText = draft.stopText;
		this.levelText = draft.levelText;
	}

	/** Keeps what the form holds now (called as the person types). */
	remember(): void {
		if (!this.editing) return;
		writeDraft(this.#key, {
			bouts: this.fields.length,
			onsetText: this.onsetText,
			stopText: this.stopText,
			levelText: this.levelText
		} satisfies Draft);
	}

	cancel(): void {
		this.editing = false;
		clearDraft(this.#key);
	}

	async save(): Promise<void> {
		const unreadable: { index: number; field: Field }[] = [];
		const wanted = this.fields.map((f, i) => {
			const onset = f.hasOnset ? parseMinutes(this.onsetText[i] ?? '') : null;
			const stop = f.hasStop ? parseMinutes(this.stopText[i] ?? '') : null;
			if (f.hasOnset && onset === null) unreadable.push({ index: f.index, field: 'onset' });
			if (f.hasStop && stop === null) unreadable.push({ index: f.index, field: 'stop' });
			const level = Number(this.levelText[i]);
			return {
				...f,
				onsetMs: onset ?? f.onsetMs,
				stopMs: stop ?? f.stopMs,
				level: (f.level === null && !this.levelText[i] ? null : level) as PainLevel | null
			};
		});
		this.#unreadable = unreadable;
		if (unreadable.length) {
			this.#problems = [];
			return;
		}
		const result = await this.#target.edit(wanted);
		if (result.ok) {
			this.editing = false;
			this.saved = true;
			this.#problems = [];
			this.failed = false;
			clearDraft(this.#key);
		} else if (result.problems) {
			this.#problems = result.problems;
		} else {
			this.failed = true;
		}
	}

	/** What is wrong with one field, in words; empty when nothing is. */
	errorOf(index: number, field: Field): string {
		if (this.#unreadable.some((u) => u.index === index && u.field === field)) {
			return m.history.editUnreadable;
		}
		const p = this.#problems.find((x) => x.index === index && x.field === field);
		return p ? m.records.editProblem[p.problem] : '';
	}

	/** Every problem, for the summary at the top of the form, each linked to its field. */
	get errors(): { id: string; text: string }[] {
		return this.fields.flatMap((f) =>
			(['onset', 'stop'] as const).flatMap((field) => {
				const text = this.errorOf(f.index, field);
				return text
					? [{ id: `${field}-${f.index}`, text: m.history.editError(f.index, text) }]
					: [];
			})
		);
	}
}
