// The person's program and its plan for today, loaded from storage and derived with buildPlan.

import { toIsoDate } from '$lib/dates';
import { buildPlan, type ProgramSettings } from '$lib/program/plan';
import type { DoneSession } from '$lib/program/types';
import { app } from './app.svelte';
import { activeProgram, doneSessions, walkTestsFor } from '$lib/storage/repo';
import type { ProgramRecord, WalkTestRecord } from '$lib/storage/schema';

export function settingsOf(
	program: ProgramRecord,
	baseline: WalkTestRecord | null
): ProgramSettings {
	return {
		startDate: program.startDate,
		weeks: program.weeks,
		schedules: program.schedules,
		baseline: baseline
			? {
					method: baseline.method,
					onsetMs: baseline.onsetMs,
					maxWalkMs: baseline.maxWalkMs,
					distanceM: baseline.distanceM
				}
			: null
	};
}

export class ProgramState {
	loaded = $state(false);
	program = $state.raw<ProgramRecord | null>(null);
	baseline = $state.raw<WalkTestRecord | null>(null);
	done = $state.raw<DoneSession[]>([]);
	today = $state(toIsoDate(Date.now()));
	result = $derived(
		this.program ? buildPlan(settingsOf(this.program, this.baseline), this.done, this.today) : null
	);
	plan = $derived(this.result?.ok ? this.result.plan : null);

	/** Waits for storage, then loads; with no storage there is nothing to show. */
	async open(): Promise<void> {
		await app.start();
		if (app.storageProblem) this.loaded = true;
		else await this.load();
	}

	async load(): Promise<void> {
		try {
			this.today = toIsoDate(Date.now());
			const program = await activeProgram();
			if (program) {
				const tests = await walkTestsFor(program.id);
				this.baseline = tests.find((t) => t.id === program.baselineTestId) ?? null;
				this.done = await doneSessions(program.id);
			}
			this.program = program;
		} finally {
			this.loaded = true;
		}
	}
}
