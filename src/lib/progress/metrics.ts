// The figures a therapist reviews, per session and per week, as pure functions over stored
// sessions. Weeks are the person's local calendar weeks, starting on the weekday their program
// started on, so "this week" here is the same week as on Today. Sources: docs/clinical-basis.md.

import { addDays, daysBetween, weekdayOf, type IsoDate, type Weekday } from '$lib/dates';
import { LARGE_CHANGE_M, SMALL_CHANGE_M } from '$lib/distance/six-minute';
import type { PainLevel } from '$lib/program/pain-scale';
import { creditByDay } from '$lib/program/session-credit';
import type { TestMethod } from '$lib/program/types';
import type { BoutSummary, SessionKind, SessionSummary } from '$lib/records';
import { doneSessionFrom } from './done';

/** What the figures need of a stored session. */
export interface SessionInput {
	id: string;
	date: IsoDate;
	kind: SessionKind;
	targetMs: number;
	startedAt: number;
	summary: SessionSummary;
}

export interface SessionMetrics {
	id: string;
	date: IsoDate;
	isTest: boolean;
	activeMs: number;
	targetMs: number;
	/** Bouts in which the person walked. */
	bouts: number;
	/** Rests taken (a bout followed by a rest). */
	rests: number;
	/** Claudication onset time: the first bout with leg pain tapped. */
	firstOnsetMs: number | null;
	/** The middle onset time of all bouts with leg pain tapped. */
	medianOnsetMs: number | null;
	/** Peak walking time: the longest bout. */
	longestBoutMs: number;
	totalRestMs: number;
	medianRestMs: number | null;
	highestPain: PainLevel | null;
	elevationMs: number;
	/**
	 * Distance, for a walk measured with "Measure distance outdoors": the metres of the first
	 * bout walked before "Leg pain started" (pain-free walking distance), and the longest bout's
	 * metres. A bout whose positions were poor is left out; null when none was measured well.
	 */
	painFreeMetres: number | null;
	longestMetres: number | null;
	/** Some bout was measured, but its positions were poor. */
	distancePoor: boolean;
}

/** The well-measured distances of a walk's bouts (see SessionMetrics). */
export function distancesOf(bouts: readonly BoutSummary[]): {
	painFreeMetres: number | null;
	longestMetres: number | null;
	distancePoor: boolean;
} {
	const good = bouts.filter((b) => b.metres !== undefined && !b.distancePoor);
	const painFree = good.find((b) => b.painFreeMetres !== null && b.painFreeMetres !== undefined);
	return {
		painFreeMetres: painFree?.painFreeMetres ?? null,
		longestMetres: good.length ? Math.max(...good.map((b) => b.metres as number)) : null,
		distancePoor: bouts.some((b) => b.distancePoor === true)
	};
}

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function sessionMetrics(s: SessionInput): SessionMetrics {
	const sum = s.summary;
	const bouts = sum.bouts ?? [];
	const onsets = bouts.flatMap((b) => (b.onsetMs === null ? [] : [b.onsetMs]));
	const rests = bouts.flatMap((b) => (b.restMs > 0 ? [b.restMs] : []));
	const levels = sum.painLevels ?? [];
	return {
		id: s.id,
		date: s.date,
		isTest: s.kind === 'test',
		activeMs: sum.activeWalkingMs,
		targetMs: s.targetMs,
		bouts: sum.boutCount,
		rests: rests.length,
		firstOnsetMs: sum.firstOnsetMs,
		medianOnsetMs: median(onsets),
		longestBoutMs: sum.longestBoutMs,
		totalRestMs: sum.totalRestMs,
		medianRestMs: median(rests),
		highestPain: levels.length ? (Math.max(...levels) as PainLevel) : null,
		elevationMs: sum.elevationMs ?? 0,
		...distancesOf(bouts)
	};
}

/** What the plan says of one week: how many sessions, and the walking target of each. */
export interface WeekPlan {
	start: IsoDate;
	index: number;
	planned: number;
	targetMin: number;
}

export interface WeekFigures {
	/** Walks in the week, walk tests apart. */
	walks: number;
	activeMs: number;
	bouts: number;
	rests: number;
	/** The middle of the week's claudication onset times (first bout of each walk). */
	firstOnsetMs: number | null;
	/** The middle onset time of every bout in the week. */
	medianOnsetMs: number | null;
	/** Peak walking time: the longest bout of the week. */
	longestBoutMs: number;
	totalRestMs: number;
	medianRestMs: number | null;
	highestPain: PainLevel | null;
	elevationMs: number;
	/** The middle of the week's pain-free walking distances (first such bout of each walk). */
	medianPainFreeMetres: number | null;
	/** The longest distance walked without a stop in the week. */
	longestMetres: number | null;
}

