// The walking plan as a pure function of the person's choices, their first walk test and the
// sessions they did. Nothing planned is stored: the past is what was done, the future is derived,
// so a change of days or track moves the future and cannot touch the past.
// Rules and their sources: docs/clinical-basis.md.

import { addDays, daysBetween, type IsoDate, weekdayOf } from '$lib/dates';
import { startTargetMin } from './baseline';
import type { DoneSession, Schedule, Track, WalkTestResult } from './types';

const MIN = 60_000;

export const PROGRAM_WEEKS = 12;
export const WEEKLY_STEP_MIN = 5;
export const GOAL_MIN = 50;
/** Guideline minimum of training per session: time keeps rising to here even when pain comes late. */
export const MIN_SESSION_MIN = 30;
/** Pain this late at the current pace means the pace is too easy: raise intensity instead. */
export const LATE_ONSET_MS = 8 * MIN;
export const RETEST_EVERY_WEEKS = 4;
/** The PAD track needs at least this many walking days a week. */
export const MIN_PAD_DAYS = 3;

export interface ProgramSettings {
	startDate: IsoDate;
	weeks: number;
	/** Oldest first; each applies from its date on. */
	schedules: Schedule[];
	baseline: WalkTestResult | null;
}

export type TargetReason =
	| { kind: 'baseline'; method: WalkTestResult['method'] | null }
	| { kind: 'advanced'; done: number; planned: number }
	| { kind: 'repeated'; done: number; planned: number }
	| { kind: 'held'; onsetMs: number }
	| { kind: 'atGoal' }
	| { kind: 'ifComplete'; week: number };

export type Intensity = { kind: 'atGoal' } | { kind: 'lateOnset'; onsetMs: number } | null;

export type SessionStatus = 'done' | 'missed' | 'today' | 'upcoming';

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
	done: number;
	complete: boolean;
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
	ended: boolean;
}

export type PlanError = { kind: 'noDays' } | { kind: 'tooFewDays'; needed: number };

export function checkSchedule(schedule: Pick<Schedule, 'days' | 'track'>): PlanError | null {
	const days = new Set(schedule.days).size;
	if (days === 0) return { kind: 'noDays' };
	if (schedule.track !== 'vein' && days < MIN_PAD_DAYS)
		return { kind: 'tooFewDays', needed: MIN_PAD_DAYS };
	return null;
}

export function scheduleOn(schedules: readonly Schedule[], date: IsoDate): Schedule {
	let found = schedules[0];
	for (const s of schedules) if (s.from <= date) found = s;
	if (!found) throw new Error('A program needs at least one schedule');
	return found;
}

function isWalkingDay(schedules: readonly Schedule[], date: IsoDate): boolean {
	return scheduleOn(schedules, date).days.includes(weekdayOf(date));
}

