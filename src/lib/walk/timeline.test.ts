import { describe, expect, it } from 'vitest';
import {
	accepts,
	endsWalking,
	DOUBLE_TAP_MS,
	nextSeq,
	saneTime,
	saveInterrupted,
	UNDO_WINDOW_MS,
	walkView,
	type WalkEvent,
	type WalkEventInput
} from './timeline';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

/** Builds a walk's events from (minute, input) pairs, as the recorder would. */
function walk(...taps: [number, WalkEventInput][]): WalkEvent[] {
	return taps.map(([minute, input], i) => ({
		id: `e${i + 1}`,
		sessionId: 's1',
		seq: i + 1,
		at: T0 + minute * MIN,
		...input
	}));
}

const start = (phase: WalkEventInput['phase'] = 'warmup'): WalkEventInput => ({
	type: 'started',
	phase
});
const phase = (p: WalkEventInput['phase']): WalkEventInput => ({ type: 'phaseStarted', phase: p });
const onset: WalkEventInput = { type: 'painOnset', level: 2 };
const stop = (level: 1 | 2 | 3 | 4 | 5): WalkEventInput => ({ type: 'stopped', level });
const gone: WalkEventInput = { type: 'painGone' };

describe('walkView: a whole PAD session', () => {
	const events = walk(
		[0, start()],
		[7, phase('walking')],
		[10, onset], // bout 1 onset at 3 min
		[13, stop(4)], // bout 1: 6 min walking
		[17, gone], // rest 4 min
		[21, onset], // bout 2 onset at 4 min
		[25, stop(3)], // bout 2: 8 min
		[28, gone], // rest 3 min
		[38, stop(4)], // bout 3: 10 min, no onset tapped
		[43, gone], // rest 5 min
		[43.5, phase('cooldown')], // bout 4: 0.5 min
		[50, phase('finish')],
		[52, { type: 'note', text: '  Good day  ' }],
		[52.2, { type: 'feeling', feeling: 'better' }],
		[53, { type: 'finished' }]
	);
	const view = walkView(events, T0 + 90 * MIN);

	it('counts bouts, onsets, rests and active walking from the taps', () => {
		expect(view.status).toBe('finished');
		expect(view.bouts.map((b) => b.walkingMs / MIN)).toEqual([6, 8, 10, 0.5]);
		expect(view.bouts.map((b) => (b.onsetMs === null ? null : b.onsetMs / MIN))).toEqual([
			3,
			4,
			null,
			null
		]);
		expect(view.bouts.map((b) => b.restMs / MIN)).toEqual([4, 3, 5, 0]);
		expect(view.activeWalkingMs).toBe(24.5 * MIN);
		expect(view.totalRestMs).toBe(12 * MIN);
		expect(view.firstOnsetMs).toBe(3 * MIN);
		expect(view.longestBoutMs).toBe(10 * MIN);
		expect(view.boutCount).toBe(4);
		expect(view.painLevels).toEqual([4, 3, 4]);
		expect(view.startedAt).toBe(T0);
		expect(view.endedAt).toBe(T0 + 50 * MIN);
		expect(view.note).toBe('Good day');
		expect(view.feeling).toBe('better');
	});

	it('does not let time after the finish grow anything', () => {
		expect(walkView(events, T0 + 900 * MIN)).toEqual(view);
	});

	it('gives the same result whatever order the events are stored in', () => {
		const shuffled = [...events].reverse();
		expect(walkView(shuffled, T0 + 90 * MIN)).toEqual(view);
	});
});

