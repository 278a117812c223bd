// The walking plan as a pure function of the person's choices, their first walk test and the
// sessions they did. Nothing planned is stored: the past is what was done, the future is derived,
// so a change of days or track moves the future and cannot touch the past.
// Rules and their sources: docs/clinical-basis.md.

import { addDays, datesFrom, daysBetween, type IsoDate, type Weekday, weekdayOf } from '$lib/dates';
import { startTargetMin } from './baseline';
import { adherence, creditByDay, type Credit } from './session-credit';
import type { DoneSession, Schedule, Track, WalkTestResult } from './types';

const MIN = 60_000;

export const PROGRAM_WEEKS = 12;
/**
 * The longest a program may grow, in weeks: 20 years. One limit for Settings ("Add 4 more
 * weeks") and the backup check, so a program kept going for years always restores.
 */
export const MAX_PROGRAM_WEEKS = 1044;
/** Settings' "Add 4 more weeks": the new length, or null at the limit. */
export function extendedWeeks(weeks: number, by = 4): number | null {
	return weeks + by <= MAX_PROGRAM_WEEKS ? weeks + by : null;
}
export const WEEKLY_STEP_MIN = 5;
export const GOAL_MIN = 50;
/** Guideline minimum of training per session: time keeps rising to here even when pain comes late. */
export const MIN_SESSION_MIN = 30;
/**
 * Walking this long before the pain gets moderate means the pace is too easy: raise intensity
 * instead of time (clinical basis: 8–10 minutes; we act at the lower figure).
 */
export const LATE_MODERATE_PAIN_MS = 8 * MIN;
export const RETEST_EVERY_WEEKS = 4;
/** The PAD track needs at least this many walking days a week. */
export const MIN_PAD_DAYS = 3;
/** The vein track is daily walking: at least this many days a week. */
export const MIN_VEIN_DAYS = 5;

export interface ProgramSettings {
	startDate: IsoDate;
	weeks: number;
	/** Oldest first; each applies from its date on. */
	schedules: Schedule[];
	baseline: WalkTestResult | null;
	/** Weeks (by first day) the person chose, in their weekly review, to stay at last week's target. */
	staying?: readonly IsoDate[];
	/**
	 * The care status asks the person to talk to their care team (or be seen) before walking on
	 * (safety/care.ts): this week keeps last week's target until it ends.
	 */
	careHold?: boolean;
}

/** How a week's target follows from the week before. */
export type Outcome =
	| { kind: 'advanced'; done: number; planned: number }
	/** Walks last week ended early on a warning or "I feel unwell": the dates of those walks. */
	| { kind: 'keptAfterWarnings'; dates: IsoDate[] }
	| { kind: 'repeated'; done: number; planned: number }
	| { kind: 'held'; moderatePainMs: number }
	| { kind: 'atGoal' };

export type TargetReason =
	| { kind: 'baseline'; method: WalkTestResult['method'] | null }
	| Outcome
	/** The person chose, in the weekly review, to stay at last week's target. */
	| { kind: 'chosen' }
	/** The care status asks them to talk to their care team first. */
	| { kind: 'keptForCare' }
	/** A week still ahead: what the same rules give if every session before it is done. */
	| { kind: 'ifComplete'; week: number; outcome: Outcome['kind'] };

export type Intensity =
	{ kind: 'atGoal' } | { kind: 'lateModeratePain'; moderatePainMs: number } | null;

export type SessionStatus = 'done' | 'attempted' | 'missed' | 'today' | 'upcoming';

export interface PlannedSession {
	key: string;
	week: number;
	date: IsoDate;
	track: Track;
	targetMin: number;
	status: SessionStatus;
	/** Not one of the person's walking days: a session moved here after a missed day. */
	extraDay: boolean;
}

export interface PlanWeek {
	index: number;
	start: IsoDate;
	end: IsoDate;
	when: 'past' | 'current' | 'future';
	targetMin: number;
	reason: TargetReason;
	intensity: Intensity;
	planned: number;
	/** Days with a session done (see session-credit.ts). */
	done: number;
	/** Days with a walk ended by a warning and no session done. */
	attempted: number;
	complete: boolean;
	/** This week: the days left cannot hold every walk still to do, so the week will repeat. */
	short: boolean;
	retest: boolean;
	sessions: PlannedSession[];
}

