import { describe, expect, it } from 'vitest';
import { boutFields, editWalk } from './edit';
import { walkView, type WalkEvent } from './timeline';

const MIN = 60_000;
const T = new Date('2026-11-20T10:00:00').getTime();
const S = 's1';
let seq = 0;
const e = (type: WalkEvent['type'], at: number, extra: Partial<WalkEvent> = {}): WalkEvent => ({
	id: `e${++seq}`,
	sessionId: S,
	seq,
	at: T + at * MIN,
	type,
	...extra
});

// Two bouts: pain at 3, stopped at 4 after 6 min, rested 2; pain at 2, stopped at 3 after 5.
const walk = (): WalkEvent[] => {
	seq = 0;
	return [
		e('started', 0, { phase: 'walking' }),
		e('painOnset', 3),
		e('stopped', 6, { level: 4 }),
		e('painGone', 8),
		e('painOnset', 10),
		e('stopped', 13, { level: 3 }),
		e('finished', 15)
	];
};
const END = T + 15 * MIN;

describe('editing a finished walk', () => {
	it('shows each bout with its onset, stop and level', () => {
		expect(boutFields(walk(), END)).toEqual([
			{ index: 0, onsetMs: 3 * MIN, stopMs: 6 * MIN, level: 4, hasOnset: true, hasStop: true },
			{ index: 1, onsetMs: 2 * MIN, stopMs: 5 * MIN, level: 3, hasOnset: true, hasStop: true }
		]);
	});

	it('moves the taps, and the figures follow', () => {
		const events = walk();
		const fields = boutFields(events, END);
		const result = editWalk(
			events,
			END,
			[{ ...fields[0]!, onsetMs: 4 * MIN, stopMs: 7 * MIN, level: 3 }, fields[1]!],
			T + 60 * MIN
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.changed.map((c) => c.id).sort()).toEqual(['e2', 'e3']);
		expect(result.changed.every((c) => c.updatedAt === T + 60 * MIN)).toBe(true);
		const next = events.map((x) => result.changed.find((c) => c.id === x.id) ?? x);
		const view = walkView(next, END);
		expect(view.firstOnsetMs).toBe(4 * MIN);
		expect(view.bouts[0]?.walkingMs).toBe(7 * MIN);
		// The rest after it is shorter by the minute the walk grew.
		expect(view.bouts[0]?.restMs).toBe(1 * MIN);
		expect(view.painLevels).toEqual([3, 3]);
		expect(view.activeWalkingMs).toBe(12 * MIN);
	});

	it('refuses pain that starts after a walk ended with no stop', () => {
		seq = 0;
		// 26 minutes walked, no rest, no pain recorded: pain "at 30 minutes" cannot be.
		const events = [e('started', 0, { phase: 'walking' }), e('painOnset', 5), e('finished', 26)];
		const end = T + 26 * MIN;
		const [a] = boutFields(events, end);
		expect(a).toMatchObject({ stopMs: null, hasStop: false });
		expect(editWalk(events, end, [{ ...a!, onsetMs: 30 * MIN }], 0)).toEqual({
			ok: false,
			problems: [{ index: 0, field: 'onset', problem: 'onsetAfterEnd' }]
		});
		expect(editWalk(events, end, [{ ...a!, onsetMs: 20 * MIN }], 0).ok).toBe(true);
	});

	it('refuses pain that starts after the stop, and a stop after the rest ended, at the field', () => {
		const events = walk();
		const [a, b] = boutFields(events, END);
		expect(editWalk(events, END, [{ ...a!, onsetMs: 7 * MIN }, b!], 0)).toEqual({
			ok: false,
			problems: [{ index: 0, field: 'onset', problem: 'onsetAfterStop' }]
		});
		// The rest ended 8 minutes in: a stop at 8 or later is impossible.
		expect(editWalk(events, END, [{ ...a!, stopMs: 8 * MIN }, b!], 0)).toEqual({
			ok: false,
			problems: [{ index: 0, field: 'stop', problem: 'stopAfterRestEnd' }]
		});
		expect(editWalk(events, END, [a!, { ...b!, stopMs: 0 }], 0)).toMatchObject({
			ok: false,
			problems: [{ index: 1, field: 'stop', problem: 'stopBeforeStart' }]
		});
		expect(editWalk(events, END, [{ ...a!, onsetMs: -1000 }, b!], 0)).toMatchObject({
			ok: false,
			problems: [{ index: 0, field: 'onset', problem: 'onsetBeforeStart' }]
		});
	});

	it('changes nothing when nothing changed', () => {
		const events = walk();
		expect(editWalk(events, END, boutFields(events, END), 0)).toEqual({ ok: true, changed: [] });
	});
});
