// A walk added by hand (walked without the app, at a clinic or on a treadmill), turned into the
// same taps a walk recorded live would have, so every figure treats it the same.

import { parseIsoDate, type IsoDate } from '$lib/dates';
import type { WalkEvent } from './timeline';

const MIN = 60_000;

export interface ManualWalk {
	date: IsoDate;
	/** 'HH:MM', local time the walk started. */
	time: string;
	activeMs: number;
	/** Walking time before the leg pain started, in the first (longest) bout. */
	onsetMs: number | null;
	/** The longest time walked without a stop; the whole walk when there were no rests. */
	longestMs: number | null;
	rests: number;
	/** All the rests together. */
	restMs: number;
}

export type ManualField = 'date' | 'time' | 'active' | 'onset' | 'longest' | 'rests' | 'restTime';
export type ManualProblem =
	| 'missing'
	| 'future'
	| 'tooLong'
	| 'onsetAfterLongest'
	| 'longestOverActive'
	| 'longestTooShort'
	| 'longestNotWhole'
	| 'restTimeMissing'
	| 'notNumber';

/** Reads "12", "12.5" or "12:30" (minutes and seconds) as milliseconds; null if unreadable. */
export function parseMinutes(text: string): number | null {
	const t = text.trim().replace(',', '.');
	if (t === '') return null;
	const clock = /^(\d{1,3}):([0-5]\d)$/.exec(t);
	if (clock) return (Number(clock[1]) * 60 + Number(clock[2])) * 1000;
	if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
	return Math.round(Number(t) * MIN);
}

/** When the walk started, as a wall-clock instant. */
export function startOf(walk: Pick<ManualWalk, 'date' | 'time'>): number {
	const d = parseIsoDate(walk.date);
	const [h, m] = walk.time.split(':').map(Number);
	d.setHours(h ?? 0, m ?? 0, 0, 0);
	return d.getTime();
}

/** What is wrong with a walk added by hand, field by field. */
export function checkManual(
	walk: ManualWalk,
	now: number
): Partial<Record<ManualField, ManualProblem>> {
	const out: Partial<Record<ManualField, ManualProblem>> = {};
	if (!/^\d{4}-\d{2}-\d{2}$/.test(walk.date)) out.date = 'missing';
	if (!/^\d{2}:\d{2}$/.test(walk.time)) out.time = 'missing';
	if (!out.date && !out.time && startOf(walk) > now) out.date = 'future';
	if (!(walk.activeMs > 0)) out.active = 'missing';
	else if (walk.activeMs > 8 * 60 * MIN) out.active = 'tooLong';
	if (!Number.isInteger(walk.rests) || walk.rests < 0 || walk.rests > 50) out.rests = 'notNumber';
	else if (walk.rests > 0 && !(walk.restMs > 0)) out.restTime = 'restTimeMissing';
	const bouts = walk.rests + 1;
	const longest = walk.longestMs ?? walk.activeMs / bouts;
	if (walk.longestMs !== null && walk.activeMs > 0) {
		if (walk.longestMs > walk.activeMs) out.longest = 'longestOverActive';
		else if (walk.rests === 0 && walk.longestMs !== walk.activeMs) out.longest = 'longestNotWhole';
		else if (walk.longestMs * bouts < walk.activeMs) out.longest = 'longestTooShort';
	}
	if (walk.onsetMs !== null && walk.onsetMs > longest) out.onset = 'onsetAfterLongest';
	return out;
}

/**
 * The taps of the walk: the longest bout first, with the pain onset in it; the rest of the
 * walking shared evenly between the other bouts; the rest time shared evenly between the rests.
 */
export function manualEvents(
	walk: ManualWalk,
	sessionId: string,
	newId: () => string
): WalkEvent[] {
	const bouts = walk.rests + 1;
	const longest = walk.longestMs ?? Math.round(walk.activeMs / bouts);
	// Whole milliseconds; the last bout and the last rest take what division leaves over.
	const others = bouts > 1 ? Math.floor((walk.activeMs - longest) / (bouts - 1)) : 0;
	const lastBout = bouts > 1 ? walk.activeMs - longest - others * (bouts - 2) : longest;
	const rest = walk.rests > 0 ? Math.floor(walk.restMs / walk.rests) : 0;
	const lastRest = walk.rests > 0 ? walk.restMs - rest * (walk.rests - 1) : 0;
	const events: WalkEvent[] = [];
	let t = startOf(walk);
	let seq = 0;
	const add = (e: Omit<WalkEvent, 'id' | 'sessionId' | 'seq' | 'at'>, at: number) =>
		events.push({ ...e, id: newId(), sessionId, seq: ++seq, at });
	add({ type: 'started', phase: 'walking' }, t);
	for (let i = 0; i < bouts; i++) {
		const length = i === 0 ? longest : i === bouts - 1 ? lastBout : others;
		if (i === 0 && walk.onsetMs !== null) add({ type: 'painOnset' }, t + walk.onsetMs);
		t += length;
		if (i < bouts - 1) {
			add({ type: 'stopped' }, t);
			t += i === bouts - 2 ? lastRest : rest;
			add({ type: 'painGone' }, t);
		}
	}
	add({ type: 'finished' }, t);
	return events;
}

/** What a person entered for a walk added by hand, read back from its taps. */
export interface EnteredWalk {
	activeMs: number;
	onsetMs: number | null;
	/** Null when it was not entered: the walking was shared evenly, so no bout stood out. */
	longestMs: number | null;
	rests: number;
	restMs: number;
}

/**
 * The figures a walk added by hand was given, and nothing it was not: its taps spread the
 * walking evenly when no longest bout was entered, so even bouts mean "not entered".
 */
export function enteredOf(
	bouts: readonly { walkingMs: number; restMs: number; onsetMs: number | null }[]
): EnteredWalk {
	const walked = bouts.filter((b) => b.walkingMs > 0 || b.restMs > 0);
	const first = walked[0];
	const others = walked.slice(1);
	const longestKnown =
		!!first && (others.length === 0 || others.every((b) => b.walkingMs < first.walkingMs - 1000));
	return {
		activeMs: walked.reduce((sum, b) => sum + b.walkingMs, 0),
		onsetMs: first?.onsetMs ?? null,
		longestMs: longestKnown && first ? first.walkingMs : null,
		rests: Math.max(0, walked.length - 1),
		restMs: walked.reduce((sum, b) => sum + b.restMs, 0)
	};
}