/** What a week and a month of the report have alike. */
export interface PeriodMetrics {
	planned: number | null;
	/** Days with a session done, by the program's own rule. */
	done: number;
	/** Days with a walk ended by a warning and none done. */
	attempted: number;
	/** The walking target: sessions planned times each one's target. */
	targetMs: number | null;
	/** Walk tests done. */
	tests: number;
	/** Null when no walk was recorded: a period without walks, never one of zeros. */
	figures: WeekFigures | null;
}

export interface WeekMetrics extends PeriodMetrics {
	start: IsoDate;
	end: IsoDate;
	/** Program week number, when the week is in the program. */
	index: number | null;
}

/** The first day of the week `date` falls in, for weeks starting on `startsOn`. */
export function weekStartOf(date: IsoDate, startsOn: Weekday): IsoDate {
	return addDays(date, -((weekdayOf(date) - startsOn + 7) % 7));
}

function figuresOf(walks: readonly SessionInput[]): WeekFigures | null {
	if (walks.length === 0) return null;
	const firsts: number[] = [];
	const onsets: number[] = [];
	const rests: number[] = [];
	let highest: PainLevel | null = null;
	let activeMs = 0;
	let bouts = 0;
	let longestBoutMs = 0;
	let totalRestMs = 0;
	let elevationMs = 0;
	const painFree: number[] = [];
	let longestMetres: number | null = null;
	for (const s of walks) {
		const sum = s.summary;
		const d = distancesOf(sum.bouts ?? []);
		if (d.painFreeMetres !== null) painFree.push(d.painFreeMetres);
		if (d.longestMetres !== null) longestMetres = Math.max(longestMetres ?? 0, d.longestMetres);
		activeMs += sum.activeWalkingMs;
		bouts += sum.boutCount;
		longestBoutMs = Math.max(longestBoutMs, sum.longestBoutMs);
		totalRestMs += sum.totalRestMs;
		elevationMs += sum.elevationMs ?? 0;
		if (sum.firstOnsetMs !== null) firsts.push(sum.firstOnsetMs);
		for (const b of sum.bouts ?? []) {
			if (b.onsetMs !== null) onsets.push(b.onsetMs);
			if (b.restMs > 0) rests.push(b.restMs);
		}
		for (const level of sum.painLevels ?? []) {
			if (highest === null || level > highest) highest = level;
		}
	}
	return {
		walks: walks.length,
		activeMs,
		bouts,
		rests: rests.length,
		firstOnsetMs: median(firsts),
		medianOnsetMs: median(onsets),
		longestBoutMs,
		totalRestMs,
		medianRestMs: median(rests),
		highestPain: highest,
		elevationMs,
		medianPainFreeMetres: median(painFree),
		longestMetres
	};
}

/**
 * Every week from the first walk (or the program's first week) through the week of `through`,
 * oldest first, empty weeks included.
 */
export function weeklyMetrics(
	sessions: readonly SessionInput[],
	options: { startsOn: Weekday; through: IsoDate; plan?: readonly WeekPlan[] }
): WeekMetrics[] {
	const { startsOn, through } = options;
	const plan = new Map((options.plan ?? []).map((w) => [w.start, w]));
	const byWeek = new Map<IsoDate, SessionInput[]>();
	let first: IsoDate | null = null;
	for (const s of sessions) {
		if (s.date > through) continue;
		const start = weekStartOf(s.date, startsOn);
		const list = byWeek.get(start);
		if (list) list.push(s);
		else byWeek.set(start, [s]);
		if (first === null || start < first) first = start;
	}
	for (const w of options.plan ?? []) {
		const start = weekStartOf(w.start, startsOn);
		if (start <= through && (first === null || start < first)) first = start;
	}
	if (first === null) return [];
	const last = weekStartOf(through, startsOn);
	const weeks: WeekMetrics[] = [];
	const count = Math.floor(daysBetween(first, last) / 7) + 1;
	for (let i = 0; i < count; i++) {
		const start = addDays(first, i * 7);
		const list = byWeek.get(start) ?? [];
		const walks = list.filter((s) => s.kind !== 'test');
		let done = 0;
		let attempted = 0;
		for (const credit of creditByDay(walks.map(doneSessionFrom)).values()) {
			if (credit === 'done') done++;
			else if (credit === 'attempted') attempted++;
		}
		const planned = plan.get(start);
		weeks.push({
			start,
			end: addDays(start, 6),
			index: planned?.index ?? null,
			planned: planned?.planned ?? null,
			done,
			attempted,
			targetMs: planned ? planned.planned * planned.targetMin * 60_000 : null,
			tests: list.length - walks.length,
			figures: figuresOf(walks)
		});
	}
	return weeks;
}

