import { describe, expect, it } from 'vitest';
import {
	checkCourse,
	corridorLaps,
	corridorMetres,
	cuesBetween,
	lapTooFast,
	TEST_MS
} from './six-minute';

describe('the six-minute walk at home', () => {
	it('14 laps of a 25 m course and 12 m of the last: 362 m', () => {
		expect(corridorMetres(25, 14, 12)).toBe(362);
		expect(corridorMetres(25, 0, 0)).toBe(0);
		// The part lap is 0 to the course length; laps are whole.
		expect(corridorMetres(25, 14, 26)).toBeNull();
		expect(corridorMetres(25, 14, -1)).toBeNull();
		expect(corridorMetres(25, 1.5, 0)).toBeNull();
	});

	it('takes a course of 10 to 100 m, and says what is wrong with any other', () => {
		expect(checkCourse('30')).toEqual({ ok: true, metres: 30 });
		expect(checkCourse(' 12,5 ')).toEqual({ ok: true, metres: 12.5 });
		expect(checkCourse('9')).toEqual({ ok: false, problem: 'tooShort' });
		expect(checkCourse('101')).toEqual({ ok: false, problem: 'tooLong' });
		expect(checkCourse('thirty')).toEqual({ ok: false, problem: 'notANumber' });
		expect(checkCourse('')).toEqual({ ok: false, problem: 'notANumber' });
	});

	it('does not count a "Turn" sooner than a person could walk the course', () => {
		// 25 m in 9 s is 2.8 m/s: not a walk. In 12 s it is 2.1 m/s: a brisk one.
		expect(lapTooFast(9_000, 25)).toBe(true);
		expect(lapTooFast(12_000, 25)).toBe(false);
		expect(lapTooFast(0, 25)).toBe(true);
	});
});

describe('a corridor test as it is walked', () => {
	const S = 1000;
	it('says each minute once, then that the end is near, then stop', () => {
		expect(cuesBetween(0, 59 * S)).toEqual([]);
		expect(cuesBetween(59 * S, 61 * S)).toEqual(['minute1']);
		expect(cuesBetween(60 * S, 61 * S)).toEqual([]);
		// A page woken after a while says only what came since, in order.
		expect(cuesBetween(170 * S, 250 * S)).toEqual(['minute3', 'minute4']);
		expect(cuesBetween(300 * S, TEST_MS)).toEqual(['soon', 'stop']);
		expect(cuesBetween(0, 10 * 60 * S)).toHaveLength(7);
	});

	it('counts 14 laps of 25 m walked at a slow pace, and where the pain started', () => {
		// About 0.97 m/s: a lap every 25 s.
		const taps = [
			...Array.from({ length: 14 }, (_, i) => ({ kind: 'turn' as const, at: (i + 1) * 25 * S })),
			{ kind: 'pain' as const, at: 130 * S },
			{ kind: 'pain' as const, at: 200 * S }
		].sort((a, b) => a.at - b.at);
		const run = corridorLaps(25, taps);
		expect(run).toEqual({
			laps: 14,
			lastTurnAt: 350 * S,
			refused: 0,
			painAt: 130 * S,
			painLap: 6
		});
		expect(corridorMetres(25, run.laps, 12)).toBe(362);
	});

	it('does not count a turn tapped sooner than a lap could be walked, nor one after six minutes', () => {
		const run = corridorLaps(25, [
			{ kind: 'turn', at: 20 * S },
			// 25 m in 2 s: a second tap of the same turn.
			{ kind: 'turn', at: 22 * S },
			{ kind: 'turn', at: 40 * S },
			{ kind: 'turn', at: TEST_MS + 5 * S }
		]);
		expect([run.laps, run.refused, run.lastTurnAt]).toEqual([2, 1, 40 * S]);
		// The lap after a refused tap is timed from the last counted turn.
		expect(corridorLaps(25, [{ kind: 'turn', at: 9 * S }]).laps).toBe(0);
		expect(corridorLaps(25, [{ kind: 'turn', at: 10 * S }]).laps).toBe(1);
	});
});
