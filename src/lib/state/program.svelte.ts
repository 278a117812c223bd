// The person's program and its plan for today, loaded from storage and derived with buildPlan.

import { now } from '$lib/device/clock';
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
	/** Walk tests of this program, oldest first: the baseline and re-tests. */
	tests = $state.raw<WalkTestRecord[]>([]);
	baseline = $derived(this.tests.find((t) => t.id === this.program?.baselineTestId) ?? null);
	done = $state.raw<DoneSession[]>([]);
	today = $state(toIsoDate(now()));
	result = $derived(
		this.program ? buildPlan(settingsOf(this.program, this.baseline), this.done, this.today) : null
	);
	plan = $derived(this.result?.ok ? this.result.plan : null);
	/** A walk test other than the baseline, done in the current program week. */
	retestThisWeek = $derived.by(() => {
		const week = this.plan?.current;
		if (!week) return null;
		return (
			this.tests.find((t) => {
				const date = toIsoDate(t.at);
				return t.id !== this.program?.baselineTestId && date >= week.start && date <= week.end;
			}) ?? null
		);
	});

	/** Waits for storage, then loads; with no storage there is nothing to show. */
	async open(): Promise<void> {
		await app.start();
		if (app.storageProblem) this.loaded = true;
		else await this.load();
	}

	async load(): Promise<void> {
		try {
			this.today = toIsoDate(now());
			const program = await activeProgram();
			if (program) {
				this.tests = await walkTestsFor(program.id);
				this.done = await doneSessions(program.id);
			}
			this.program = program;
		} finally {
			this.loaded = true;
		}
	}
}
