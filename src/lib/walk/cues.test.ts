import { describe, expect, it } from 'vitest';
import { sessionTemplate } from '$lib/program/session-template';
import { CueBook, dueCues } from './cues';
import { walkView, type WalkEvent, type WalkEventInput } from './timeline';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const pad = sessionTemplate('pad', 15);
const vein = sessionTemplate('vein', 15);

function at(minutes: number, ...taps: [number, WalkEventInput][]) {
	const events: WalkEvent[] = taps.map(([m, input], i) => ({
		id: `e${i}`,
		sessionId: 's',
		seq: i + 1,
		at: T0 + m * MIN,
		...input
	}));
	return walkView(events, T0 + minutes * MIN);
}
const keys = (cues: { key: string }[]) => cues.map((c) => c.key);
const kinds = (cues: { kind: string }[]) => cues.map((c) => c.kind);

describe('cues due for a walk', () => {
	it('announces the part on the way in', () => {
		expect(dueCues(at(0, [0, { type: 'started', phase: 'warmup' }]), pad)).toEqual([
			{ key: 'phase-warmup-0-null', kind: 'phase', phase: 'warmup' }
		]);
	});

	it('says when a step’s countdown is over, once per step', () => {
		const view = at(5, [0, { type: 'started', phase: 'warmup' }]);
		expect(kinds(dueCues(view, pad))).toEqual(['phase', 'stepDone']);
		expect(keys(dueCues(view, pad))).toContain('step-warmup-0');
	});

	it('says walking, then resting, then walking again, each bout its own cue', () => {
		const walking = at(1, [0, { type: 'started', phase: 'walking' }]);
		expect(keys(dueCues(walking, pad))).toEqual(['phase-walking-1-walking']);
		const resting = at(
			5,
			[0, { type: 'started', phase: 'walking' }],
			[4, { type: 'stopped', level: 4 }]
		);
		expect(dueCues(resting, pad)).toEqual([{ key: 'rest-walking-1', kind: 'resting' }]);
		const again = at(
			9,
			[0, { type: 'started', phase: 'walking' }],
			[4, { type: 'stopped', level: 4 }],
			[8, { type: 'painGone' }]
		);
		expect(keys(dueCues(again, pad))).toEqual(['phase-walking-2-walking']);
	});

	it('says the target is reached, and warns once a rest passes 10 minutes', () => {
		const reached = at(16, [0, { type: 'started', phase: 'walking' }]);
		expect(kinds(dueCues(reached, pad))).toContain('targetReached');
		const longRest = at(
			15,
			[0, { type: 'started', phase: 'walking' }],
			[4, { type: 'stopped', level: 4 }]
		);
		expect(dueCues(longRest, pad)).toContainEqual({ key: 'rest-warning-1', kind: 'restWarning' });
		const shortRest = at(
			13,
			[0, { type: 'started', phase: 'walking' }],
			[4, { type: 'stopped', level: 4 }]
		);
		expect(kinds(dueCues(shortRest, pad))).not.toContain('restWarning');
	});

	it('says when leg raising is over', () => {
		const view = at(21, [0, { type: 'started', phase: 'elevation' }]);
		expect(kinds(dueCues(view, vein))).toEqual(['phase', 'elevationDone']);
	});

	it('gives nothing while paused, finished or not started', () => {
		expect(
			dueCues(at(1, [0, { type: 'started', phase: 'walking' }], [0.5, { type: 'paused' }]), pad)
		).toEqual([]);
		expect(dueCues(at(0), pad)).toEqual([]);
		expect(
			dueCues(at(2, [0, { type: 'started', phase: 'finish' }], [1, { type: 'finished' }]), pad)
		).toEqual([]);
	});
});

describe('each cue once', () => {
	it('gives a cue once however often it is due', () => {
		const book = new CueBook();
		const due = dueCues(at(5, [0, { type: 'started', phase: 'warmup' }]), pad);
		expect(kinds(book.take(due))).toEqual(['phase', 'stepDone']);
		expect(book.take(due)).toEqual([]);
	});

	it('replays nothing when a walk is opened again, and gives what comes next', () => {
		const book = new CueBook();
		const opened = at(
			5,
			[0, { type: 'started', phase: 'walking' }],
			[4, { type: 'stopped', level: 4 }]
		);
		book.prime(dueCues(opened, pad));
		expect(book.take(dueCues(opened, pad))).toEqual([]);
		const later = at(
			15,
			[0, { type: 'started', phase: 'walking' }],
			[4, { type: 'stopped', level: 4 }]
		);
		expect(kinds(book.take(dueCues(later, pad)))).toEqual(['restWarning']);
	});
});
