// The event timeline of one walk: a pure function of (events, now) gives every number the walk
// screen and the summary show. Nothing here is advanced by a timer; a tick only asks again.

import type { PainLevel } from '$lib/program/pain-scale';
import { isPainLevel, REST_WARNING_MS, SEVERE_LEVEL } from '$lib/program/pain-scale';
import type { WalkWarning } from '$lib/program/types';
import type { SignId } from '$lib/safety/questions';

export type Phase = 'warmup' | 'walking' | 'calfPump' | 'cooldown' | 'elevation' | 'finish';
export const PHASES: readonly Phase[] = [
	'warmup',
	'walking',
	'calfPump',
	'cooldown',
	'elevation',
	'finish'
];

export type Feeling = 'better' | 'same' | 'worse';

/** Every kind of walk event, as stored; backup files are checked against this list. */
export const WALK_EVENT_TYPES = [
	'started',
	'phaseStarted',
	'step',
	'painOnset',
	'stopped',
	'painGone',
	'paused',
	'resumed',
	'note',
	'feeling',
	/** "I did my session": the person counts a walk they ended early as the day's session. */
	'didSession',
	/** A sign the person tapped on "I feel unwell". */
	'sign',
	/** A warning the walk screen showed: a rest past 10 minutes, or severe pain at a stop. */
	'warning',
	/**
	 * How far the bout being walked went, from the phone's positions, recorded as its walking
	 * ends (only when "Measure distance outdoors" is on). The positions are never stored.
	 */
	'distance',
	'finished',
	'abandoned',
	'undo',
	/**
	 * The page was away (closed, or the phone's clock changed) and the person said the walk
	 * carries on from where it was last seen: time counts up to `from`, then again from `at`.
	 */
	'away'
] as const;
export type WalkEventType = (typeof WALK_EVENT_TYPES)[number];

/** What a tap asks to record; the recorder adds id, sessionId, seq and at. */
export interface WalkEventInput {
	type: WalkEventType;
	/** `started`: the first phase; `phaseStarted`: the phase entered. */
	phase?: Phase;
	/** `step`: index of the warm-up, calf-pump or cool-down step now shown. */
	step?: number;
	/** `painOnset` and `stopped`: the pain level (none for a rest on the vein track). */
	level?: PainLevel;
	/** `note`: free text. */
	text?: string;
	/** `feeling`: how the legs felt. */
	feeling?: Feeling;
	/** `undo`: the event taken back. */
	targetId?: string;
	/** `finished`: when the walk really ended, for one finished long after it stopped. */
	endAt?: number;
	/** `sign`: which sign. */
	sign?: SignId;
	/** `warning`: which warning was shown. */
	warning?: 'longRest' | 'severePain';
	/** `away`: the last moment the walk was seen, on the clock of the events before. */
	from?: number;
	/**
	 * `distance`: the bout's metres; `painOnset`: the metres walked in the bout before the pain
	 * started. Only when distance is measured.
	 */
	metres?: number;
	/** `distance`: the positions were too poor for the metres to be relied on. */
	poor?: boolean;
}

export interface WalkEvent extends WalkEventInput {
	id: string;
	sessionId: string;
	/** Order of recording within the walk; the clock may jump, this does not. */
	seq: number;
	/** Wall-clock time of the tap, epoch ms. */
	at: number;
}

export type WalkStatus = 'notStarted' | 'running' | 'paused' | 'finished' | 'abandoned';

export interface Bout {
	index: number;
	startAt: number;
	/** Walking time in this bout, pauses excluded. */
	walkingMs: number;
	/** Walking time from the start of the bout to the first leg pain; null if none was tapped. */
	onsetMs: number | null;
	/** Pain level given when the bout was stopped for a rest; null if it ended otherwise. */
	stopLevel: PainLevel | null;
	/** Rest after this bout, pauses excluded. */
	restMs: number;
	/** True once "Pain gone" ended the rest after this bout. */
	painGone: boolean;
	ongoing: boolean;
	/** Metres walked in this bout, from the phone's positions; null when not measured. */
	metres: number | null;
	/** Metres walked before "Leg pain started"; null when not measured or no pain was tapped. */
	painFreeMetres: number | null;
	/** The positions were too poor for the metres to be relied on. */
	distancePoor: boolean;
}

