// Changing a finished walk after the fact: its pain levels, when the pain started and when each
// bout stopped. An edit moves the recorded taps; every number is then recomputed from them, so
// an edited walk is held to the same rules as one recorded live.

import type { PainLevel } from '$lib/program/pain-scale';
import { effectiveEvents, walkView, type WalkEvent } from './timeline';

/** One bout as the person sees it: minutes into the bout, and the level at the stop. */
export interface BoutFields {
	index: number;
	/** Walking time before the pain started; null when no pain was tapped. */
	onsetMs: number | null;
	/** Walking time when the bout stopped for a rest; null when it did not stop for one. */
	stopMs: number | null;
	level: PainLevel | null;
	/** What the timeline can move: a tap for the pain, a tap for the stop. */
	hasOnset: boolean;
	hasStop: boolean;
}

export type EditProblem =
	| 'onsetAfterStop'
	| 'onsetAfterEnd'
	| 'onsetBeforeStart'
	| 'stopBeforeStart'
	| 'stopAfterRestEnd'
	| 'notPossible';

export interface FieldProblem {
	index: number;
	field: 'onset' | 'stop';
	problem: EditProblem;
}

interface BoutTaps {
	onset: WalkEvent | null;
	stop: WalkEvent | null;
	/** The tap after the stop: the end of the rest, or the end of the walk. */
	afterStop: WalkEvent | null;
}

/** The taps of each bout, in order. */
function tapsByBout(events: readonly WalkEvent[]): BoutTaps[] {
	const bouts: BoutTaps[] = [];
	let current: BoutTaps | null = null;
	for (const e of effectiveEvents(events)) {
		if (current?.stop && !current.afterStop) current.afterStop = e;
		const entersWalking =
			((e.type === 'started' || e.type === 'phaseStarted') && e.phase === 'walking') ||
			(e.type === 'painGone' && current !== null);
		if (entersWalking) {
			current = { onset: null, stop: null, afterStop: null };
			bouts.push(current);
		} else if (e.type === 'painOnset' && current && !current.onset && !current.stop) {
			current.onset = e;
		} else if (e.type === 'stopped' && current && !current.stop) {
			current.stop = e;
		}
	}
	return bouts;
}

/** The bouts of a finished walk as editable fields. */
export function boutFields(events: readonly WalkEvent[], endAt: number): BoutFields[] {
	const view = walkView(events, endAt);
	const taps = tapsByBout(events);
	return view.bouts
		.filter((b) => b.walkingMs > 0)
		.map((b) => ({
			index: b.index,
			onsetMs: b.onsetMs,
			stopMs: taps[b.index]?.stop ? b.walkingMs : null,
			level: b.stopLevel,
			hasOnset: !!taps[b.index]?.onset,
			hasStop: !!taps[b.index]?.stop
		}));
}

/**
 * The taps an edit changes, moved and relabelled, or the problems that make it impossible:
 * pain that starts after the stop, after the walk ended, or before the start, a stop before the start or after the rest
 * it began had ended.
 */
export function editWalk(
	events: readonly WalkEvent[],
	endAt: number,
	wanted: readonly BoutFields[],
	now: number
):
	| { ok: true; changed: (WalkEvent & { updatedAt: number })[] }
	| { ok: false; problems: FieldProblem[] } {
	const before = boutFields(events, endAt);
	const taps = tapsByBout(events);
	const lengths = new Map(walkView(events, endAt).bouts.map((b) => [b.index, b.walkingMs]));
	const problems: FieldProblem[] = [];
	const moved = new Map<string, WalkEvent>();
	for (const want of wanted) {
		const was = before.find((b) => b.index === want.index);
		const bout = taps[want.index];
		if (!was || !bout) continue;
		const stopMs = want.stopMs ?? was.stopMs;
		if (want.onsetMs !== null && want.onsetMs < 0) {
			problems.push({ index: want.index, field: 'onset', problem: 'onsetBeforeStart' });
		}
		if (stopMs !== null && stopMs <= 0) {
			problems.push({ index: want.index, field: 'stop', problem: 'stopBeforeStart' });
		}
		if (want.onsetMs !== null && stopMs !== null && stopMs > 0 && want.onsetMs > stopMs) {
			problems.push({ index: want.index, field: 'onset', problem: 'onsetAfterStop' });
		}
		// A bout with no stop (the last, ended by finishing): the pain cannot start after it.
		const length = lengths.get(want.index) ?? null;
		if (want.onsetMs !== null && stopMs === null && length !== null && want.onsetMs > length) {
			problems.push({ index: want.index, field: 'onset', problem: 'onsetAfterEnd' });
		}
		if (bout.stop && was.stopMs !== null && want.stopMs !== null) {
			const at = bout.stop.at + (want.stopMs - was.stopMs);
			if (bout.afterStop && at >= bout.afterStop.at) {
				problems.push({ index: want.index, field: 'stop', problem: 'stopAfterRestEnd' });
			}
			if (at !== bout.stop.at || want.level !== was.level) {
				moved.set(bout.stop.id, {
					...bout.stop,
					at,
					...(want.level === null ? {} : { level: want.level })
				});
			}
		} else if (bout.stop && want.level !== was.level && want.level !== null) {
			moved.set(bout.stop.id, { ...bout.stop, level: want.level });
		}
		if (
			bout.onset &&
			was.onsetMs !== null &&
			want.onsetMs !== null &&
			want.onsetMs !== was.onsetMs
		) {
			moved.set(bout.onset.id, { ...bout.onset, at: bout.onset.at + (want.onsetMs - was.onsetMs) });
		}
	}
	if (problems.length) return { ok: false, problems };
	// The new timeline must give exactly what was asked; a pause in a bout can make a shift land
	// somewhere else, and then the edit is refused rather than stored wrong.
	const next = events.map((e) => moved.get(e.id) ?? e);
	const after = boutFields(next, endAt);
	for (const want of wanted) {
		const got = after.find((b) => b.index === want.index);
		const check = (field: 'onset' | 'stop', a: number | null, b: number | null) => {
			if (a !== null && b !== null && a !== b) {
				problems.push({ index: want.index, field, problem: 'notPossible' });
			}
		};
		check('onset', want.onsetMs, got?.onsetMs ?? null);
		check('stop', want.stopMs, got?.stopMs ?? null);
	}
	if (problems.length) return { ok: false, problems };
	return { ok: true, changed: [...moved.values()].map((e) => ({ ...e, updatedAt: now })) };
}
