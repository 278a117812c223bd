import { describe, expect, it } from 'vitest';
import type { DoneSession } from '$lib/program/types';
import { openFollowUp } from './follow-up';

const walk = (date: string, endedBy: DoneSession['endedBy'] = null): DoneSession => ({
	date,
	activeWalkingMs: 0,
	targetMs: 0,
	firstOnsetMs: null,
	moderatePainMs: null,
	endedBy,
	markedDone: false
});

describe('following up a warning', () => {
	it('asks after the latest walk that ended on a warning', () => {
		expect(openFollowUp([walk('2026-11-23'), walk('2026-11-24', 'longRest')], [])).toEqual({
			date: '2026-11-24',
			warning: 'longRest',
			waiting: false
		});
	});
	it('asks nothing when no walk ended on a warning', () => {
		expect(openFollowUp([walk('2026-11-23')], [])).toBeNull();
	});
	it('keeps asking after "not yet", and stops after "yes"', () => {
		const walks = [walk('2026-11-24', 'unwell')];
		const notYet = { at: 2, spoken: false, about: '2026-11-24' };
		expect(openFollowUp(walks, [notYet])?.waiting).toBe(true);
		expect(openFollowUp(walks, [notYet, { at: 3, spoken: true, about: '2026-11-24' }])).toBeNull();
	});
	it('asks again after a new warning, whatever was said before', () => {
		const walks = [walk('2026-11-24', 'unwell'), walk('2026-11-27', 'severePain')];
		expect(openFollowUp(walks, [{ at: 3, spoken: true, about: '2026-11-24' }])).toMatchObject({
			date: '2026-11-27',
			warning: 'severePain'
		});
	});
});
