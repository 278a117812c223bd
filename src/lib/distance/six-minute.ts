// The six-minute walk at home: a corridor course's result, taps that cannot be laps, and a test
// compared with the first test of its kind (docs/clinical-basis.md §2).
//
// A home test is an estimate, not the clinic's standard test, and a result depends on the course:
// a shorter back-and-forth course gives less distance (about 22 m less on 20 m than on 30 m). So
// a test is compared only with a test of the same mode (corridor or outdoors) and, in a corridor,
// the same course length; a test stopped early is kept but never compared. That rule, with the
// sizes of change below, is progress/metrics.ts compareTests, for every test of every kind.

export const TEST_MS = 6 * 60_000;
/** The course: 30 m is the standard; at least 10 m; more than 100 m is not a corridor. */
export const COURSE_MIN_M = 10;
export const COURSE_MAX_M = 100;
/** A lap faster than this is not a walk: the tap is not counted. */
export const FASTEST_LAP_M_S = 2.5;
/**
 * Meaningful change in the six-minute walk in PAD: small about 8 m, large about 20 m (McDermott
 * et al., J Vasc Surg 2021, as given in clinical-basis.md §2).
 */
export const SMALL_CHANGE_M = 8;
export const LARGE_CHANGE_M = 20;

export type CourseProblem = 'notANumber' | 'tooShort' | 'tooLong';

/** The course length as typed, in metres, or what is wrong with it. */
export function checkCourse(
	text: string
): { ok: true; metres: number } | { ok: false; problem: CourseProblem } {
	const metres = Number(text.trim().replace(',', '.'));
	if (!text.trim() || !Number.isFinite(metres)) return { ok: false, problem: 'notANumber' };
	if (metres < COURSE_MIN_M) return { ok: false, problem: 'tooShort' };
	if (metres > COURSE_MAX_M) return { ok: false, problem: 'tooLong' };
	return { ok: true, metres: Math.round(metres * 10) / 10 };
}

/** A "Turn" tapped sooner than a person could walk the course is not a lap. */
export function lapTooFast(lapMs: number, courseM: number): boolean {
	return courseM / Math.max(lapMs / 1000, 0.001) > FASTEST_LAP_M_S;
}

/** The distance of a corridor test: whole laps and the last part lap ("Stop here"). */
export function corridorMetres(courseM: number, laps: number, partialM: number): number | null {
	if (!Number.isInteger(laps) || laps < 0) return null;
	if (!(partialM >= 0 && partialM <= courseM)) return null;
	return Math.round(laps * courseM + partialM);
}

/** What is said during the test, and when: each minute, a warning before the end, and "stop". */
export type SixMinuteCue =
	'minute1' | 'minute2' | 'minute3' | 'minute4' | 'minute5' | 'soon' | 'stop';
export const SIX_MINUTE_CUES: readonly { at: number; cue: SixMinuteCue }[] = [
	{ at: 60_000, cue: 'minute1' },
	{ at: 120_000, cue: 'minute2' },
	{ at: 180_000, cue: 'minute3' },
	{ at: 240_000, cue: 'minute4' },
	{ at: 300_000, cue: 'minute5' },
	{ at: TEST_MS - 15_000, cue: 'soon' },
	{ at: TEST_MS, cue: 'stop' }
];

/** The cues whose time came after `fromMs` and by `toMs` (times since the start). */
export function cuesBetween(fromMs: number, toMs: number): SixMinuteCue[] {
	return SIX_MINUTE_CUES.filter((c) => c.at > fromMs && c.at <= toMs).map((c) => c.cue);
}

/** A tap during a corridor test, at its time since the start. */
export type CorridorTap = { kind: 'turn'; at: number } | { kind: 'pain'; at: number };

export interface CorridorLaps {
	/** Whole laps counted. */
	laps: number;
	/** When the last counted lap ended (0: the start). */
	lastTurnAt: number;
	/** Taps of "Turn" too soon after the last to be a lap: not counted. */
	refused: number;
	/** When leg pain started, and in which lap (1: the first). */
	painAt: number | null;
	painLap: number | null;
}

/**
 * The laps of a corridor test from its taps, in order. A turn counts when the lap since the last
 * counted turn could have been walked; taps after six minutes count for nothing.
 */
export function corridorLaps(courseM: number, taps: readonly CorridorTap[]): CorridorLaps {
	const out: CorridorLaps = { laps: 0, lastTurnAt: 0, refused: 0, painAt: null, painLap: null };
	for (const tap of taps) {
		if (tap.at < 0 || tap.at > TEST_MS) continue;
		if (tap.kind === 'pain') {
			if (out.painAt === null) {
				out.painAt = tap.at;
				out.painLap = out.laps + 1;
			}
		} else if (lapTooFast(tap.at - out.lastTurnAt, courseM)) out.refused++;
		else {
			out.laps++;
			out.lastTurnAt = tap.at;
		}
	}
	return out;
}

/** Outdoors, the start waits for a position this accurate or better (TimedWalkApp's rule). */
export const OUTDOOR_START_ACCURACY_M = 15;
/** Outdoors, if no position is that accurate within this time, a hallway is suggested. */
export const OUTDOOR_WAIT_MS = 60_000;
