// Two rules of a walk that the page must not decide for itself: what a new walk is (its kind,
// track and target, from the plan), and when an unfinished walk is too old to resume.

import { DEFAULT_START_MIN } from '$lib/program/baseline';
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