describe('walkView: live numbers', () => {
	it('computes the running bout from now, not from ticks', () => {
		const events = walk([0, start('walking')], [2, onset]);
		const view = walkView(events, T0 + 5.5 * MIN);
		expect(view.phase).toBe('walking');
		expect(view.moving).toBe('walking');
		expect(view.currentBout?.walkingMs).toBe(5.5 * MIN);
		expect(view.currentBout?.onsetMs).toBe(2 * MIN);
		expect(view.activeWalkingMs).toBe(5.5 * MIN);
	});

	it('tells when the last tap was, however late it is now', () => {
		const events = walk([0, start('walking')], [4, stop(4)]);
		expect(walkView(events, T0 + 300 * MIN).lastEventAt).toBe(T0 + 4 * MIN);
	});

	it('computes the rest under way', () => {
		const events = walk([0, start('walking')], [4, stop(4)]);
		const view = walkView(events, T0 + 11 * MIN);
		expect(view.moving).toBe('resting');
		expect(view.currentRestMs).toBe(7 * MIN);
		expect(view.activeWalkingMs).toBe(4 * MIN);
	});

	it('keeps the step countdown per step', () => {
		const events = walk([0, start()], [1, { type: 'step', step: 1 }]);
		const view = walkView(events, T0 + 1.5 * MIN);
		expect(view.phase).toBe('warmup');
		expect(view.step).toBe(1);
		expect(view.stepElapsedMs).toBe(0.5 * MIN);
		expect(view.phaseElapsedMs).toBe(1.5 * MIN);
	});

	it('is empty before the walk starts', () => {
		const view = walkView([], T0);
		expect(view.status).toBe('notStarted');
		expect(view.activeWalkingMs).toBe(0);
		expect(view.firstOnsetMs).toBeNull();
	});
});

describe('walkView: pauses', () => {
	it('leaves paused time out of walking and resting', () => {
		const events = walk(
			[0, start('walking')],
			[3, { type: 'paused' }],
			[13, { type: 'resumed' }],
			[15, onset],
			[16, stop(4)],
			[18, { type: 'paused' }],
			[20, { type: 'resumed' }],
			[21, gone]
		);
		const view = walkView(events, T0 + 22 * MIN);
		expect(view.bouts[0]?.walkingMs).toBe(6 * MIN);
		expect(view.bouts[0]?.onsetMs).toBe(5 * MIN);
		expect(view.bouts[0]?.restMs).toBe(3 * MIN);
		expect(view.pausedMs).toBe(12 * MIN);
		expect(view.currentBout?.walkingMs).toBe(1 * MIN);
	});

	it('stays still while paused', () => {
		const events = walk([0, start('walking')], [3, { type: 'paused' }]);
		expect(walkView(events, T0 + 60 * MIN).activeWalkingMs).toBe(3 * MIN);
		expect(walkView(events, T0 + 60 * MIN).status).toBe('paused');
	});
});

describe('walkView: odd and bad input', () => {
	it('handles a bout with no onset tapped', () => {
		const events = walk([0, start('walking')], [5, stop(4)], [8, gone], [10, onset], [12, stop(4)]);
		const view = walkView(events, T0 + 12 * MIN);
		expect(view.bouts[0]?.onsetMs).toBeNull();
		expect(view.firstOnsetMs).toBe(2 * MIN);
	});

	it('ignores a second onset in the same bout and a second stop', () => {
		const events = walk([0, start('walking')], [2, onset], [3, onset], [5, stop(4)], [6, stop(5)]);
		const view = walkView(events, T0 + 7 * MIN);
		expect(view.bouts[0]?.onsetMs).toBe(2 * MIN);
		expect(view.painLevels).toEqual([4]);
		expect(view.bouts[0]?.restMs).toBe(2 * MIN);
	});

	it('ignores taps in the wrong phase or after the end', () => {
		const events = walk(
			[0, start()],
			[1, onset], // warm-up: no bout to have pain in
			[2, gone],
			[3, { type: 'finished' }],
			[4, phase('walking')],
			[5, { type: 'started' }]
		);
		const view = walkView(events, T0 + 10 * MIN);
		expect(view.bouts).toEqual([]);
		expect(view.status).toBe('finished');
		expect(view.endedAt).toBe(T0 + 3 * MIN);
	});

	it('never yields negative durations when the clock jumps backwards', () => {
		const events = walk([0, start('walking')], [10, onset], [4, stop(4)], [2, gone]);
		const view = walkView(events, T0 + 1 * MIN);
		for (const bout of view.bouts) {
			expect(bout.walkingMs).toBeGreaterThanOrEqual(0);
			expect(bout.restMs).toBeGreaterThanOrEqual(0);
		}
		expect(view.bouts[0]?.walkingMs).toBe(10 * MIN);
		expect(view.bouts[0]?.onsetMs).toBe(10 * MIN);
		expect(view.bouts[0]?.restMs).toBe(0);
		expect(view.activeWalkingMs).toBe(10 * MIN);
	});

	it('treats a tap repeated within a moment as one tap', () => {
		const events = walk(
			[0, start()],
			[1, { type: 'step', step: 1 }],
			[1 + DOUBLE_TAP_MS / MIN / 2, { type: 'step', step: 2 }]
		);
		expect(walkView(events, T0 + 2 * MIN).step).toBe(1);
	});

	it('ends a walk finished late at its real end', () => {
		const events = walk([0, start('walking')], [12, stop(4)]);
		const late: WalkEvent = {
			id: 'late',
			sessionId: 's1',
			seq: 3,
			at: T0 + 300 * MIN,
			type: 'finished',
			endAt: T0 + 12 * MIN
		};
		const view = walkView([...events, late], T0 + 400 * MIN);
		expect(view.status).toBe('finished');
		expect(view.endedAt).toBe(T0 + 12 * MIN);
		expect(view.totalRestMs).toBe(0);
		expect(view.activeWalkingMs).toBe(12 * MIN);
	});

	it('keeps an abandoned walk abandoned', () => {
		const events = walk([0, start('walking')], [3, { type: 'abandoned' }], [4, gone]);
		const view = walkView(events, T0 + 10 * MIN);
		expect(view.status).toBe('abandoned');
		expect(view.activeWalkingMs).toBe(3 * MIN);
	});
});

