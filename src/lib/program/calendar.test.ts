import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planToIcs } from './calendar';
import { buildPlan } from './plan';

describe('planToIcs', () => {
	it('writes one event per planned session still ahead, that a calendar can read back', () => {
		const result = buildPlan(
			{
				startDate: '2026-11-23',
				weeks: 12,
				schedules: [{ from: '2026-11-23', days: [0, 2, 4], timeOfDay: 'evening', track: 'pad' }],
				baseline: null
			},
			[],
			'2026-11-23'
		);
		if (!result.ok) throw new Error('no plan');
		const sessions = result.plan.weeks.flatMap((w) => w.sessions);
		const out = planToIcs('p1', sessions, () => 'evening', {
			title: (min) => `Walk ${min}`,
			description: 'Warm up first'
		});
		if (!out.ok) throw new Error(out.error);
		const calendar = new ICAL.Component(ICAL.parse(out.ics));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(36);
		expect(events[0]?.summary).toBe('Walk 15');
		expect(events[0]?.startDate.toString()).toBe('2026-11-23T18:00:00');
		expect(events[3]?.summary).toBe('Walk 20');
		expect(new Set(events.map((e) => e.uid)).size).toBe(36);
		expect(calendar.getAllSubcomponents('vevent')[0]?.getFirstSubcomponent('valarm')).toBeTruthy();
	});

	it('says so when there is nothing ahead', () => {
		expect(planToIcs('p1', [], () => 'morning', { title: () => '', description: '' })).toEqual({
			ok: false,
			error: 'empty'
		});
	});
});
