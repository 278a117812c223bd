// Rules of a walk that the page must not decide for itself: what a new walk is (its kind, track
// and target, from the plan), when an unfinished walk is too old to resume, when a rest warns,
// and when the time since a walk was last seen is asked about rather than believed.

import { DEFAULT_START_MIN } from '$lib/program/baseline';
import { REST_WARNING_MS, SEVERE_LEVEL } from '$lib/program/pain-scale';
import type { Plan } from '$lib/program/plan';
import type { Track } from '$lib/program/types';
import type { WalkView } from './timeline';

const MIN = 60_000;
/** An unfinished walk untouched this long is asked about rather than resumed. */
export const STALE_MS = 4 * 60 * MIN;

export interface NewWalk {
	kind: 'planned' | 'free';
	track: Track;
	targetMin: number;
}

/** Today's planned session if there is one; else a free walk at this week's target and track. */
export function newWalk(plan: Plan | null): NewWalk {
	const today = plan?.today ?? null;
	if (today) return { kind: 'planned', track: today.track, targetMin: today.targetMin };
	return {
		kind: 'free',
		track: plan?.next?.track ?? plan?.current?.sessions[0]?.track ?? 'pad',
		targetMin: plan?.current?.targetMin ?? DEFAULT_START_MIN
	};
}

/** A walk left running for hours: it is finished or discarded, not resumed. */
export function isStale(view: WalkView, now: number): boolean {
	const live = view.status === 'running' || view.status === 'paused';
	return (
		live &&
		view.lastEventAt !== null &&
		now - view.lastEventAt > STALE_MS &&
		view.phase !== 'finish'
	);
}

/**
 * The warning a rest shows: past 10 minutes (on a walk that rests for pain), or after a stop at
 * severe pain. The walk's state stores it once; the resting screen shows it.
 */
export function restWarning(view: WalkView, continuous: boolean): 'longRest' | 'severePain' | null {
	if (view.status !== 'running' || view.phase !== 'walking' || view.moving !== 'resting') {
		return null;
	}
	if (!continuous && view.currentRestMs >= REST_WARNING_MS) return 'longRest';
	if ((view.currentBout?.stopLevel ?? 0) >= SEVERE_LEVEL) return 'severePain';
	return null;
}

/**
 * A page that opens on a walk under way knows when the walk was last seen (its last tap, or the
 * heartbeat the open page keeps). Longer away than this, or a clock now earlier than that, is
 * asked about, not believed: the tab may have been closed, or the phone's clock changed.
 */
export const AWAY_MS = 2 * MIN;
/** A clock this much earlier than the walk last seen has gone back. */
export const BACK_MS = 30_000;

export interface TimeQuestion {
	/** Forward: more time has passed than the page saw; back: the clock now reads earlier. */
	jump: 'forward' | 'back';
	/** What was under way: a rest, a bout of walking, or another part of the session. */
	doing: 'resting' | 'walking' | 'part';
	/** The last moment the walk was seen, on its own clock. */
	seenAt: number;
	/** How long the rest, bout or part had lasted when last seen. */
	seenMs: number;
	/** Since the rest, bout or part began, by the clock now (forward only). */
	sinceMs: number;
}

/**
 * Whether to ask about the time since the walk was last seen, and what to ask. `seen` is the
 * view at the last moment seen; `view` is the view now.
 */
export function timeQuestion(
	seen: WalkView,
	view: WalkView,
	seenAt: number,
	now: number
): TimeQuestion | null {
	if (view.status !== 'running' || view.phase === 'finish' || isStale(view, now)) return null;
	const jump = now < seenAt - BACK_MS ? 'back' : now - seenAt > AWAY_MS ? 'forward' : null;
	if (!jump) return null;
	const doing = view.phase === 'walking' && view.moving ? view.moving : 'part';
	const seenMs =
		doing === 'resting'
			? seen.currentRestMs
			: doing === 'walking'
				? (seen.currentBout?.walkingMs ?? 0)
				: seen.phaseElapsedMs;
	const nowMs =
		doing === 'resting'
			? view.currentRestMs
			: doing === 'walking'
				? (view.currentBout?.walkingMs ?? 0)
				: view.phaseElapsedMs;
	return { jump, doing, seenAt, seenMs, sinceMs: jump === 'forward' ? nowMs : seenMs };
}
