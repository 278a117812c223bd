// The person's records as live state: every finished walk, walk test and weekly review, the
// program's plan, and the weekly figures. Every page that shows records reads them from here,
// and every change goes through here, so an edit made on one page shows on all of them at once.

import { countsOf, legRaiseByWeek, type Counts, type LegRaise } from '$lib/progress/counts';
import { now } from '$lib/device/clock';
import { toIsoDate, weekdayOf, type IsoDate, type Weekday } from '$lib/dates';
import { buildPlan, type Plan } from '$lib/program/plan';
import { doneOf } from '$lib/progress/done';
import {
	compareTests,
	milestones,
	monthlyMetrics,
	weekHolds,
	weeklyMetrics,
	type Change,
	type MonthMetrics,
	type SessionInput,
	type WeekMetrics,
	type WeekPlan
} from '$lib/progress/metrics';
import { editWalk, type BoutFields, type FieldProblem } from '$lib/walk/edit';
import {
	checkManual,
	manualEvents,
	startOf,
	type ManualField,
	type ManualProblem,
	type ManualWalk
} from '$lib/walk/manual';
import type { sessionWithEvents } from '$lib/storage/repo';

// The database code arrives with the first live query or action, after the page is drawn.
const repo = () => import('$lib/storage/repo');
const newId = () => crypto.randomUUID();
import type {
	ProgramRecord,
	ReviewRecord,
	SessionRecord,
	WalkTestRecord
} from '$lib/storage/schema';
import { LiveQuery } from './live.svelte';
import { settingsOf } from './program.svelte';

export function inputOf(s: SessionRecord): SessionInput | null {
	if (!s.summary) return null;
	return {
		id: s.id,
		date: s.date,
		kind: s.kind,
		targetMs: s.targetMs,
		startedAt: s.startedAt,
		summary: s.summary
	};
}

/**
 * The program's plan from the records, by the rules Today uses: its weeks so far (the records
 * show what has been done; the weeks ahead are the plan page's).
 */
function planOf(
	program: ProgramRecord | null,
	sessions: readonly SessionRecord[],
	baseline: WalkTestRecord | null,
	reviews: readonly ReviewRecord[],
	today: IsoDate
): Plan | null {
	if (!program) return null;
	const done = doneOf(sessions, program.id);
	const result = buildPlan(settingsOf(program, baseline, reviews), done, today, { ahead: 0 });
	return result.ok ? result.plan : null;
}

export interface TestWithChange {
	test: WalkTestRecord;
	date: IsoDate;
	/** The first test of its kind: the baseline, or the first six-minute walk of its mode. */
	isBaseline: boolean;
	changes: Change[];
	/** Why it is not compared: stopped early, or a corridor of another length. */
	apart: 'stopped' | 'course' | null;
	/** The course of the first corridor walk, when the courses differ. */
	firstCourseM: number | null;
}

export class RecordsState {
	// On a first visit, nothing stored: empty at once, without the database code.
	#sessions = new LiveQuery((r) => r.allFinishedSessions(), { answer: [] });
	#tests = new LiveQuery((r) => r.allWalkTests(), { answer: [] });
	#reviews = new LiveQuery((r) => r.allReviews(), { answer: [] });
	#program = new LiveQuery((r) => r.activeProgram(), { answer: null });
	today = $state(toIsoDate(now()));