describe('undo', () => {
	it('takes back the last tap as if it never happened', () => {
		const events = walk([0, start('walking')], [2, onset]);
		const undo: WalkEvent = {
			id: 'u',
			sessionId: 's1',
			seq: 3,
			at: T0 + 2 * MIN + 3000,
			type: 'undo',
			targetId: 'e2'
		};
		const view = walkView([...events, undo], T0 + 3 * MIN);
		expect(view.currentBout?.onsetMs).toBeNull();
		expect(view.currentBout?.walkingMs).toBe(3 * MIN);
		// The onset can be tapped again once undone.
		expect(accepts([...events, undo], onset, T0 + 4 * MIN)).toBe(true);
	});

	it('is offered only for a few seconds and only for the last tap', () => {
		const events = walk([0, start('walking')], [2, onset]);
		const justAfter = T0 + 2 * MIN + 2000;
		expect(walkView(events, justAfter).undoable).toEqual({ eventId: 'e2', type: 'painOnset' });
		expect(walkView(events, T0 + 2 * MIN + UNDO_WINDOW_MS + 1).undoable).toBeNull();
		expect(accepts(events, { type: 'undo', targetId: 'e1' }, justAfter)).toBe(false);
		expect(accepts(events, { type: 'undo', targetId: 'e2' }, justAfter)).toBe(true);
	});

	it('is not offered for the start or after the finish', () => {
		expect(walkView(walk([0, start()]), T0 + 1000).undoable).toBeNull();
		const done = walk([0, start('walking')], [1, { type: 'finished' }]);
		expect(walkView(done, T0 + MIN + 1000).undoable).toBeNull();
	});
});

describe('accepts', () => {
	const running = walk([0, start('walking')], [2, onset]);

	it('refuses a double tap and accepts the next real one', () => {
		expect(accepts(running, onset, T0 + 2 * MIN + 200)).toBe(false);
		expect(accepts(running, stop(4), T0 + 3 * MIN)).toBe(true);
		// A level off the scale is refused; no level at all is a rest without a pain scale.
		expect(accepts(running, { type: 'stopped', level: 7 as 4 }, T0 + 3 * MIN)).toBe(false);
		expect(accepts(running, gone, T0 + 3 * MIN)).toBe(false);
	});

	it('refuses any tap on a finished or abandoned walk', () => {
		const finished = walk([0, start('walking')], [5, { type: 'finished' }]);
		const abandoned = walk([0, start('walking')], [5, { type: 'abandoned' }]);
		for (const events of [finished, abandoned]) {
			for (const input of [
				onset,
				stop(4),
				gone,
				phase('cooldown'),
				{ type: 'finished' as const }
			]) {
				expect(accepts(events, input, T0 + 10 * MIN)).toBe(false);
			}
		}
	});

	it('refuses a start twice and a phase it is already in', () => {
		expect(accepts(running, start(), T0 + 5 * MIN)).toBe(false);
		expect(accepts(running, phase('walking'), T0 + 5 * MIN)).toBe(false);
		expect(accepts(running, phase('cooldown'), T0 + 5 * MIN)).toBe(true);
	});
});