export interface WalkView {
	status: WalkStatus;
	phase: Phase | null;
	step: number;
	phaseElapsedMs: number;
	stepElapsedMs: number;
	/** Within the walking phase: walking a bout, or resting after one. */
	moving: 'walking' | 'resting' | null;
	bouts: Bout[];
	currentBout: Bout | null;
	activeWalkingMs: number;
	totalRestMs: number;
	/** The rest under way, if resting now. */
	currentRestMs: number;
	pausedMs: number;
	/** Time spent in each part of the session, pauses excluded. */
	phaseMs: Record<Phase, number>;
	/** Onset time in the first bout that had one (claudication onset time). */
	firstOnsetMs: number | null;
	longestBoutMs: number;
	/** Bouts in which the person actually walked. */
	boutCount: number;
	/** Pain levels given at each stop, in order. */
	painLevels: PainLevel[];
	startedAt: number | null;
	endedAt: number | null;
	lastEventAt: number | null;
	note: string | null;
	feeling: Feeling | null;
	/**
	 * Walking time before the pain got moderate: the first bout stopped at level 3 or 4, or a bout
	 * with pain tapped that ended without a stop. Null when nothing recorded shows it.
	 */
	moderatePainMs: number | null;
	/** The warning the walking ended on: "I feel unwell", a rest past 10 minutes, severe pain. */
	endedBy: WalkWarning | null;
	/** The person said "I did my session". */
	markedDone: boolean;
	/** Signs the person tapped on "I feel unwell", in order. */
	signs: SignId[];
	/** Warnings the screen showed during the walk. */
	warnings: ('longRest' | 'severePain')[];
	/** The last tap, if it may still be taken back. */
	undoable: { eventId: string; type: WalkEventType } | null;
}

/** Two taps of the same kind closer than this are one tap. */
export const DOUBLE_TAP_MS = 700;
/** How long the last tap may be taken back. */
export const UNDO_WINDOW_MS = 10_000;

const UNDOABLE: ReadonlySet<WalkEventType> = new Set([
	'phaseStarted',
	'step',
	'painOnset',
	'stopped',
	'painGone',
	'paused',
	'resumed'
]);

interface State {
	status: WalkStatus;
	phase: Phase | null;
	step: number;
	phaseElapsedMs: number;
	stepElapsedMs: number;
	moving: 'walking' | 'resting' | null;
	bouts: Bout[];
	pausedMs: number;
	phaseMs: Record<Phase, number>;
	startedAt: number | null;
	endedAt: number | null;
	clock: number | null;
	note: string | null;
	feeling: Feeling | null;
	endedBy: WalkWarning | null;
	markedDone: boolean;
	signs: SignId[];
	warnings: ('longRest' | 'severePain')[];
	last: WalkEvent | null;
}

