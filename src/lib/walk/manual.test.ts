import { describe, expect, it } from 'vitest';
import {
	checkManual,
	enteredOf,
	manualEvents,
	parseMinutes,
	startOf,
	type ManualWalk
} from './manual';
import { walkView } from './timeline';

const MIN = 60_000;
const NOW = new Date('2026-11-23T12:00:00').getTime();
const base: ManualWalk = {
	date: '2026-11-20',
	time: '10:00',
	activeMs: 25 * MIN,
	onsetMs: 4 * MIN,
	longestMs: 10 * MIN,
	rests: 2,
	restMs: 5 * MIN
};

describe('a walk added by hand', () => {
	it('reads minutes as a person writes them', () => {
		expect(parseMinutes('12')).toBe(12 * MIN);
		expect(parseMinutes('4:30')).toBe(270_000);
		expect(parseMinutes('2.5')).toBe(150_000);
		expect(parseMinutes('2,5')).toBe(150_000);
		expect(parseMinutes('')).toBeNull();
		expect(parseMinutes('ten')).toBeNull();
		expect(parseMinutes('4:75')).toBeNull();
	});

	it('becomes taps that give back exactly the figures entered', () => {
		let n = 0;
		const events = manualEvents(base, 's1', () => `e${++n}`);
		expect(events.map((e) => e.type)).toEqual([
			'started',
			'painOnset',
			'stopped',
			'painGone',
			'stopped',
			'painGone',
			'finished'
		]);
		const view = walkView(events, NOW);
		expect(view.status).toBe('finished');
		expect(view.activeWalkingMs).toBe(25 * MIN);
		expect(view.firstOnsetMs).toBe(4 * MIN);
		expect(view.longestBoutMs).toBe(10 * MIN);
		expect(view.boutCount).toBe(3);
		expect(view.totalRestMs).toBe(5 * MIN);
		expect(view.bouts.map((b) => b.walkingMs)).toEqual([10 * MIN, 7.5 * MIN, 7.5 * MIN]);
		expect(view.startedAt).toBe(startOf(base));
	});

	it('keeps whole milliseconds when the walking does not share out evenly', () => {
		const walk = { ...base, activeMs: 10 * MIN + 1, longestMs: 5 * MIN, rests: 2, restMs: 1001 };
		const view = walkView(
			manualEvents(walk, 's', () => crypto.randomUUID()),
			NOW
		);
		expect(view.activeWalkingMs).toBe(10 * MIN + 1);
		expect(view.totalRestMs).toBe(1001);
	});

	it('with no rests is one bout; without a longest bout, bouts of equal length', () => {
		const one = walkView(
			manualEvents({ ...base, rests: 0, restMs: 0, longestMs: null }, 's', () =>
				crypto.randomUUID()
			),
			NOW
		);
		expect(one.boutCount).toBe(1);
		expect(one.longestBoutMs).toBe(25 * MIN);
		const even = walkView(
			manualEvents({ ...base, longestMs: null, onsetMs: null }, 's', () => crypto.randomUUID()),
			NOW
		);
		expect(even.bouts.map((b) => Math.round(b.walkingMs / 1000))).toEqual([500, 500, 500]);
		expect(even.firstOnsetMs).toBeNull();
	});

	it('refuses what cannot be', () => {
		expect(checkManual(base, NOW)).toEqual({});
		expect(checkManual({ ...base, date: '2026-11-24' }, NOW)).toEqual({ date: 'future' });
		expect(checkManual({ ...base, activeMs: 0 }, NOW)).toMatchObject({ active: 'missing' });
		expect(checkManual({ ...base, onsetMs: 11 * MIN }, NOW)).toEqual({
			onset: 'onsetAfterLongest'
		});
		expect(checkManual({ ...base, longestMs: 26 * MIN }, NOW)).toEqual({
			longest: 'longestOverActive'
		});
		// Three bouts of at most 8 minutes cannot make 25.
		expect(checkManual({ ...base, longestMs: 8 * MIN }, NOW)).toEqual({
			longest: 'longestTooShort'
		});
		expect(checkManual({ ...base, rests: 0, restMs: 0 }, NOW)).toEqual({
			longest: 'longestNotWhole'
		});
		expect(checkManual({ ...base, restMs: 0 }, NOW)).toEqual({ restTime: 'restTimeMissing' });
		expect(checkManual({ ...base, rests: 1.5 }, NOW)).toMatchObject({ rests: 'notNumber' });
	});
});

describe('a walk added by hand, shown', () => {
	const shown = (walk: ManualWalk) => {
		let n = 0;
		const events = manualEvents(walk, 's1', () => `e${++n}`);
		return enteredOf(walkView(events, events.at(-1)!.at).bouts);
	};

	it('gives back what was entered, and no more', () => {
		expect(shown(base)).toEqual({
			activeMs: 25 * MIN,
			onsetMs: 4 * MIN,
			longestMs: 10 * MIN,
			rests: 2,
			restMs: 5 * MIN
		});
		// No longest bout entered: the walking was shared evenly, so none is shown.
		expect(shown({ ...base, longestMs: null, onsetMs: null })).toEqual({
			activeMs: 25 * MIN,
			onsetMs: null,
			longestMs: null,
			rests: 2,
			restMs: 5 * MIN
		});
		// No rests: the whole walk was the longest.
		expect(shown({ ...base, longestMs: null, rests: 0, restMs: 0 })).toMatchObject({
			longestMs: 25 * MIN,
			rests: 0
		});
	});
});
