// What counts as a session done: one rule, used by the plan's "repeat or advance" and by
// Progress's adherence, so the two can never disagree. Reasons: docs/clinical-basis.md.

import type { IsoDate } from '$lib/dates';
import type { DoneSession } from './types';

/** A walk counts as the day's session once this share of its walking target was walked. */
export const DONE_SHARE = 0.5;

/**
 * done: the session's walking block was really done (or the person said so);
 * attempted: a warning ended it; short: a walk, but not yet a session.
 */
export type Credit = 'done' | 'attempted' | 'short';

const RANK: Record<Credit, number> = { short: 0, attempted: 1, done: 2 };

export function sessionCredit(s: DoneSession): Credit {
	if (s.endedBy) return 'attempted';
	if (s.markedDone) return 'done';
	if (s.targetMs > 0 && s.activeWalkingMs >= s.targetMs * DONE_SHARE) return 'done';
	return 'short';
}

/** The best credit of each day: more than one walk on a day counts once. */
export function creditByDay(sessions: readonly DoneSession[]): Map<IsoDate, Credit> {
	const days = new Map<IsoDate, Credit>();
	for (const s of sessions) {
		const credit = sessionCredit(s);
		const had = days.get(s.date);
		if (!had || RANK[credit] > RANK[had]) days.set(s.date, credit);
	}
	return days;
}

/** Days with a session done, and days with one attempted (ended by a warning) but none done. */
export function adherence(sessions: readonly DoneSession[]): { done: number; attempted: number } {
	let done = 0;
	let attempted = 0;
	for (const credit of creditByDay(sessions).values()) {
		if (credit === 'done') done++;
		else if (credit === 'attempted') attempted++;
	}
	return { done, attempted };
}