describe('recording helpers', () => {
	it('never gives a tap a time before the last one', () => {
		const events = walk([0, start()], [10, phase('walking')]);
		expect(saneTime(events, T0 + 5 * MIN)).toBe(T0 + 10 * MIN);
		expect(saneTime(events, T0 + 20 * MIN)).toBe(T0 + 20 * MIN);
	});

	it('numbers taps in order', () => {
		expect(nextSeq([])).toBe(1);
		expect(nextSeq(walk([0, start()], [1, phase('walking')]))).toBe(3);
	});
});

describe('ending from a pause', () => {
	it('goes from "I feel unwell" straight to the finish, and nowhere else', () => {
		const events = walk([0, start('walking')], [4, { type: 'paused' }]);
		expect(accepts(events, phase('cooldown'), T0 + 5 * MIN)).toBe(false);
		expect(accepts(events, phase('finish'), T0 + 5 * MIN)).toBe(true);
		const ended = walk([0, start('walking')], [4, { type: 'paused' }], [6, phase('finish')]);
		const view = walkView(ended, T0 + 30 * MIN);
		expect(view.phase).toBe('finish');
		expect(view.activeWalkingMs).toBe(4 * MIN);
		expect(view.endedAt).toBe(T0 + 6 * MIN);
	});
});

describe('what a walk shows of pain and how it ended', () => {
	// Each row: a walk, the walking time before moderate pain it shows, and the warning it ended on.
	const table: {
		what: string;
		taps: [number, WalkEventInput][];
		moderatePainMin: number | null;
		endedBy: string | null;
	}[] = [
		{
			what: 'onset tapped, stopped at 4: that bout',
			taps: [
				[0, start('walking')],
				[3, onset],
				[9, stop(4)],
				[13, gone],
				[17, { type: 'finished' }]
			],
			moderatePainMin: 9,
			endedBy: null
		},
		{
			what: 'stops at 4 but no onset ever tapped: nothing is claimed',
			taps: [
				[0, start('walking')],
				[9, stop(4)],
				[13, gone],
				[22, stop(4)],
				[26, gone],
				[27, { type: 'finished' }]
			],
			moderatePainMin: null,
			endedBy: null
		},
		{
			what: 'a first bout stopped at 2 for a rest does not count; the next one at 3 does',
			taps: [
				[0, start('walking')],
				[1, onset],
				[2, stop(2)],
				[4, gone],
				[5, onset],
				[10, stop(3)],
				[14, gone],
				[15, { type: 'finished' }]
			],
			moderatePainMin: 6,
			endedBy: null
		},
		{
			what: 'pain came but never got moderate: the whole bout',
			taps: [
				[0, start('walking')],
				[4, onset],
				[12, phase('cooldown')],
				[17, { type: 'finished' }]
			],
			moderatePainMin: 12,
			endedBy: null
		},
		{
			what: 'a vein-track walk with no taps says nothing of pain',
			taps: [
				[0, start('walking')],
				[30, phase('calfPump')],
				[35, { type: 'finished' }]
			],
			moderatePainMin: null,
			endedBy: null
		},
		{
			what: '"I feel unwell", then end the walk',
			taps: [
				[0, start('walking')],
				[9, { type: 'paused' }],
				[10, phase('finish')],
				[11, { type: 'finished' }]
			],
			moderatePainMin: null,
			endedBy: 'unwell'
		},
		{
			what: '"I feel unwell", then "I feel better": not ended by it',
			taps: [
				[0, start('walking')],
				[5, { type: 'paused' }],
				[6, { type: 'resumed' }],
				[20, phase('cooldown')],
				[25, { type: 'finished' }]
			],
			moderatePainMin: null,
			endedBy: null
		},
		{
			what: 'a rest past 10 minutes, then finish',
			taps: [
				[0, start('walking')],
				[2, onset],
				[6, stop(4)],
				[17, phase('cooldown')],
				[22, { type: 'finished' }]
			],
			moderatePainMin: 6,
			endedBy: 'longRest'
		},
		{
			what: 'a long rest that ended with the pain gone is not a warning ending',
			taps: [
				[0, start('walking')],
				[6, stop(4)],
				[17, gone],
				[20, phase('cooldown')],
				[25, { type: 'finished' }]
			],
			moderatePainMin: null,
			endedBy: null
		},
		{
			what: 'severe pain, then finish',
			taps: [
				[0, start('walking')],
				[2, onset],
				[6, stop(5)],
				[8, phase('cooldown')],
				[12, { type: 'finished' }]
			],
			moderatePainMin: null,
			endedBy: 'severePain'
		}
	];
	for (const row of table) {
		it(row.what, () => {
			const view = walkView(walk(...row.taps), T0 + 120 * MIN);
			expect(view.moderatePainMs === null ? null : view.moderatePainMs / MIN).toBe(
				row.moderatePainMin
			);
			expect(view.endedBy).toBe(row.endedBy);
		});
	}

	it('records "I did my session" once, and not on a discarded walk', () => {
		const events = walk([0, start('walking')], [3, phase('finish')], [4, { type: 'didSession' }]);
		expect(walkView(events, T0 + 5 * MIN).markedDone).toBe(true);
		expect(accepts(events, { type: 'didSession' }, T0 + 6 * MIN)).toBe(false);
		const discarded = walk([0, start('walking')], [3, { type: 'abandoned' }]);
		expect(accepts(discarded, { type: 'didSession' }, T0 + 4 * MIN)).toBe(false);
	});
});