export interface Plan {
	weeks: PlanWeek[];
	current: PlanWeek | null;
	/** Today's session, if one is planned and not yet done. */
	today: PlannedSession | null;
	/** The next session after today. */
	next: PlannedSession | null;
	/** A session already done today. */
	doneToday: boolean;
	/** A walk today ended on a warning, and none was done: no more walking is planned today. */
	attemptedToday: boolean;
	ended: boolean;
}

export type PlanError = { kind: 'noDays' } | { kind: 'tooFewDays'; needed: number; track: Track };

export function minDays(track: Track): number {
	return track === 'vein' ? MIN_VEIN_DAYS : MIN_PAD_DAYS;
}

/** Checks choices a person makes; a plan made from older choices is not refused by it. */
export function checkSchedule(schedule: Pick<Schedule, 'days' | 'track'>): PlanError | null {
	const days = new Set(schedule.days).size;
	if (days === 0) return { kind: 'noDays' };
	const needed = minDays(schedule.track);
	if (days < needed) return { kind: 'tooFewDays', needed, track: schedule.track };
	return null;
}

export function scheduleOn(schedules: readonly Schedule[], date: IsoDate): Schedule {
	let found = schedules[0];
	for (const s of schedules) if (s.from <= date) found = s;
	if (!found) throw new Error('A program needs at least one schedule');
	return found;
}

function isWalkingDay(schedules: readonly Schedule[], date: IsoDate, weekday: Weekday): boolean {
	return scheduleOn(schedules, date).days.includes(weekday);
}

/**
 * How long the person could walk before the pain got moderate, in a week's walks (median of the
 * walks that recorded it). Walks with no pain recorded say nothing and are left out.
 */
