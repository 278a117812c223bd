import { describe, expect, it } from 'vitest';
import { walkSummary } from '$lib/storage/fixtures/sessions';
import type { SessionSummary } from '$lib/storage/schema';
import { countsOf, legRaiseByWeek } from './counts';

const MIN = 60_000;
const session = (
	date: string,
	kind: 'planned' | 'manual' | 'test' | 'free',
	walkedMin: number,
	extra: Partial<SessionSummary> = {}
) => ({ date, kind, targetMs: 15 * MIN, summary: walkSummary(walkedMin, extra) });

describe('one vocabulary of counts', () => {
	const sessions = [
		session('2026-11-23', 'planned', 15, { elevationMs: 15 * MIN }),
		// Two walks on one day count as one session.
		session('2026-11-25', 'planned', 4),
		session('2026-11-25', 'planned', 12),
		session('2026-11-26', 'planned', 5, { endedBy: 'unwell' }),
		session('2026-11-27', 'manual', 20),
		session('2026-11-28', 'test', 6)
	];
	const tests = ['2026-11-23', '2026-11-28'];
	const breaks = [
		{ date: '2026-11-27', kind: 'elevation', durationMs: 21 * MIN },
		{ date: '2026-11-27', kind: 'elevation', durationMs: null },
		{ date: '2026-11-27', kind: 'calfPump', durationMs: null }
	];

	it('counts walks (by hand among them), sessions done and attempted, tests and leg raising', () => {
		expect(countsOf({ sessions, tests, breaks })).toEqual({
			walks: 5,
			byHand: 1,
			done: 3,
			attempted: 1,
			tests: 2,
			legRaiseMs: 36 * MIN
		});
	});

	it('counts within a range of days', () => {
		expect(countsOf({ sessions, tests, breaks }, { from: '2026-11-24', to: '2026-11-27' })).toEqual(
			{ walks: 4, byHand: 1, done: 2, attempted: 1, tests: 0, legRaiseMs: 21 * MIN }
		);
	});

	it('gives leg raising by week from the same records, in one pass', () => {
		const byWeek = legRaiseByWeek(sessions, breaks, 0);
		expect(byWeek.get('2026-11-23')).toBe(36 * MIN);
		expect(
			countsOf({ sessions, tests, breaks }, { from: '2026-11-23', to: '2026-11-29' }).legRaiseMs
		).toBe(byWeek.get('2026-11-23'));
	});
});
