// The person's program and its plan for today, loaded from storage and derived with buildPlan.

import { now } from '$lib/device/clock';
import { toIsoDate } from '$lib/dates';
import { buildPlan, type ProgramSettings } from '$lib/program/plan';
import { doneOf } from '$lib/progress/done';
import type { DoneSession } from '$lib/program/types';
import { app } from './app.svelte';
import type { CareState } from './care.svelte';
import type { createProgram } from '$lib/storage/repo';

// The database code is loaded when the program is first read, after the page is drawn.
const repo = () => import('$lib/storage/repo');
import { withSchedule } from '$lib/program/plan';
import type { Schedule } from '$lib/program/types';
import type {
	ProgramRecord,
	ReviewRecord,
	SessionRecord,
	WalkTestInput,
	WalkTestRecord
} from '$lib/storage/schema';

export function settingsOf(
	program: ProgramRecord,
	baseline: WalkTestRecord | null,
	reviews: readonly ReviewRecord[] = [],
	careHold = false
): ProgramSettings {
	return {
		careHold,
		staying: reviews
			.filter((r) => r.programId === program.id && r.goal === 'repeat' && !r.deletedAt)
			.map((r) => r.weekStart),
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

/** Starts a program from onboarding's answers: the program, its baseline and the safety answers. */
export async function startProgram(
	...args: Parameters<typeof createProgram>
): ReturnType<typeof createProgram> {
	return (await repo()).createProgram(...args);
}

export class ProgramState {
	loaded = $state(false);
	program = $state.raw<ProgramRecord | null>(null);
	/** Walk tests of this program, oldest first: the baseline and re-tests. */
	tests = $state.raw<WalkTestRecord[]>([]);
	baseline = $derived(this.tests.find((t) => t.id === this.program?.baselineTestId) ?? null);
	done = $state.raw<DoneSession[]>([]);
	/**
	 * Every finished session of every program, newest first, as last read: undefined before, and
	 * on a page without a care status, which reads only this program's walks. The
	 * plan's walks are this program's; the care status reads them all (`CareState.load`), so a
	 * page that shows both reads every walk once.
	 */
	sessions = $state.raw<SessionRecord[] | undefined>(undefined);
	reviews = $state.raw<ReviewRecord[]>([]);
	today = $state(toIsoDate(now()));
	readonly #care: Pick<CareState, 'status'> | null;
	/**
	 * The care status asks to talk to the care team first: this week keeps last week's target.
	 * Followed from the page's care status, so every page that shows the plan agrees. A value of
	 * its own, so the plan is built again only when the hold changes, not whenever the status
	 * is read (with a year of walks, building the plan is a large part of drawing Today).
	 */
	careHold = $derived.by(() => !(this.#care?.status?.mayWalk ?? true));

	readonly #ahead: number | undefined;

	/**
	 * With the page's care status, where the page shows the plan or today's walk. `ahead`: the
	 * weeks after the current one the page shows (every one by default; Today, 1).
	 */
	constructor(care: Pick<CareState, 'status'> | null = null, { ahead }: { ahead?: number } = {}) {
		this.#care = care;
		this.#ahead = ahead;
	}
	result = $derived.by(() =>
		this.program
			? buildPlan(
					settingsOf(this.program, this.baseline, this.reviews, this.careHold),
					this.done,
					this.today,
					{ ahead: this.#ahead }
				)
			: null
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
		// A first visit: no program, and that is known without the database code.
		if (await app.firstVisit()) this.loaded = true;
		await app.start();
		if (app.storageProblem) this.loaded = true;
		else await this.load();
	}

	async load(): Promise<void> {
		try {
			this.today = toIsoDate(now());
			const r = await repo();
			// With a care status, every walk (the care status reads them all); else this program's.
			const [program, sessions] = await Promise.all([
				r.activeProgram(),
				this.#care ? r.allFinishedSessions() : undefined
			]);
			if (program) {
				this.tests = await r.walkTestsFor(program.id);
				this.done = sessions ? doneOf(sessions, program.id) : await r.doneSessions(program.id);
				this.reviews = await r.allReviews();
			}
			this.sessions = sessions;
			this.program = program;
		} finally {
			this.loaded = true;
		}
	}

	/** A re-test: stored with the program, and the plan read again. */
	async addTest(result: Omit<WalkTestInput, 'programId' | 'at'>): Promise<boolean> {
		const program = this.program;
		if (!program) return false;
		const at = now();
		try {
			await (await repo()).addWalkTest({ ...result, programId: program.id, at });
			await this.load();
			return true;
		} catch {
			return false;
		}
	}

	/** New walking days (and track) from today on; the past keeps its own. */
	async changeSchedule(next: Omit<Schedule, 'from'>): Promise<boolean> {
		const program = this.program;
		if (!program) return false;
		try {
			await (
				await repo()
			).updateSchedules(
				program.id,
				withSchedule(program.schedules, { ...next, from: toIsoDate(now()) })
			);
			await this.load();
			return true;
		} catch {
			return false;
		}
	}

	async extend(weeks: number): Promise<boolean> {
		const program = this.program;
		if (!program) return false;
		try {
			await (await repo()).extendProgram(program.id, program.weeks + weeks);
			await this.load();
			return true;
		} catch {
			return false;
		}
	}
}