/** A calendar month of weeks: the report's summary of a long range, past its last year. */
export interface MonthMetrics extends PeriodMetrics {
	/** The month, as YYYY-MM: a week belongs to the month its first day is in. */
	month: string;
	weeks: number;
	/** Leg raising in the month's weeks (from the weekly leg raising given). */
	legRaiseMs: number;
}

/** The weeks given, month by month, oldest first, with the figures of the month's walks. */
export function monthlyMetrics(
	sessions: readonly SessionInput[],
	weeks: readonly WeekMetrics[],
	startsOn: Weekday,
	legRaiseByWeek: ReadonlyMap<IsoDate, number> = new Map()
): MonthMetrics[] {
	const monthOfWeek = new Map(weeks.map((w) => [w.start, w.start.slice(0, 7)]));
	const walksByMonth = new Map<string, SessionInput[]>();
	for (const s of sessions) {
		if (s.kind === 'test') continue;
		const month = monthOfWeek.get(weekStartOf(s.date, startsOn));
		if (!month) continue;
		const list = walksByMonth.get(month);
		if (list) list.push(s);
		else walksByMonth.set(month, [s]);
	}
	const months: MonthMetrics[] = [];
	for (const w of weeks) {
		const month = w.start.slice(0, 7);
		let m = months.at(-1);
		if (!m || m.month !== month) {
			m = {
				month,
				weeks: 0,
				planned: null,
				done: 0,
				attempted: 0,
				targetMs: null,
				tests: 0,
				figures: figuresOf(walksByMonth.get(month) ?? []),
				legRaiseMs: 0
			};
			months.push(m);
		}
		m.weeks++;
		m.done += w.done;
		m.attempted += w.attempted;
		m.tests += w.tests;
		m.legRaiseMs += legRaiseByWeek.get(w.start) ?? 0;
		if (w.planned !== null) m.planned = (m.planned ?? 0) + w.planned;
		if (w.targetMs !== null) m.targetMs = (m.targetMs ?? 0) + w.targetMs;
	}
	return months;
}

// Meaningful change after 12 weeks (Gardner 2018); the six-minute walk's is in
// distance/six-minute.ts (small about 8 m, large about 20 m).
export const MEANINGFUL_ONSET_MS = { small: 35_000, moderate: 87_000, large: 138_000 };
export const MEANINGFUL_PEAK_MS = { small: 38_000, moderate: 95_000, large: 152_000 };

export type ChangeSize = 'large' | 'moderate' | 'small' | 'same' | 'down';
export type Measure = 'onsetMs' | 'maxWalkMs' | 'distanceM';

export interface Change {
	measure: Measure;
	from: number;
	to: number;
	/** to − from, in ms or metres. */
	delta: number;
	/** The change as a share of the baseline, in whole per cent; null from a baseline of 0. */
	percent: number | null;
	size: ChangeSize;
	/** Passes the smallest figure that means a real change to a person. */
	meaningful: boolean;
}

export interface TestFigures {
	onsetMs: number | null;
	maxWalkMs: number | null;
	distanceM: number | null;
}

function sizeOf(measure: Measure, delta: number): ChangeSize {
	if (measure === 'distanceM') {
		if (delta >= LARGE_CHANGE_M) return 'large';
		if (delta >= SMALL_CHANGE_M) return 'small';
		return delta <= -SMALL_CHANGE_M ? 'down' : 'same';
	}
	const t = measure === 'onsetMs' ? MEANINGFUL_ONSET_MS : MEANINGFUL_PEAK_MS;
	if (delta >= t.large) return 'large';
	if (delta >= t.moderate) return 'moderate';
	if (delta >= t.small) return 'small';
	return delta <= -t.small ? 'down' : 'same';
}