	/** Finished sessions, newest first; undefined until read. */
	get sessions(): SessionRecord[] | undefined {
		return this.#sessions.current;
	}
	get tests(): WalkTestRecord[] {
		return this.#tests.current ?? [];
	}
	get reviews(): ReviewRecord[] {
		return this.#reviews.current ?? [];
	}
	get program() {
		return this.#program.current ?? null;
	}
	/** Everything read once: the page then draws once, not once for each answer. */
	get loaded(): boolean {
		return (
			this.#sessions.current !== undefined &&
			this.#program.current !== undefined &&
			(this.#tests.current !== undefined || !!this.#tests.error) &&
			(this.#reviews.current !== undefined || !!this.#reviews.error)
		);
	}
	get failed(): boolean {
		return !!this.#sessions.error;
	}

	// Figures are worked out once everything is read: on part of the records they would be
	// wrong for a moment, drawn, then moved (and worked out again for nothing).
	inputs = $derived(this.loaded ? (this.sessions ?? []).flatMap((s) => inputOf(s) ?? []) : []);
	baseline = $derived(this.tests.find((t) => t.id === this.program?.baselineTestId) ?? null);
	plan = $derived(
		this.loaded
			? planOf(this.program, this.sessions ?? [], this.baseline, this.reviews, this.today)
			: null
	);
	weekPlans = $derived<WeekPlan[]>(
		(this.plan?.weeks ?? []).map((w) => ({
			start: w.start,
			index: w.index,
			planned: w.planned,
			targetMin: w.targetMin
		}))
	);
	get #startsOn(): Weekday {
		return this.program ? weekdayOf(this.program.startDate) : 0;
	}
	/** Weeks of a long range, month by month (the report, past its last year). */
	monthsOf(weeks: readonly WeekMetrics[], legRaise?: ReadonlyMap<IsoDate, number>): MonthMetrics[] {
		return monthlyMetrics(this.inputs, weeks, this.#startsOn, legRaise);
	}
	weeks = $derived(
		weeklyMetrics(this.inputs, {
			startsOn: this.#startsOn,
			through: this.today,
			plan: this.weekPlans
		})
	);
	/**
	 * Each test of the program with its change since the first test of its kind (the baseline
	 * for timed tests; progress/metrics.ts compareTests).
	 */
	testChanges = $derived.by<TestWithChange[]>(() => {
		if (!this.loaded) return [];
		const program = this.program;
		const list = program ? this.tests.filter((t) => t.programId === program.id) : this.tests;
		const compared = compareTests(list, this.baseline?.id ?? list[0]?.id ?? null);
		return list.map((test, i) => {
			const c = compared[i]!;
			const first = c.firstId ? list.find((t) => t.id === c.firstId) : null;
			return {
				test,
				date: toIsoDate(test.at),
				isBaseline: c.isFirst,
				changes: c.changes,
				apart: c.apart,
				firstCourseM: first?.sixMinute?.courseM ?? null
			};
		});
	});
	milestones = $derived(
		milestones(
			this.weeks,
			this.inputs,
			this.testChanges.filter((t) => !t.isBaseline)
		)
	);

	/** The counts (progress/counts.ts) over a range of days, or over everything. */
	countsIn(range: { from: IsoDate; to: IsoDate } | null, breaks: readonly LegRaise[] = []): Counts {
		return countsOf(
			{ sessions: this.inputs, tests: this.tests.map((t) => toIsoDate(t.at)), breaks },
			range
		);
	}

	/** Leg raising by week, from the same records as the counts. */
	legRaiseByWeek(breaks: readonly LegRaise[]): Map<IsoDate, number> {
		return legRaiseByWeek(this.inputs, breaks, this.#startsOn);
	}

	async deleteSession(id: string): Promise<boolean> {
		return attempt(async () => (await repo()).setSessionDeleted(id, now(), now()));
	}

	async restoreSession(id: string): Promise<boolean> {
		return attempt(async () => (await repo()).setSessionDeleted(id, null, now()));
	}

	async saveReview(review: Omit<ReviewRecord, 'id' | 'updatedAt' | 'deletedAt'>): Promise<boolean> {
		const plain = $state.snapshot(review) as typeof review;
		return attempt(async () => (await repo()).saveReview(plain));
	}

	/** Adds a walk by hand; the problems, field by field, when it cannot be. */
	async addWalk(
		walk: ManualWalk
	): Promise<
		| { ok: true; id: string }
		| { ok: false; problems: Partial<Record<ManualField, ManualProblem>> | null }
	> {
		const problems = checkManual(walk, now());
		if (Object.keys(problems).length) return { ok: false, problems };
		const id = newId();
		const events = manualEvents(walk, id, newId);
		// Read afresh: an action may run on a page that shows none of the live figures.
		let program: ProgramRecord | null = null;
		let plan: Plan | null = null;
		try {
			const { activeProgram, allFinishedSessions, allReviews, allWalkTests } = await repo();
			program = await activeProgram();
			const [sessions, tests, reviews] = await Promise.all([
				allFinishedSessions(),
				allWalkTests(),
				allReviews()
			]);
			const baseline = tests.find((t) => t.id === program?.baselineTestId) ?? null;
			plan = planOf(program, sessions, baseline, reviews, this.today);
		} catch {
			return { ok: false, problems: null };
		}
		const week = plan?.weeks.find((w) => weekHolds(w, walk.date));
		const schedule = program?.schedules.at(-1);
		const saved = await attempt(async () =>
			(await repo()).addManualSession(
				{
					id,
					programId: week ? (program?.id ?? null) : null,
					kind: 'manual',
					date: walk.date,
					track: schedule?.track ?? 'pad',
					targetMs: (week?.targetMin ?? 0) * 60_000,
					startedAt: startOf(walk),
					endedAt: events[events.length - 1]?.at ?? startOf(walk)
				},
				events,
				now()
			)
		);
		return saved ? { ok: true, id } : { ok: false, problems: null };
	}
}

/** One session and its taps, live, for its own page. */
export class SessionState {
	#query: LiveQuery<Awaited<ReturnType<typeof sessionWithEvents>>>;
	constructor(readonly id: string) {
		this.#query = new LiveQuery((r) => r.sessionWithEvents(id));
	}
	get loaded(): boolean {
		return this.#query.current !== undefined;
	}
	get session(): SessionRecord | null {
		return this.#query.current?.session ?? null;
	}
	get events() {
		return this.#query.current?.events ?? [];
	}

	/** Stores an edit; the problems at each field when it is impossible. */
	async edit(
		wanted: readonly BoutFields[]
	): Promise<{ ok: true } | { ok: false; problems: FieldProblem[] | null }> {
		const session = this.session;
		if (!session) return { ok: false, problems: null };
		const end = session.endedAt ?? session.startedAt;
		const result = editWalk(this.events, end, wanted, now());
		if (!result.ok) return result;
		if (result.changed.length === 0) return { ok: true };
		const saved = await attempt(async () =>
			(await repo()).saveSessionEdit(session.id, result.changed, now())
		);
		return saved ? { ok: true } : { ok: false, problems: null };
	}
}

async function attempt(work: () => Promise<unknown>): Promise<boolean> {
	try {
		await work();
		return true;
	} catch {
		return false;
	}
}