export function typicalModeratePainMs(sessions: readonly DoneSession[]): number | null {
	const values = sessions
		.map((s) => s.moderatePainMs)
		.filter((v): v is number => v !== null)
		.sort((a, b) => a - b);
	if (values.length === 0) return null;
	const mid = Math.floor(values.length / 2);
	return values.length % 2
		? (values[mid] as number)
		: ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

/**
 * The one rule from a week to the next: keep the target after a week with walks ended early by a
 * warning, repeat an incomplete week, else advance or hold.
 */
export function nextTarget(
	previousTargetMin: number,
	previous: { complete: boolean; done: number; planned: number; endedEarly?: readonly IsoDate[] },
	moderatePainMs: number | null
): { targetMin: number; outcome: Outcome } {
	if (previous.endedEarly?.length) {
		return {
			targetMin: previousTargetMin,
			outcome: { kind: 'keptAfterWarnings', dates: [...previous.endedEarly] }
		};
	}
	if (!previous.complete) {
		return {
			targetMin: previousTargetMin,
			outcome: { kind: 'repeated', done: previous.done, planned: previous.planned }
		};
	}
	if (previousTargetMin >= GOAL_MIN) return { targetMin: GOAL_MIN, outcome: { kind: 'atGoal' } };
	if (
		moderatePainMs !== null &&
		moderatePainMs >= LATE_MODERATE_PAIN_MS &&
		previousTargetMin >= MIN_SESSION_MIN
	) {
		return { targetMin: previousTargetMin, outcome: { kind: 'held', moderatePainMs } };
	}
	return {
		targetMin: Math.min(GOAL_MIN, previousTargetMin + WEEKLY_STEP_MIN),
		outcome: { kind: 'advanced', done: previous.done, planned: previous.planned }
	};
}

/**
 * How many walks a week should hold: its walking days, raised to the track's minimum where the
 * days allow. Days before a change of days mid-week keep the old choice; every day from the
 * change on can take a walk.
 */
function plannedCount(
	schedules: readonly Schedule[],
	dates: IsoDate[],
	walkingDates: IsoDate[]
): number {
	const start = dates[0] as IsoDate;
	const end = dates[dates.length - 1] as IsoDate;
	const needed = minDays(scheduleOn(schedules, end).track);
	if (walkingDates.length >= needed) return walkingDates.length;
	const change = schedules
		.map((s) => s.from)
		.filter((from) => from > start && from <= end)
		.sort()
		.at(-1);
	if (!change) return walkingDates.length;
	const slots = dates.filter((d) => d >= change || walkingDates.includes(d)).length;
	return Math.max(walkingDates.length, Math.min(needed, slots));
}

/**
 * The plan week by week. A long program has hundreds of weeks ahead, and not every page shows
 * them: `options.ahead`, how many weeks after the current one to build (every one by default).
 * With 0, only the weeks begun by today, for pages that show what has been done (`next` is then
 * left out when it falls in a week ahead); with 1, the next session is always there, as every
 * week has walking days.
 */
export function buildPlan(
	settings: ProgramSettings,
	doneSessions: readonly DoneSession[],
	today: IsoDate,
	options: { ahead?: number } = {}
): { ok: true; plan: Plan } | { ok: false; error: PlanError } {
	// Only an empty choice is fatal here; the minimum number of days is checked where a person
	// chooses, so a plan made from older choices still opens.
	if (settings.schedules.length === 0 || settings.schedules.some((s) => s.days.length === 0)) {
		return { ok: false, error: { kind: 'noDays' } };
	}
	const schedules = [...settings.schedules].sort((a, b) =>
		a.from < b.from ? -1 : a.from > b.from ? 1 : 0
	);

	const weeks: PlanWeek[] = [];
	let previous: PlanWeek | null = null;
	// The latest figure the person's own records give; the baseline test is not used, so nothing
	// about intensity is said before they have walked in the program.
	let knownPainMs: number | null = null;
	// The same, counting this week's walks so far: what weeks still ahead are projected from.
	let projectedPainMs: number | null = null;

	// Every program week starts on the weekday the program started.
	const firstWeekday = weekdayOf(settings.startDate);
	// Each walk in its program week, in the order given: one pass, not one per week.
	const walksByWeek = new Map<number, DoneSession[]>();
	for (const s of doneSessions) {
		const index = Math.floor(daysBetween(settings.startDate, s.date) / 7) + 1;
		const list = walksByWeek.get(index);
		if (list) list.push(s);
		else walksByWeek.set(index, [s]);
	}

	// The current week's number (0 or less before the start). Looking ahead from before the
	// start (a clock set back), the weeks ahead count from the first.
	const currentIndex = Math.floor(daysBetween(settings.startDate, today) / 7) + 1;
	const lastWeek =
		options.ahead === undefined
			? settings.weeks
			: Math.min(
					settings.weeks,
					(options.ahead > 0 ? Math.max(1, currentIndex) : currentIndex) + options.ahead
				);
	for (let index = 1; index <= lastWeek; index++) {
		const dates = datesFrom(settings.startDate, (index - 1) * 7, 7);
		const start = dates[0] as IsoDate;
		const end = dates[6] as IsoDate;
		const when = today < start ? 'future' : today > end ? 'past' : 'current';
		const walkingDates = dates.filter((d, i) =>
			isWalkingDay(schedules, d, ((firstWeekday + i) % 7) as Weekday)
		);
		const walks = walksByWeek.get(index) ?? [];
		const credits = creditByDay(walks);
		const { done: doneDays, attempted: attemptedDays } = adherence(walks);

		let targetMin: number;
		let reason: TargetReason;
		let painMs: number | null = knownPainMs;
		if (!previous) {
			targetMin = startTargetMin(settings.baseline);
			reason = { kind: 'baseline', method: settings.baseline?.method ?? null };
			painMs = null;
		} else if (previous.when === 'past' && settings.staying?.includes(start)) {
			targetMin = previous.targetMin;
			reason = { kind: 'chosen' };
		} else if (previous.when === 'past' && when === 'current' && settings.careHold) {
			targetMin = previous.targetMin;
			reason = { kind: 'keptForCare' };
		} else if (previous.when === 'past') {
			const endedEarly = (walksByWeek.get(previous.index) ?? [])
				.filter((s) => s.endedBy !== null)
				.map((s) => s.date);
			const next = nextTarget(previous.targetMin, { ...previous, endedEarly }, knownPainMs);
			targetMin = next.targetMin;
			reason = next.outcome;
		} else {
			// Ahead of today: as if every session before it is done, by the same rule.
			painMs = projectedPainMs;
			const next = nextTarget(
				previous.targetMin,
				{ complete: true, done: previous.planned, planned: previous.planned },
				projectedPainMs
			);
			targetMin = next.targetMin;
			reason = { kind: 'ifComplete', week: previous.index, outcome: next.outcome.kind };
		}

		const intensity: Intensity =
			targetMin >= GOAL_MIN
				? { kind: 'atGoal' }
				: painMs !== null && painMs >= LATE_MODERATE_PAIN_MS
					? { kind: 'lateModeratePain', moderatePainMs: painMs }
					: null;

		const planned = plannedCount(schedules, dates, walkingDates);
		const sessions = weekSessions({
			index,
			when,
			today,
			dates,
			walkingDates,
			credits,
			planned,
			targetMin,
			schedules
		});
		const week: PlanWeek = {
			index,
			start,
			end,
			when,
			targetMin,
			reason,
			intensity,
			planned,
			done: doneDays,
			attempted: attemptedDays,
			complete: doneDays >= planned,
			short:
				when === 'current' && sessions.filter((x) => x.status !== 'attempted').length < planned,
			retest: index % RETEST_EVERY_WEEKS === 0,
			sessions
		};
		weeks.push(week);
		if (when !== 'future') {
			const figure = typicalModeratePainMs(walks);
			if (figure !== null) {
				projectedPainMs = figure;
				if (when === 'past') knownPainMs = figure;
			}
		}
		previous = week;
	}

	const current = weeks.find((w) => w.when === 'current') ?? null;
	const all = weeks.flatMap((w) => w.sessions);
	const todaySession = all.find((s) => s.date === today && s.status === 'today') ?? null;
	const next = all.find((s) => s.date > today && s.status === 'upcoming') ?? null;
	const todayCredit = creditByDay(doneSessions.filter((s) => s.date === today)).get(today);
	return {
		ok: true,
		plan: {
			weeks,
			current,
			today: todaySession,
			next,
			doneToday: todayCredit === 'done',
			attemptedToday: todayCredit === 'attempted',
			ended: daysBetween(addDays(settings.startDate, settings.weeks * 7 - 1), today) > 0
		}
	};
}

function weekSessions(w: {
	index: number;
	when: PlanWeek['when'];
	today: IsoDate;
	dates: IsoDate[];
	walkingDates: IsoDate[];
	credits: ReadonlyMap<IsoDate, Credit>;
	planned: number;
	targetMin: number;
	schedules: readonly Schedule[];
}): PlannedSession[] {
	const make = (date: IsoDate, status: SessionStatus, n: number): PlannedSession => ({
		key: `w${w.index}-${date}-${n}`,
		week: w.index,
		date,
		track: scheduleOn(w.schedules, date).track,
		targetMin: w.targetMin,
		status,
		extraDay: !w.walkingDates.includes(date)
	});
	const byDate = (a: PlannedSession, b: PlannedSession) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
	// Short walks are walks, not sessions: their day stays open.
	const counted = [...w.credits]
		.filter(([, credit]) => credit !== 'short')
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const doneList = counted.map(([date, credit], i) =>
		make(date, credit === 'done' ? 'done' : 'attempted', i)
	);
	const doneCount = counted.filter(([, credit]) => credit === 'done').length;

	if (w.when === 'future') return w.walkingDates.map((d, i) => make(d, 'upcoming', i));

	// An attempted session does not count, but its day is used: no second walk after a warning.
	const usedDates = new Set(counted.map(([date]) => date));
	const remaining = Math.max(0, w.planned - doneCount);
	if (w.when === 'past') {
		const attempted = doneList.length - doneCount;
		const missed = w.walkingDates
			.filter((d) => !usedDates.has(d))
			.slice(0, Math.max(0, remaining - attempted));
		return [...doneList, ...missed.map((d, i) => make(d, 'missed', doneList.length + i))].sort(
			byDate
		);
	}

	// This week: what is left moves to the days still ahead, walking days first, one a day.
	const ahead = w.dates.filter((d) => d >= w.today && !usedDates.has(d));
	const preferred = ahead.filter((d) => w.walkingDates.includes(d));
	const others = ahead.filter((d) => !w.walkingDates.includes(d));
	const chosen: IsoDate[] = [];
	for (const d of preferred) if (chosen.length < remaining) chosen.push(d);
	// Extra days only when the walking days left cannot hold what is left; the nearest first.
	for (const d of others) if (chosen.length < remaining) chosen.push(d);
	chosen.sort();
	const upcoming = chosen.map((d, i) =>
		make(d, d === w.today ? 'today' : 'upcoming', doneList.length + i)
	);
	return [...doneList, ...upcoming].sort(byDate);
}

/** Moves the future to new choices from `from` on; the past keeps the schedule it had. */
export function withSchedule(schedules: readonly Schedule[], next: Schedule): Schedule[] {
	return [...schedules.filter((s) => s.from < next.from), next];
}