/** Each figure a baseline and a later test both have, with its change and what it means. */
export function changeSince(baseline: TestFigures, later: TestFigures): Change[] {
	const out: Change[] = [];
	for (const measure of ['onsetMs', 'maxWalkMs', 'distanceM'] as const) {
		const from = baseline[measure];
		const to = later[measure];
		if (from === null || to === null) continue;
		const delta = to - from;
		const size = sizeOf(measure, delta);
		out.push({
			measure,
			from,
			to,
			delta,
			percent: from > 0 ? Math.round((delta / from) * 100) : null,
			size,
			meaningful: size !== 'same' && size !== 'down'
		});
	}
	return out;
}

/** A walk test as the comparisons read it. */
export interface TestLike extends TestFigures {
	id: string;
	at: number;
	method: TestMethod;
	sixMinute?: {
		mode: 'corridor' | 'outdoor';
		courseM: number | null;
		stoppedEarly: boolean;
	} | null;
}

/**
 * The kinds of walk test, each compared only with its own: a timed walk or treadmill test; a
 * six-minute walk entered from a clinic; one done with the app in a corridor; one outdoors.
 */
export type TestKind = 'timed' | 'sixMinute' | 'corridor' | 'outdoor';
export function testKind(t: Pick<TestLike, 'method' | 'sixMinute'>): TestKind {
	if (t.method !== 'sixMinute') return 'timed';
	return t.sixMinute?.mode ?? 'sixMinute';
}

export interface TestComparison {
	/** The first test of its kind: what the later ones are compared with. */
	isFirst: boolean;
	/** Each figure both have, with its change. */
	changes: Change[];
	/** Why it is not compared: stopped early, or a corridor of another length. */
	apart: 'stopped' | 'course' | null;
	/** The test it is compared with. */
	firstId: string | null;
}

/**
 * Each test against the first of its kind (the program's baseline for timed tests): one rule for
 * the result screen, Progress and the report. A six-minute walk is compared by its distance
 * only, with one of its own mode and, in a corridor, the same course; one stopped early is kept
 * but never compared, nor used as the first.
 */
export function compareTests(
	tests: readonly TestLike[],
	baselineId: string | null = null
): TestComparison[] {
	const stopped = (t: TestLike) => !!t.sixMinute?.stoppedEarly;
	// The first of each kind, found once: the baseline if it is of that kind, else the earliest.
	const firsts = new Map<TestKind, TestLike>();
	for (const t of tests) {
		if (stopped(t)) continue;
		const kind = testKind(t);
		const held = firsts.get(kind);
		if (held?.id === baselineId) continue;
		if (!held || t.id === baselineId || t.at < held.at) firsts.set(kind, t);
	}
	return tests.map((test) => {
		if (stopped(test)) return { isFirst: false, changes: [], apart: 'stopped', firstId: null };
		const kind = testKind(test);
		const first = firsts.get(kind) ?? null;
		if (!first || first.id === test.id)
			return { isFirst: true, changes: [], apart: null, firstId: null };
		if (kind === 'corridor' && first.sixMinute?.courseM !== test.sixMinute?.courseM)
			return { isFirst: false, changes: [], apart: 'course', firstId: first.id };
		const figures = (t: TestLike): TestFigures =>
			kind === 'timed' ? t : { onsetMs: null, maxWalkMs: null, distanceM: t.distanceM };
		return {
			isFirst: false,
			changes: changeSince(figures(first), figures(test)),
			apart: null,
			firstId: first.id
		};
	});
}

/**
 * The newest test of a kind, against the first of its kind (compareTests), with the first's
 * course: what a six-minute walk's result screen says. Null when there is none.
 */
export function newestCompared(
	tests: readonly TestLike[],
	kind: TestKind,
	baselineId: string | null = null
): (TestComparison & { firstCourseM: number | null }) | null {
	const i = tests.findLastIndex((t) => testKind(t) === kind);
	if (i < 0) return null;
	const c = compareTests(tests, baselineId)[i]!;
	const first = c.firstId ? tests.find((t) => t.id === c.firstId) : null;
	return { ...c, firstCourseM: first?.sixMinute?.courseM ?? null };
}

export type Milestone =
	| { kind: 'firstWeek'; date: IsoDate }
	| { kind: 'thirtyMinutes'; date: IsoDate }
	| { kind: 'onsetUp'; date: IsoDate; deltaMs: number };

/**
 * Real milestones only: the first program week with every session done, the first walk with
 * 30 minutes of walking, and pain starting later by a meaningful amount (a re-test, or the
 * week's usual onset time against the first week that had one).
 */
