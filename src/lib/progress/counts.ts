// One vocabulary of counts, used by every page that counts: Progress, History, the report and the
// restore preview. A walk is any walk recorded or added by hand (walk tests apart); a session
// done or attempted follows the program's one rule (program/session-credit.ts), one a day; a walk
// test is a record of the walk test, walked in the app or typed in. Leg raising counts the
// raising after walks and the breaks timed on its own page, from the same records everywhere.

import type { IsoDate, Weekday } from '$lib/dates';
import { adherence } from '$lib/program/session-credit';
import { doneSessionFrom } from './done';
import { weekStartOf, type SessionInput } from './metrics';

export interface Counts {
	/** Walks recorded or added by hand, walk tests apart. */
	walks: number;
	/** Of the walks, those added by hand. */
	byHand: number;
	/** Days with a session done (at least half the target, or counted by the person). */
	done: number;
	/** Days with a walk ended by a warning or "I feel unwell", and none done. */
	attempted: number;
	/** Walk tests. */
	tests: number;
	/** Minutes of leg raising: after walks, and breaks timed on their own. */
	legRaiseMs: number;
}

/** A leg-raising break as the counts read it. */
export interface LegRaise {
	date: IsoDate;
	kind: string;
	durationMs: number | null;
}

type Range = { from: IsoDate; to: IsoDate } | null;
const within = (range: Range) => (date: IsoDate) =>
	!range || (date >= range.from && date <= range.to);

/** Leg raising in a range of days: after walks, and breaks timed on their own page. */
export function legRaiseMs(
	sessions: readonly Pick<SessionInput, 'date' | 'kind' | 'summary'>[],
	breaks: readonly LegRaise[],
	range: Range = null
): number {
	const inRange = within(range);
	let total = 0;
	for (const s of sessions)
		if (s.kind !== 'test' && inRange(s.date)) total += s.summary.elevationMs ?? 0;
	for (const b of breaks) if (b.kind === 'elevation' && inRange(b.date)) total += b.durationMs ?? 0;
	return total;
}

/** Leg raising week by week (by each week's first day), in one pass: the report's column. */
export function legRaiseByWeek(
	sessions: readonly Pick<SessionInput, 'date' | 'kind' | 'summary'>[],
	breaks: readonly LegRaise[],
	startsOn: Weekday
): Map<IsoDate, number> {
	const out = new Map<IsoDate, number>();
	const add = (date: IsoDate, ms: number) => {
		const week = weekStartOf(date, startsOn);
		out.set(week, (out.get(week) ?? 0) + ms);
	};
	for (const s of sessions) if (s.kind !== 'test') add(s.date, s.summary.elevationMs ?? 0);
	for (const b of breaks) if (b.kind === 'elevation') add(b.date, b.durationMs ?? 0);
	return out;
}

/** The counts over a range of days (inclusive), or over everything. */
export function countsOf(
	records: {
		sessions: readonly Pick<SessionInput, 'date' | 'kind' | 'targetMs' | 'summary'>[];
		/** The day of each walk test. */
		tests: readonly IsoDate[];
		breaks?: readonly LegRaise[];
	},
	range: Range = null
): Counts {
	const inRange = within(range);
	const walks = records.sessions.filter((s) => s.kind !== 'test' && inRange(s.date));
	const { done, attempted } = adherence(walks.map(doneSessionFrom));
	return {
		walks: walks.length,
		byHand: walks.filter((s) => s.kind === 'manual').length,
		done,
		attempted,
		tests: records.tests.filter(inRange).length,
		legRaiseMs: legRaiseMs(walks, records.breaks ?? [], range)
	};
}