/** How long pain took to come in a week's sessions (median); a session with no pain counts its walk. */
export function typicalOnsetMs(sessions: readonly DoneSession[]): number | null {
	const values = sessions
		.map((s) => s.firstOnsetMs ?? (s.activeWalkingMs >= LATE_ONSET_MS ? s.activeWalkingMs : null))
		.filter((v): v is number => v !== null)
		.sort((a, b) => a - b);
	if (values.length === 0) return null;
	const mid = Math.floor(values.length / 2);
	return values.length % 2
		? (values[mid] as number)
		: ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

function baselineOnsetMs(test: WalkTestResult | null): number | null {
	if (!test || test.method === 'sixMinute') return null;
	return test.onsetMs ?? test.maxWalkMs;
}

function datesOf(start: IsoDate): IsoDate[] {
	return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

export function buildPlan(
	settings: ProgramSettings,
	doneSessions: readonly DoneSession[],
	today: IsoDate
): { ok: true; plan: Plan } | { ok: false; error: PlanError } {
	for (const schedule of settings.schedules) {
		const error = checkSchedule(schedule);
		if (error) return { ok: false, error };
	}
	if (settings.schedules.length === 0) return { ok: false, error: { kind: 'noDays' } };
	const schedules = [...settings.schedules].sort((a, b) =>
		a.from < b.from ? -1 : a.from > b.from ? 1 : 0
	);

	const weeks: PlanWeek[] = [];
	let previous: PlanWeek | null = null;
	let previousOnsetMs = baselineOnsetMs(settings.baseline);

	for (let index = 1; index <= settings.weeks; index++) {
		const start = addDays(settings.startDate, (index - 1) * 7);
		const end = addDays(start, 6);
		const when = today < start ? 'future' : today > end ? 'past' : 'current';
		const dates = datesOf(start);
		const walkingDates = dates.filter((d) => isWalkingDay(schedules, d));
		const done = doneSessions.filter((s) => s.date >= start && s.date <= end);

		let targetMin: number;
		let reason: TargetReason;
		if (!previous) {
			targetMin = startTargetMin(settings.baseline);
			reason = { kind: 'baseline', method: settings.baseline?.method ?? null };
		} else if (previous.when === 'future' || previous.when === 'current') {
			targetMin = Math.min(GOAL_MIN, previous.targetMin + WEEKLY_STEP_MIN);
			reason = { kind: 'ifComplete', week: previous.index };
		} else if (!previous.complete) {
			targetMin = previous.targetMin;
			reason = { kind: 'repeated', done: previous.done, planned: previous.planned };
		} else if (previous.targetMin >= GOAL_MIN) {
			targetMin = GOAL_MIN;
			reason = { kind: 'atGoal' };
		} else if (
			previousOnsetMs !== null &&
			previousOnsetMs >= LATE_ONSET_MS &&
			previous.targetMin >= MIN_SESSION_MIN
		) {
			targetMin = previous.targetMin;
			reason = { kind: 'held', onsetMs: previousOnsetMs };
		} else {
			targetMin = Math.min(GOAL_MIN, previous.targetMin + WEEKLY_STEP_MIN);
			reason = { kind: 'advanced', done: previous.done, planned: previous.planned };
		}

		const intensity: Intensity =
			targetMin >= GOAL_MIN
				? { kind: 'atGoal' }
				: previousOnsetMs !== null && previousOnsetMs >= LATE_ONSET_MS
					? { kind: 'lateOnset', onsetMs: previousOnsetMs }
					: null;

		const planned = walkingDates.length;
		const sessions = weekSessions({
			index,
			when,
			today,
			end,
			dates,
			walkingDates,
			done,
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
			done: done.length,
			complete: done.length >= planned,
			retest: index % RETEST_EVERY_WEEKS === 0,
			sessions
		};
		weeks.push(week);
		if (when === 'past') {
			const onset = typicalOnsetMs(done);
			if (onset !== null) previousOnsetMs = onset;
		}
		previous = week;
	}

	const current = weeks.find((w) => w.when === 'current') ?? null;
	const all = weeks.flatMap((w) => w.sessions);
	const todaySession = all.find((s) => s.date === today && s.status === 'today') ?? null;
	const next = all.find((s) => s.date > today && s.status === 'upcoming') ?? null;
	return {
		ok: true,
		plan: {
			weeks,
			current,
			today: todaySession,
			next,
			doneToday: doneSessions.some((s) => s.date === today),
			ended: daysBetween(addDays(settings.startDate, settings.weeks * 7 - 1), today) > 0
		}
	};
}

function weekSessions(w: {
	index: number;
	when: PlanWeek['when'];
	today: IsoDate;
	end: IsoDate;
	dates: IsoDate[];
	walkingDates: IsoDate[];
	done: readonly DoneSession[];
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
	const doneList = [...w.done]
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
		.map((s, i) => make(s.date, 'done', i));

	if (w.when === 'future') return w.walkingDates.map((d, i) => make(d, 'upcoming', i));

	const remaining = Math.max(0, w.planned - w.done.length);
	if (w.when === 'past') {
		const doneDates = new Set(w.done.map((s) => s.date));
		const missed = w.walkingDates.filter((d) => !doneDates.has(d)).slice(0, remaining);
		return [...doneList, ...missed.map((d, i) => make(d, 'missed', doneList.length + i))].sort(
			(a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)
		);
	}

	// This week: what is left moves to the days still ahead, walking days first, one a day.
	const doneToday = w.done.some((s) => s.date === w.today);
	const ahead = w.dates.filter((d) => (doneToday ? d > w.today : d >= w.today));
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
	return [...doneList, ...upcoming];
}

/** Moves the future to new choices from `from` on; the past keeps the schedule it had. */
export function withSchedule(schedules: readonly Schedule[], next: Schedule): Schedule[] {
	return [...schedules.filter((s) => s.from < next.from), next];
}