export function milestones(
	weeks: readonly WeekMetrics[],
	sessions: readonly SessionInput[],
	testChanges: readonly { date: IsoDate; changes: readonly Change[] }[]
): Milestone[] {
	const out: Milestone[] = [];
	const complete = weeks.find((w) => w.planned !== null && w.planned > 0 && w.done >= w.planned);
	if (complete) out.push({ kind: 'firstWeek', date: complete.end });
	let thirty: SessionInput | null = null;
	for (const s of sessions) {
		if (s.kind === 'test' || s.summary.activeWalkingMs < 30 * 60_000) continue;
		if (!thirty || s.date < thirty.date) thirty = s;
	}
	if (thirty) out.push({ kind: 'thirtyMinutes', date: thirty.date });
	const retest = testChanges.find((t) =>
		t.changes.some((c) => c.measure === 'onsetMs' && c.meaningful)
	);
	if (retest) {
		const c = retest.changes.find((x) => x.measure === 'onsetMs') as Change;
		out.push({ kind: 'onsetUp', date: retest.date, deltaMs: c.delta });
	} else {
		const withOnset = weeks.filter((w) => w.figures?.firstOnsetMs != null);
		const firstWeek = withOnset[0];
		const lastWeek = withOnset[withOnset.length - 1];
		if (firstWeek && lastWeek && lastWeek !== firstWeek) {
			const delta = (lastWeek.figures?.firstOnsetMs ?? 0) - (firstWeek.figures?.firstOnsetMs ?? 0);
			if (delta >= MEANINGFUL_ONSET_MS.small) {
				out.push({ kind: 'onsetUp', date: lastWeek.end, deltaMs: delta });
			}
		}
	}
	return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Last week up to the same weekday as `today` in this week: an unfinished week is compared like
 * with like (Thursday with last Thursday), never with a whole week.
 */
export function lastWeekSoFar(
	sessions: readonly SessionInput[],
	current: Pick<WeekMetrics, 'start'>,
	previous: Pick<WeekMetrics, 'start'>,
	today: IsoDate
): { figures: WeekFigures | null; done: number; through: IsoDate } {
	const through = addDays(previous.start, daysBetween(current.start, today));
	const walks = sessions.filter(
		(s) => s.kind !== 'test' && s.date >= previous.start && s.date <= through
	);
	let done = 0;
	for (const credit of creditByDay(walks.map(doneSessionFrom)).values())
		if (credit === 'done') done++;
	return { figures: figuresOf(walks), done, through };
}

/**
 * Smaller changes than these from last week are "the same": half a minute of walking in a week,
 * a second of a time (onset, longest walk), below what a person could notice.
 */
export const SAME_TOTAL_MS = 30_000;
export const SAME_TIME_MS = 1000;

/** A figure this week against last week by the same day; null when either is missing. */
export function weekChange(
	current: number | null | undefined,
	previous: number | null | undefined,
	kind: 'total' | 'time'
): { delta: number; direction: 'up' | 'down' | 'same' } | null {
	if (current === null || current === undefined || previous === null || previous === undefined)
		return null;
	const delta = current - previous;
	const same = Math.abs(delta) < (kind === 'total' ? SAME_TOTAL_MS : SAME_TIME_MS);
	return { delta, direction: same ? 'same' : delta > 0 ? 'up' : 'down' };
}

/** The week from `start` to `end` holds `date`: for the week under way, `date` is today. */
export function weekHolds(week: { start: IsoDate; end: IsoDate }, date: IsoDate): boolean {
	return week.start <= date && date <= week.end;
}

/** This week against last week: the weeks ending with the one that holds `today`. */
export function thisAndLast(
	weeks: readonly WeekMetrics[],
	today: IsoDate
): { current: WeekMetrics | null; previous: WeekMetrics | null } {
	const i = weeks.findIndex((w) => weekHolds(w, today));
	if (i < 0) return { current: null, previous: null };
	return { current: weeks[i] ?? null, previous: weeks[i - 1] ?? null };
}

/** The figures a week's (or month's) row can show, on Progress and in the report. */
export type ColumnId =
	| 'index'
	| 'done'
	| 'walked'
	| 'target'
	| 'boutsRests'
	| 'onset'
	| 'onsetAll'
	| 'longest'
	| 'rest'
	| 'painMax'
	| 'legsUp'
	| 'painFreeDistance'
	| 'longestDistance';
