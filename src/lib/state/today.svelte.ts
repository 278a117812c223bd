// Today: what the plan, the care status and the records say to do now, in one place. The one
// main action comes from program/main-action.ts; this class gathers the facts it needs, and the
// vein track's breaks logged from the page.

import type { IsoDate } from '$lib/dates';
import { toIsoDate } from '$lib/dates';
import type { BreakKind } from '$lib/diary/diary';
import * as m from '$lib/messages';
import { mainAction, type MainAction } from '$lib/program/main-action';
import { scheduleOn, type Plan } from '$lib/program/plan';
import { DONE_SHARE } from '$lib/program/session-credit';
import type { DoneSession, Schedule } from '$lib/program/types';
import type { CareStatus } from '$lib/safety/care';
import type { ProgramRecord, ReviewRecord, WalkTestRecord } from '$lib/storage/schema';

/** What Today reads of the program (ProgramState has all of it). */
export interface TodaySource {
	readonly today: IsoDate;
	readonly program: ProgramRecord | null;
	readonly plan: Plan | null;
	readonly tests: readonly WalkTestRecord[];
	readonly done: readonly DoneSession[];
	readonly reviews: readonly ReviewRecord[];
	readonly retestThisWeek: WalkTestRecord | null;
}

/** What Today needs from the rest of the app. */
export interface TodayPorts {
	now(): number;
	logBreak(kind: BreakKind): Promise<boolean>;
}

/** A second tap within this time of the first is the same tap. */
const SAME_TAP_MS = 1000;

export class TodayView {
	#source: TodaySource;
	#care: { readonly status: CareStatus | null };
	#ports: TodayPorts;
	#lastBreakAt = -Infinity;
	/** What became of the last break logged: said under the buttons. */
	breakNote = $state('');

	constructor(
		source: TodaySource,
		care: { readonly status: CareStatus | null },
		ports: TodayPorts
	) {
		this.#source = source;
		this.#care = care;
		this.#ports = ports;
	}

	/** Whether a training walk is the thing to do today, by the care status. */
	mayWalk = $derived.by(() => this.#care.status?.mayWalk ?? true);
	week = $derived.by(() => this.#source.plan?.current ?? null);
	schedule = $derived.by<Schedule | null>(() =>
		this.#source.program ? scheduleOn(this.#source.program.schedules, this.#source.today) : null
	);
	/** A new program week (not the first) whose review is not yet written. */
	reviewDue = $derived.by(
		() =>
			!!this.week &&
			this.week.index > 1 &&
			!this.#source.reviews.some((r) => r.weekStart === this.week?.start)
	);
	walkTestDue = $derived.by(() => !!this.week?.retest && !this.#source.retestThisWeek);
	/**
	 * A walk test walked today with the app (the timed walk, or a six-minute walk; typed-in results
	 * were walked elsewhere): the rest of today is rest.
	 */
	walkedTestToday = $derived.by(() =>
		this.#source.tests.some(
			(t) => (t.sessionId !== null || !!t.sixMinute) && toIsoDate(t.at) === this.#source.today
		)
	);
	/**
	 * In the program's first week, before any six-minute walk: an optional six-minute walk is
	 * offered beside the plan, to measure distance from the start (the walk tests page has it).
	 * Not while the care status holds walks, nor on the day of a walk test.
	 */
	sixMinuteOffer = $derived.by(
		() =>
			this.week?.index === 1 &&
			this.mayWalk &&
			!this.walkedTestToday &&
			!this.#source.tests.some((t) => t.method === 'sixMinute')
	);
	/** Today's walk is planned and not yet done or ended early. */
	walkToday = $derived.by(
		() =>
			!!this.#source.plan?.today &&
			!this.#source.plan.doneToday &&
			!this.#source.plan.attemptedToday
	);
	/** After a walk test today, the next walk is the next walking day's. */
	upNext = $derived.by(() => {
		const plan = this.#source.plan;
		if (!plan) return null;
		return this.walkedTestToday ? plan.next : (plan.today ?? plan.next);
	});
	/** The one filled button on the page. */
	main = $derived<MainAction>(
		mainAction({
			careFirst: !this.mayWalk,
			walkTestDue: this.walkTestDue,
			walkToday: this.walkToday,
			walkedTestToday: this.walkedTestToday,
			reviewDue: this.reviewDue
		})
	);
	/** Today's longest walk, when none of today's walks counts as the session yet. */
	shortToday = $derived.by(() => {
		if (!this.walkToday) return null;
		const walks = this.#source.done.filter((s) => s.date === this.#source.today);
		if (walks.length === 0) return null;
		const longest = walks.reduce((a, b) => (b.activeWalkingMs > a.activeWalkingMs ? b : a));
		return {
			walkedMin: Math.floor(longest.activeWalkingMs / 60_000),
			neededMin: Math.ceil((longest.targetMs * DONE_SHARE) / 60_000)
		};
	});
	/** This week's sessions not ended early: what a short week is counted in. */
	weekCounted = $derived(this.week?.sessions.filter((s) => s.status !== 'attempted').length ?? 0);

	/** Logs a leg-raising or calf-pump break; one per tap. */
	async logBreak(kind: BreakKind): Promise<void> {
		const t = this.#ports.now();
		if (t - this.#lastBreakAt < SAME_TAP_MS) return;
		this.#lastBreakAt = t;
		this.breakNote = (await this.#ports.logBreak(kind)) ? m.day.logged : m.storage.problem.failed;
	}
}