describe('a rest with no pain scale (vein track)', () => {
	it('rests and walks again without a pain level, and claims no pain', () => {
		const view = walkView(
			walk(
				[0, start('walking')],
				[10, { type: 'stopped' }],
				[12, gone],
				[20, phase('calfPump')],
				[22, { type: 'finished' }]
			),
			T0 + 30 * MIN
		);
		expect(view.bouts.map((b) => b.walkingMs / MIN)).toEqual([10, 8]);
		expect(view.totalRestMs).toBe(2 * MIN);
		expect(view.painLevels).toEqual([]);
		expect(view.moderatePainMs).toBeNull();
	});
});

describe('a save left part-way', () => {
	const base: [number, WalkEventInput][] = [
		[0, start('walking')],
		[10, phase('finish')]
	];
	it('is found once "Save and finish" stored the feeling but not the end', () => {
		expect(saveInterrupted(walk(...base))).toBe(false);
		expect(saveInterrupted(walk(...base, [11, { type: 'feeling', feeling: 'better' }]))).toBe(true);
		expect(saveInterrupted(walk(...base, [11, { type: 'note', text: 'windy' }]))).toBe(true);
		expect(
			saveInterrupted(
				walk(...base, [11, { type: 'feeling', feeling: 'better' }], [11, { type: 'finished' }])
			)
		).toBe(false);
	});

	it('is never a walk still walking', () => {
		expect(saveInterrupted(walk([0, start('walking')], [3, onset]))).toBe(false);
	});
});

describe('away: the walk carries on from when it was last seen', () => {
	it('counts a rest up to when it was seen, not the two hours the clock moved on', () => {
		// Rested 4 minutes (seen at minute 9), the clock then read two hours later.
		const events = walk(
			[0, start('walking')],
			[5, stop(4)],
			[129, { type: 'away', from: T0 + 9 * MIN }]
		);
		const view = walkView(events, T0 + 130 * MIN);
		expect(view.currentRestMs).toBe(5 * MIN);
		expect(view.activeWalkingMs).toBe(5 * MIN);
		// New taps carry the clock's time after the away, and count from it.
		expect(saneTime(events, T0 + 131 * MIN)).toBe(T0 + 131 * MIN);
		const walking = [...events, ...walk([131, gone]).map((e) => ({ ...e, id: 'g', seq: 4 }))];
		const later = walkView(walking, T0 + 134 * MIN);
		expect(later.bouts.map((b) => [b.walkingMs, b.restMs])).toEqual([
			[5 * MIN, 6 * MIN],
			[3 * MIN, 0]
		]);
	});

	it('carries on after a clock that went back, in the new time', () => {
		// Walked 6 minutes (seen at minute 6), then the clock read an hour earlier.
		const events = walk([0, start('walking')], [-54, { type: 'away', from: T0 + 6 * MIN }]);
		expect(walkView(events, T0 - 54 * MIN).activeWalkingMs).toBe(6 * MIN);
		expect(walkView(events, T0 - 50 * MIN).activeWalkingMs).toBe(10 * MIN);
		// A tap now is stamped by the clock now, not frozen at the old, later time.
		expect(saneTime(events, T0 - 50 * MIN)).toBe(T0 - 50 * MIN);
		expect(accepts(events, onset, T0 - 50 * MIN)).toBe(true);
		const withOnset = [
			...events,
			{ id: 'o', sessionId: 's1', seq: 3, at: T0 - 50 * MIN, ...onset }
		];
		expect(walkView(withOnset, T0 - 49 * MIN).firstOnsetMs).toBe(10 * MIN);
	});

	it('is refused on a walk that is not under way, or without the time it was seen', () => {
		const finished = walk([0, start('walking')], [5, { type: 'finished' }]);
		expect(accepts(finished, { type: 'away', from: T0 + 5 * MIN }, T0 + 60 * MIN)).toBe(false);
		const running = walk([0, start('walking')]);
		expect(accepts(running, { type: 'away' }, T0 + 60 * MIN)).toBe(false);
		expect(accepts(running, { type: 'away', from: T0 + 5 * MIN }, T0 + 60 * MIN)).toBe(true);
	});
});

