import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/dates';
import * as m from '$lib/messages';
import type { WeekMetrics } from '$lib/progress/metrics';
import { EMPTY_DETAILS, type ReportDetails } from '$lib/report/details';
import type { AdviceShown } from '$lib/safety/care';
import type { SessionRecord } from '$lib/storage/schema';
import { RECENT_WEEKS, ReportView, type ReportSources } from './report.svelte';

const TODAY = '2026-11-25';
const week = (start: string): WeekMetrics => ({
	start,
	end: addDays(start, 6),
	index: null,
	planned: null,
	done: 1,
	attempted: 0,
	targetMs: null,
	tests: 0,
	figures: null
});
/** Weeks of Mondays, oldest first, ending with the week of TODAY. */
const weeksBack = (n: number) =>
	Array.from({ length: n }, (_, i) => week(addDays('2026-11-23', -7 * (n - 1 - i))));
const session = (date: string, activeMs: number, kind = 'walk') =>
	({
		id: date,
		date,
		kind,
		startedAt: 0,
		targetMs: null,
		summary: { activeWalkingMs: activeMs, bouts: [] }
	}) as unknown as SessionRecord;

/** A report over records held in memory. */
function report(
	options: {
		program?: { startDate: string } | null;
		sessions?: SessionRecord[];
		weeks?: WeekMetrics[];
		details?: 'stored' | 'unreadable';
		firstVisit?: boolean;
	} = {}
) {
	const monthsAsked: number[] = [];
	const read: string[] = [];
	const savedDetails: ReportDetails[] = [];
	const sources: ReportSources = {
		records: {
			loaded: true,
			today: TODAY,
			program: (options.program ?? null) as ReportSources['records']['program'],
			// Newest first, as the records keep them.
			sessions: options.sessions ?? [],
			weeks: options.weeks ?? weeksBack(3),
			testChanges: [],
			reviews: [],
			monthsOf: (weeks: readonly WeekMetrics[]) => {
				monthsAsked.push(weeks.length);
				return [];
			},
			legRaiseByWeek: () => new Map(),
			countsIn: () => ({ walks: 0, byHand: 0, done: 0, attempted: 0, tests: 0, legRaiseMs: 0 })
		} as unknown as ReportSources['records'],
		diary: { entries: [], breaks: [] },
		loadDetails: async () => {
			read.push('details');
			if (options.details === 'unreadable') throw new Error('no');
			return { ...EMPTY_DETAILS, name: 'Ada' };
		},
		saveDetails: async (d) => void savedDetails.push(d),
		loadAdvice: async (sessions) => {
			read.push(sessions ? `advice from ${sessions.length} sessions` : 'advice, read again');
			return [{ date: '2026-11-20' } as AdviceShown, { date: '2025-01-01' } as AdviceShown];
		},
		firstVisit: async () => options.firstVisit ?? false
	};
	return { r: new ReportView(sources), monthsAsked, savedDetails, read };
}

describe('the report', () => {
	it('covers the current program by default, or from the first walk without one', () => {
		expect(report({ program: { startDate: '2026-11-02' } }).r.from).toBe('2026-11-02');
		const noProgram = report({
			sessions: [session('2026-11-20', 60_000), session('2026-10-01', 60_000)]
		});
		expect([noProgram.r.from, noProgram.r.to]).toEqual(['2026-10-01', TODAY]);
		// A program starting tomorrow: its dates hold nothing yet.
		expect(report({ program: { startDate: '2026-11-26' } }).r.from).toBe(TODAY);
	});

	it('takes typed dates once whole, and says when they are the wrong way round', () => {
		const { r } = report({
			sessions: [session('2026-11-20', 5 * 60_000), session('2026-11-10', 7 * 60_000)]
		});
		r.fromText = '2026-11-1';
		expect(r.from).toBe('2026-11-10');
		r.fromText = '2026-11-15';
		expect(r.inRange.map((s) => s.date)).toEqual(['2026-11-20']);
		expect(r.walkedMs).toBe(5 * 60_000);
		r.toText = '2026-11-12';
		expect(r.rangeProblem).toBe(m.report.rangeProblem);
	});

	it('past a year, shows the last year week by week and asks for the older weeks by month', () => {
		const long = report({ weeks: weeksBack(RECENT_WEEKS + 10) });
		long.r.fromText = '2000-01-01';
		expect(long.r.recentWeeks).toHaveLength(RECENT_WEEKS);
		expect(long.r.months).toEqual([]);
		expect(long.monthsAsked).toEqual([10]);
		expect(long.r.chartWeeks).toHaveLength(26);
		// A year and a few weeks is still shown week by week.
		const year = report({ weeks: weeksBack(RECENT_WEEKS + 4) });
		year.r.fromText = '2000-01-01';
		expect(year.r.recentWeeks).toHaveLength(RECENT_WEEKS + 4);
		expect(year.monthsAsked).toEqual([]);
	});

	it('reads the details, and the advice shown from the sessions already read, once; unreadable details are taken as none', async () => {
		const sessions = [session('2026-11-20', 60_000), session('2026-11-10', 60_000)];
		const { r, savedDetails, read } = report({ sessions });
		r.fromText = '2026-11-01';
		await r.load();
		expect(r.details?.name).toBe('Ada');
		expect(r.advice).toBeNull();
		// Until the advice is read, the summary does not count it (it never says "none" too soon).
		expect(r.summary.advice).toBeNull();
		await r.loadAdvice(sessions);
		await r.loadAdvice(sessions);
		expect(read).toEqual(['details', 'advice from 2 sessions']);
		expect(r.adviceInRange.map((a) => a.date)).toEqual(['2026-11-20']);
		expect(r.summary.advice).toEqual({ total: 1, cleared: 0, fromDiary: 0 });
		expect(await r.saveDetails({ ...EMPTY_DETAILS, name: 'Ada L.' })).toBe(true);
		expect([r.details?.name, savedDetails.length]).toEqual(['Ada L.', 1]);
		const unreadable = report({ details: 'unreadable' });
		await unreadable.r.load();
		expect(unreadable.r.details).toEqual(EMPTY_DETAILS);
	});

	it('on a first visit reads nothing: no details and no advice yet, and saving still works', async () => {
		const { r, read, savedDetails } = report({ firstVisit: true });
		await r.load();
		await r.loadAdvice([]);
		expect(read).toEqual([]);
		expect([r.details, r.advice]).toEqual([EMPTY_DETAILS, []]);
		expect(await r.saveDetails({ ...EMPTY_DETAILS, name: 'Ada' })).toBe(true);
		expect([r.details?.name, savedDetails.length]).toEqual(['Ada', 1]);
		// Otherwise both are read.
		const returning = report();
		await returning.r.load();
		await returning.r.loadAdvice([]);
		expect(returning.read).toEqual(['details', 'advice from 0 sessions']);
		// Storage could not be read for the records: the advice is asked for on its own.
		const unread = report();
		await unread.r.loadAdvice();
		expect(unread.read).toEqual(['advice, read again']);
	});

	it('names each CSV file by its dates', () => {
		const { r } = report({ sessions: [session('2026-11-20', 60_000)] });
		r.fromText = '2026-11-01';
		expect(r.csv('sessions').name).toBe('legwork-sessions-2026-11-01-to-2026-11-25.csv');
		expect(r.csv('bouts').name).toBe('legwork-bouts-2026-11-01-to-2026-11-25.csv');
		expect(r.csv('sessions').text.split('\n').length).toBeGreaterThan(1);
	});
});
