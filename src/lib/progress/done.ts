// The walks a program counts as done, from stored sessions: what the plan's "session done" rule
// reads. Its own small module, so the pages that plan load it without the weekly figures.

import type { DoneSession } from '$lib/program/types';
import type { SessionSummary } from '$lib/records';
import type { SessionInput } from './metrics';

/** The part of a session the program's "session done" rule reads. */
export function doneSessionFrom(
	s: Pick<SessionInput, 'date' | 'targetMs' | 'summary'>
): DoneSession {
	return {
		date: s.date,
		activeWalkingMs: s.summary.activeWalkingMs,
		targetMs: s.targetMs,
		firstOnsetMs: s.summary.firstOnsetMs,
		moderatePainMs: s.summary.moderatePainMs ?? null,
		endedBy: s.summary.endedBy ?? null,
		markedDone: s.summary.markedDone ?? false
	};
}

/** A stored session, as `doneOf` reads it. */
export interface StoredSession extends Omit<SessionInput, 'summary' | 'id' | 'startedAt'> {
	programId: string | null;
	status: string;
	deletedAt: number | null;
	summary: SessionSummary | null;
}

/**
 * A program's walks done, as the plan's "session done" rule reads them, from stored sessions:
 * this program's, finished, not walk tests, not deleted.
 */
export function doneOf(sessions: readonly StoredSession[], programId: string): DoneSession[] {
	return sessions.flatMap((s) =>
		s.programId === programId &&
		s.status === 'finished' &&
		s.kind !== 'test' &&
		s.summary &&
		!s.deletedAt
			? [doneSessionFrom({ ...s, summary: s.summary })]
			: []
	);
}