describe('distance on a walk (when measured)', () => {
	const events = walk(
		[0, start('walking')],
		[3, { type: 'painOnset', level: 2, metres: 150 }],
		[5.9, { type: 'distance', metres: 260 }],
		[6, stop(4)],
		[9, gone],
		[13.9, { type: 'distance', metres: 240, poor: true }],
		[14, phase('cooldown')]
	);
	const view = walkView(events, T0 + 20 * MIN);

	it('gives each bout its metres, the metres before the pain, and their quality', () => {
		expect(
			view.bouts.map((b) => [b.metres, b.painFreeMetres, b.distancePoor, b.walkingMs / MIN])
		).toEqual([
			[260, 150, false, 6],
			[240, null, true, 5]
		]);
	});

	it('leaves a walk without positions exactly as it was: no metres', () => {
		const timed = walkView(
			walk([0, start('walking')], [3, onset], [6, stop(4)], [9, gone], [14, phase('cooldown')]),
			T0 + 20 * MIN
		);
		expect(timed.bouts.map((b) => [b.metres, b.painFreeMetres, b.distancePoor])).toEqual([
			[null, null, false],
			[null, null, false]
		]);
	});

	it('refuses metres that cannot be, and a distance while resting or outside the walking part', () => {
		const walking = walk([0, start('walking')]);
		const at = T0 + 2 * MIN;
		expect(accepts(walking, { type: 'distance', metres: 120 }, at)).toBe(true);
		for (const metres of [-1, Number.NaN, Number.POSITIVE_INFINITY, 100_001, undefined])
			expect(accepts(walking, { type: 'distance', metres }, at), String(metres)).toBe(false);
		expect(accepts(walking, { type: 'painOnset', level: 2, metres: -5 }, at)).toBe(false);
		const resting = walk([0, start('walking')], [1, stop(3)]);
		expect(accepts(resting, { type: 'distance', metres: 50 }, at)).toBe(false);
		const warmup = walk([0, start('warmup')]);
		expect(accepts(warmup, { type: 'distance', metres: 50 }, at)).toBe(false);
	});

	it('knows which taps end the walking of a bout: a stop, leaving the part, the end', () => {
		const walking = walk([0, start('walking')], [1, onset]);
		const at = T0 + 2 * MIN;
		expect(endsWalking(walking, stop(4), at)).toBe(true);
		expect(endsWalking(walking, phase('cooldown'), at)).toBe(true);
		expect(endsWalking(walking, phase('finish'), at)).toBe(true);
		expect(endsWalking(walking, { type: 'finished' }, at)).toBe(true);
		expect(endsWalking(walking, { type: 'note', text: 'x' }, at)).toBe(false);
		expect(endsWalking(walking, { type: 'paused' }, at)).toBe(false);
		const resting = walk([0, start('walking')], [1, stop(3)]);
		expect(endsWalking(resting, gone, at)).toBe(false);
		expect(endsWalking(resting, phase('cooldown'), at)).toBe(false);
	});
});