function byRecordingOrder(a: WalkEvent, b: WalkEvent): number {
	return a.seq - b.seq || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A walking distance that can be: not negative, and short of a whole day at a brisk pace. */
const isMetres = (m: unknown): m is number =>
	typeof m === 'number' && Number.isFinite(m) && m >= 0 && m <= MAX_WALK_METRES;
export const MAX_WALK_METRES = 100_000;

function currentBout(s: State): Bout | null {
	const bout = s.bouts[s.bouts.length - 1];
	return bout?.ongoing ? bout : null;
}

/** Whether an event fits the walk as it stands; events that do not are ignored, never stored. */
function fits(s: State, e: WalkEventInput & { at?: number }): boolean {
	const live = s.status === 'running' || s.status === 'paused';
	const bout = currentBout(s);
	// A double tap: the same kind of event again within a moment of the last. Moving on to
	// another part is never one: a part already entered is refused below, and the second tap
	// of a double tap that lands on a new screen is stopped by the walk page.
	if (
		s.last &&
		e.at !== undefined &&
		e.type === s.last.type &&
		e.type !== 'phaseStarted' &&
		e.type !== 'note' &&
		e.type !== 'sign' &&
		e.type !== 'warning' &&
		e.at - s.last.at < DOUBLE_TAP_MS
	) {
		return false;
	}
	switch (e.type) {
		case 'started':
			return s.status === 'notStarted' && (e.phase === undefined || PHASES.includes(e.phase));
		case 'phaseStarted':
			// From a pause, only to the finish: "I feel unwell" then "End the walk here".
			return (
				(s.status === 'running' || (s.status === 'paused' && e.phase === 'finish')) &&
				e.phase !== undefined &&
				PHASES.includes(e.phase) &&
				e.phase !== s.phase
			);
		case 'step':
			return (
				s.status === 'running' &&
				typeof e.step === 'number' &&
				Number.isInteger(e.step) &&
				e.step >= 0 &&
				e.step !== s.step
			);
		case 'painOnset':
			return (
				s.status === 'running' &&
				s.moving === 'walking' &&
				bout !== null &&
				bout.onsetMs === null &&
				(e.level === undefined || isPainLevel(e.level)) &&
				(e.metres === undefined || isMetres(e.metres))
			);
		case 'distance':
			return live && s.moving === 'walking' && bout !== null && isMetres(e.metres);
		case 'stopped':
			// No level: a rest on a walk that uses no pain scale (the vein track).
			return (
				s.status === 'running' &&
				s.moving === 'walking' &&
				(e.level === undefined || isPainLevel(e.level))
			);
		case 'painGone':
			return s.status === 'running' && s.moving === 'resting';
		case 'paused':
			return s.status === 'running';
		case 'resumed':
			return s.status === 'paused';
		case 'note':
			return s.status !== 'abandoned' && typeof e.text === 'string';
		case 'didSession':
			return s.status !== 'abandoned' && s.status !== 'notStarted' && !s.markedDone;
		case 'sign':
			return live && typeof e.sign === 'string' && !s.signs.includes(e.sign);
		case 'warning':
			return (
				live &&
				(e.warning === 'longRest' || e.warning === 'severePain') &&
				!s.warnings.includes(e.warning)
			);
		case 'feeling':
			return (
				s.status !== 'abandoned' &&
				(e.feeling === 'better' || e.feeling === 'same' || e.feeling === 'worse')
			);
		case 'finished':
			return live;
		case 'abandoned':
			return s.status !== 'finished' && s.status !== 'abandoned';
		case 'away':
			return live && typeof e.from === 'number' && Number.isFinite(e.from);
		case 'undo':
			return false; // resolved before replay
	}
}

/** Let time pass up to `to`: the only place durations grow. */
function advance(s: State, to: number): void {
	if (s.clock === null) {
		s.clock = to;
		return;
	}
	const dt = Math.max(0, to - s.clock);
	s.clock = Math.max(s.clock, to);
	if (s.status === 'paused') {
		s.pausedMs += dt;
		return;
	}
	if (s.status !== 'running') return;
	s.phaseElapsedMs += dt;
	s.stepElapsedMs += dt;
	if (s.phase) s.phaseMs[s.phase] += dt;
	if (s.phase === 'walking') {
		const bout = s.bouts[s.bouts.length - 1];
		if (bout && s.moving === 'walking') bout.walkingMs += dt;
		if (bout && s.moving === 'resting') bout.restMs += dt;
	}
}

function startBout(s: State, at: number): void {
	s.bouts.push({
		index: s.bouts.length,
		startAt: at,
		walkingMs: 0,
		onsetMs: null,
		stopLevel: null,
		restMs: 0,
		painGone: false,
		ongoing: true,
		metres: null,
		painFreeMetres: null,
		distancePoor: false
	});
	s.moving = 'walking';
}

function leaveWalking(s: State): void {
	const bout = s.bouts[s.bouts.length - 1];
	// Walking that ends during a rest ends on that rest's warning, if it had one.
	if (bout && s.moving === 'resting' && !s.endedBy) {
		if (bout.restMs >= REST_WARNING_MS) s.endedBy = 'longRest';
		else if (bout.stopLevel !== null && bout.stopLevel >= SEVERE_LEVEL) s.endedBy = 'severePain';
	}
	if (bout) bout.ongoing = false;
	s.moving = null;
}

function enterPhase(s: State, phase: Phase, at: number): void {
	if (s.phase === 'walking') leaveWalking(s);
	s.phase = phase;
	s.step = 0;
	s.phaseElapsedMs = 0;
	s.stepElapsedMs = 0;
	if (phase === 'walking') startBout(s, at);
	if (phase === 'finish') s.endedAt = at;
	else s.endedAt = null;
}

function apply(s: State, e: WalkEvent): void {
	if (e.type === 'away') {
		if (!fits(s, e)) return;
		// Time counts up to the last moment the walk was seen; the clock then reads the event's
		// own time, earlier or later, and flows on from there.
		advance(s, e.from as number);
		s.clock = e.at;
		s.last = e;
		return;
	}
	// A clock that jumped backwards: treat the tap as happening at the latest time seen.
	const t = Math.max(e.at, s.clock ?? e.at);
	if (e.type === 'finished' && typeof e.endAt === 'number') {
		advance(s, Math.min(t, Math.max(s.clock ?? e.endAt, e.endAt)));
	} else {
		advance(s, t);
	}
	if (!fits(s, e)) return;
	const at = s.clock ?? t;
	switch (e.type) {
		case 'started':
			s.status = 'running';
			s.startedAt = at;
			enterPhase(s, e.phase ?? 'warmup', at);
			break;
		case 'phaseStarted':
			// Only "I feel unwell" pauses a walk; leaving a pause for the finish ends on it.
			if (s.status === 'paused') s.endedBy = 'unwell';
			enterPhase(s, e.phase as Phase, at);
			s.status = 'running';
			break;
		case 'step':
			s.step = e.step as number;
			s.stepElapsedMs = 0;
			break;
		case 'painOnset': {
			const bout = currentBout(s) as Bout;
			bout.onsetMs = bout.walkingMs;
			bout.painFreeMetres = e.metres ?? null;
			break;
		}
		case 'distance': {
			const bout = currentBout(s) as Bout;
			bout.metres = e.metres as number;
			bout.distancePoor = e.poor === true;
			break;
		}
		case 'stopped': {
			const bout = currentBout(s) as Bout;
			bout.stopLevel = e.level ?? null;
			s.moving = 'resting';
			break;
		}
		case 'painGone': {
			const bout = currentBout(s) as Bout;
			bout.painGone = true;
			bout.ongoing = false;
			startBout(s, at);
			break;
		}
		case 'paused':
			s.status = 'paused';
			break;
		case 'resumed':
			s.status = 'running';
			break;
		case 'note':
			s.note = (e.text as string).trim() || null;
			break;
		case 'feeling':
			s.feeling = e.feeling as Feeling;
			break;
		case 'didSession':
			s.markedDone = true;
			break;
		case 'sign':
			s.signs.push(e.sign as SignId);
			break;
		case 'warning':
			s.warnings.push(e.warning as 'longRest' | 'severePain');
			break;
		case 'finished':
			if (s.status === 'paused' && !s.endedBy) s.endedBy = 'unwell';
			if (s.phase === 'walking') leaveWalking(s);
			s.endedAt = s.phase === 'finish' && s.endedAt !== null ? s.endedAt : at;
			s.status = 'finished';
			break;
		case 'abandoned':
			if (s.phase === 'walking') leaveWalking(s);
			s.endedAt = at;
			s.status = 'abandoned';
			break;
	}
	s.last = e;
}

function emptyState(): State {
	return {
		status: 'notStarted',
		phase: null,
		step: 0,
		phaseElapsedMs: 0,
		stepElapsedMs: 0,
		moving: null,
		bouts: [],
		pausedMs: 0,
		phaseMs: { warmup: 0, walking: 0, calfPump: 0, cooldown: 0, elevation: 0, finish: 0 },
		startedAt: null,
		endedAt: null,
		clock: null,
		note: null,
		feeling: null,
		endedBy: null,
		markedDone: false,
		signs: [],
		warnings: [],
		last: null
	};
}

/** Events that count: in recording order, without undo events and what they took back. */
export function effectiveEvents(events: readonly WalkEvent[]): WalkEvent[] {
	const sorted = [...events].sort(byRecordingOrder);
	const undone = new Set(
		sorted.filter((e) => e.type === 'undo' && e.targetId).map((e) => e.targetId as string)
	);
	return sorted.filter((e) => e.type !== 'undo' && !undone.has(e.id));
}

function replay(events: readonly WalkEvent[]): State {
	const s = emptyState();
	for (const e of effectiveEvents(events)) apply(s, e);
	return s;
}

export function walkView(events: readonly WalkEvent[], now: number): WalkView {
	const s = replay(events);
	const lastEventAt = s.clock;
	if (s.status === 'running' || s.status === 'paused') advance(s, now);
	const bouts = s.bouts.map((b) => ({ ...b }));
	const walked = bouts.filter((b) => b.walkingMs > 0);
	const onsets = bouts.filter((b) => b.onsetMs !== null);
	const current = bouts[bouts.length - 1];
	const last = s.last;
	const clock = Math.max(now, s.clock ?? now);
	return {
		status: s.status,
		phase: s.phase,
		step: s.step,
		phaseElapsedMs: s.phaseElapsedMs,
		stepElapsedMs: s.stepElapsedMs,
		moving: s.moving,
		bouts,
		currentBout: current?.ongoing ? current : null,
		activeWalkingMs: bouts.reduce((sum, b) => sum + b.walkingMs, 0),
		totalRestMs: bouts.reduce((sum, b) => sum + b.restMs, 0),
		currentRestMs: s.moving === 'resting' && current ? current.restMs : 0,
		pausedMs: s.pausedMs,
		phaseMs: { ...s.phaseMs },
		firstOnsetMs: onsets[0]?.onsetMs ?? null,
		longestBoutMs: walked.reduce((max, b) => Math.max(max, b.walkingMs), 0),
		boutCount: walked.length,
		painLevels: bouts.flatMap((b) => (b.stopLevel === null ? [] : [b.stopLevel])),
		startedAt: s.startedAt,
		endedAt: s.endedAt,
		lastEventAt,
		note: s.note,
		feeling: s.feeling,
		moderatePainMs: moderatePainMs(walked),
		endedBy: s.endedBy,
		markedDone: s.markedDone,
		signs: [...s.signs],
		warnings: [...s.warnings],
		undoable:
			last &&
			UNDOABLE.has(last.type) &&
			(s.status === 'running' || s.status === 'paused') &&
			clock - last.at <= UNDO_WINDOW_MS
				? { eventId: last.id, type: last.type }
				: null
	};
}

/** Stops at these levels mark moderate pain: 4, and 3, which the basis also accepts as a stop. */
const MODERATE_STOPS: ReadonlySet<number> = new Set([3, 4]);

/**
 * Only bouts where the person tapped "Leg pain started" say anything about their pain: without
 * that tap a stop may have been for breath, a bench or a phone call.
 */
function moderatePainMs(walked: readonly Bout[]): number | null {
	for (const b of walked) {
		if (b.onsetMs === null) continue;
		if (b.stopLevel !== null && MODERATE_STOPS.has(b.stopLevel)) return b.walkingMs;
		// Pain came but never got moderate: the whole bout was walked before moderate pain.
		if (b.stopLevel === null && !b.ongoing) return b.walkingMs;
	}
	return null;
}

/**
 * Whether a tap would be recorded: the same rules the replay uses, so a refused tap
 * never reaches storage (double taps, taps on a finished walk, impossible orders).
 */
export function accepts(events: readonly WalkEvent[], input: WalkEventInput, at: number): boolean {
	const s = replay(events);
	if (input.type === 'undo') {
		const view = walkView(events, at);
		return view.undoable !== null && view.undoable.eventId === input.targetId;
	}
	const clamped = Math.max(at, s.clock ?? at);
	if (s.status === 'running' || s.status === 'paused') advance(s, clamped);
	return fits(s, { ...input, at: clamped });
}

/**
 * The time a new tap should carry: never before the last one, whatever the clock says. An `away`
 * starts the clock afresh: only it and the taps after it count.
 */
export function saneTime(events: readonly WalkEvent[], now: number): number {
	const order = effectiveEvents(events);
	const lastAway = order.findLastIndex((e) => e.type === 'away');
	return order.slice(Math.max(0, lastAway)).reduce((latest, e) => Math.max(latest, e.at), now);
}

/**
 * Whether recording this tap now would end the walking of the bout being walked (a stop for
 * rest, leaving the walking part, the end of the walk): the moment a bout's distance is recorded.
 */
export function endsWalking(
	events: readonly WalkEvent[],
	input: WalkEventInput,
	at: number
): boolean {
	const before = walkView(events, at);
	if (before.phase !== 'walking' || before.moving !== 'walking' || !before.currentBout)
		return false;
	if (input.type === 'undo' || input.type === 'distance') return false;
	const candidate: WalkEvent = { ...input, id: '', sessionId: '', seq: nextSeq(events), at };
	const after = walkView([...events, candidate], at);
	return after.moving !== 'walking' || after.currentBout?.index !== before.currentBout.index;
}

export function nextSeq(events: readonly WalkEvent[]): number {
	return events.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
}

/**
 * "Save and finish" was pressed but the walk never got its "finished": the page was left while
 * it saved (its note, how the legs felt or "count it" are stored only by that button). Such a
 * walk is finished from its events when it is next opened, never asked about again.
 */
export function saveInterrupted(events: readonly WalkEvent[]): boolean {
	if (events.some((e) => e.type === 'finished' || e.type === 'abandoned')) return false;
	let atFinish = false;
	for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
		if (e.type === 'phaseStarted' || e.type === 'started') atFinish = e.phase === 'finish';
		else if (atFinish && (e.type === 'note' || e.type === 'feeling' || e.type === 'didSession'))
			return true;
	}
	return false;
}
