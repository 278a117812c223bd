// The symptom diary and the vein track's day, live: entries, breaks, today's counts, and the
// actions that add to them. A new entry is checked against the safety rule book as it is saved.

import { now } from '$lib/device/clock';
import { toIsoDate } from '$lib/dates';
import {
	checkEntry,
	dayPlan,
	guidanceFor,
	type BreakKind,
	type DiaryEntry,
	type DiaryGuidance,
	type EntryProblem
} from '$lib/diary/diary';
const repo = () => import('$lib/storage/repo');
import type { BreakRecord, SymptomRecord } from '$lib/storage/schema';
import { LiveQuery } from './live.svelte';

export class DiaryState {
	#entries = new LiveQuery((r) => r.allDiaryEntries(), { answer: [] });
	#breaks = new LiveQuery((r) => r.allBreaks(), { answer: [] });
	today = $state(toIsoDate(now()));

	get entries(): SymptomRecord[] {
		return this.#entries.current ?? [];
	}
	get breaks(): BreakRecord[] {
		return this.#breaks.current ?? [];
	}
	get loaded(): boolean {
		return this.#entries.current !== undefined && this.#breaks.current !== undefined;
	}

	/** The newest entry, which sets how many leg-raising breaks today needs. */
	latest = $derived(this.entries[this.entries.length - 1] ?? null);
	plan = $derived(dayPlan(this.latest));
	todayCount = $derived.by(() => {
		const counts: Record<BreakKind, number> = { elevation: 0, calfPump: 0 };
		for (const b of this.breaks) if (b.date === this.today) counts[b.kind]++;
		return counts;
	});

	/** Saves an entry; what is wrong with it, or the guidance it brings. */
	async save(
		entry: Omit<DiaryEntry, 'date'>
	): Promise<
		{ ok: true; guidance: DiaryGuidance } | { ok: false; problem: EntryProblem | 'storage' }
	> {
		const at = now();
		// A plain copy: a page's reactive arrays cannot be stored as they are.
		const plain = $state.snapshot(entry) as Omit<DiaryEntry, 'date'>;
		const full: DiaryEntry = { ...plain, date: toIsoDate(at), note: plain.note?.trim() || null };
		const problem = checkEntry(full);
		if (problem) return { ok: false, problem };
		try {
			// Read afresh: the live lists may not have been read on this page yet.
			const { addDiaryEntry, allBreaks, allDiaryEntries } = await repo();
			const [earlier, breaks] = await Promise.all([allDiaryEntries(), allBreaks()]);
			// A plain set for one rule check, never shown: no reactivity needed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const raisedOn = new Set(breaks.filter((b) => b.kind === 'elevation').map((b) => b.date));
			const guidance = guidanceFor(full, earlier, raisedOn);
			await addDiaryEntry({ ...full, at });
			return { ok: true, guidance };
		} catch {
			return { ok: false, problem: 'storage' };
		}
	}

	async logBreak(kind: BreakKind, durationMs: number | null = null): Promise<boolean> {
		const at = now();
		try {
			await (await repo()).addBreak({ at, date: toIsoDate(at), kind, durationMs });
			return true;
		} catch {
			return false;
		}
	}
}
