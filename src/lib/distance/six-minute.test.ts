import { describe, expect, it } from 'vitest';
import {
	checkCourse,
	corridorMetres,
	lapTooFast,
	sixMinuteChange,
	type SixMinuteTest
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

	it('compares a test with the first of its kind only, and sizes the change', () => {
		const base: SixMinuteTest = { mode: 'corridor', courseM: 25, metres: 350, stoppedEarly: false };
		const later = (metres: number, extra: Partial<SixMinuteTest> = {}) =>
			sixMinuteChange(base, { ...base, metres, ...extra });
		expect(later(375)).toEqual({ comparable: true, deltaM: 25, size: 'large' });
		expect(later(360)).toEqual({ comparable: true, deltaM: 10, size: 'small' });
		expect(later(354)).toEqual({ comparable: true, deltaM: 4, size: 'same' });
		expect(later(340)).toEqual({ comparable: true, deltaM: -10, size: 'down' });
		expect(later(400, { courseM: 30 })).toEqual({ comparable: false, reason: 'course' });
		expect(later(400, { mode: 'outdoor', courseM: null })).toEqual({
			comparable: false,
			reason: 'mode'
		});
		expect(later(200, { stoppedEarly: true })).toEqual({ comparable: false, reason: 'stopped' });
	});
});
