import { describe, expect, it } from 'vitest';
import { monthName, shortDate, weekDate } from '$lib/messages';
import type { MonthMetrics, WeekFigures, WeekMetrics } from '$lib/progress/metrics';
import {
	cardNames,
	headings,
	key,
	monthRows,
	REPORT_COLUMNS,
	SCREEN_COLUMNS,
	weekRows,
	withDistance
} from './figures';

const MIN = 60_000;
const figures: WeekFigures = {
	walks: 2,
	activeMs: 20 * MIN,
	bouts: 5,
	rests: 4,
	firstOnsetMs: 4 * MIN,
	medianOnsetMs: 3.5 * MIN,
	longestBoutMs: 12 * MIN + 20_000,
	totalRestMs: 10 * MIN,
	medianRestMs: 2.5 * MIN,
	highestPain: 3,
	elevationMs: 0,
	medianPainFreeMetres: null,
	longestMetres: null
};
const week = (start: string, end: string, extra: Partial<WeekMetrics> = {}): WeekMetrics => ({
	start,
	end,
	index: 2,
	planned: 3,
	done: 1,
	attempted: 0,
	targetMs: 45 * MIN,
	tests: 0,
	figures,
	...extra
});

describe('the weekly figures as a table', () => {
	const today = '2026-12-02';
	const weeks = [
		week('2026-11-30', '2026-12-06', { attempted: 1 }),
		week('2026-11-23', '2026-11-29', { figures: { ...figures, firstOnsetMs: null } }),
		week('2026-11-16', '2026-11-22', { figures: null, done: 0 })
	];

	it('on a phone: the figures with their units, the week under way marked so far', () => {
		const rows = weekRows(weeks, { columns: SCREEN_COLUMNS, density: 'screen', today });
		expect(headings(SCREEN_COLUMNS, 'screen')).toEqual([
			'Walked',
			'Target',
			'Sessions',
			'Pain started after',
			'Longest walk'
		]);
		expect(rows[0]).toMatchObject({
			label: `${shortDate('2026-11-30')} (so far)`,
			cells: [
				'20\u00a0min',
				'45\u00a0min',
				'1 of 3, 1 stopped early',
				'4\u00a0min',
				'12\u00a0min 20\u00a0s'
			],
			rest: null
		});
		expect(rows[1]?.label).toBe(shortDate('2026-11-23'));
		expect(rows[1]?.cells[3]).toBe('Not recorded');
		// A week without walks says so across the row: it is never a week of zeros.
		expect(rows[2]).toMatchObject({ cells: [], rest: { text: 'No walks this week', span: 5 } });
	});

	it('adds the distance columns only once some walk had its distance measured', () => {
		expect(withDistance(SCREEN_COLUMNS, weeks)).toEqual(SCREEN_COLUMNS);
		const measured = [
			week('2026-11-30', '2026-12-06', {
				figures: { ...figures, medianPainFreeMetres: 150, longestMetres: 320 }
			}),
			week('2026-11-23', '2026-11-29')
		];
		const columns = withDistance(SCREEN_COLUMNS, measured);
		expect(headings(columns, 'screen').slice(-2)).toEqual([
			'Distance before pain',
			'Longest distance'
		]);
		const inMetres = weekRows(measured, { columns, density: 'screen', today });
		expect(inMetres.map((r) => r.cells.slice(-2))).toEqual([
			['150\u00a0m', '320\u00a0m'],
			['Not recorded', 'Not recorded']
		]);
		const inYards = weekRows(measured, { columns, density: 'print', today, units: 'miles' });
		expect(inYards[0]?.cells.slice(-2)).toEqual(['164\u00a0yards', '350\u00a0yards']);
	});

	it('printed: every figure, short, with the year; the program week and sessions kept in a week without walks', () => {
		const legRaise = new Map([['2026-11-23', 7 * MIN]]);
		const rows = weekRows(weeks, { columns: REPORT_COLUMNS, density: 'print', today, legRaise });
		expect(headings(REPORT_COLUMNS, 'print')).toHaveLength(11);
		expect(rows[1]).toMatchObject({
			label: weekDate('2026-11-23'),
			cells: ['2', '1 of 3', '20', '45', '5 / 4', '–', '3:30', '12:20', '2:30', '3', '7']
		});
		expect(rows[0]?.label).toBe(`${weekDate('2026-11-30')} (so far)`);
		expect(rows[2]).toMatchObject({
			cells: ['2', '0 of 3'],
			rest: { text: 'No walks this week', span: 9 }
		});
		// Every column but the program week is explained in the key.
		expect(key(REPORT_COLUMNS.slice(1)).map((c) => c.short)).toEqual(
			headings(REPORT_COLUMNS.slice(1), 'print')
		);
	});

	it('on a card, a printed figure in bare minutes has its unit in the name', () => {
		expect(cardNames(REPORT_COLUMNS, 'print')).toEqual([
			'Week of the program',
			'Sessions',
			'Walked (minutes)',
			'Target (minutes)',
			'Walks and rests',
			'Pain started after',
			'Pain started after, every walk',
			'Longest walk',
			'Usual rest',
			'Strongest pain',
			'Leg raising (minutes)'
		]);
		// Progress writes the unit with each figure: its cards keep the plain names.
		expect(cardNames(SCREEN_COLUMNS, 'screen')).toEqual(headings(SCREEN_COLUMNS, 'screen'));
	});

	it('month by month: the month named with its year, its own leg raising', () => {
		const month: MonthMetrics = {
			month: '2016-11',
			weeks: 4,
			planned: null,
			done: 5,
			attempted: 0,
			targetMs: null,
			tests: 0,
			figures,
			legRaiseMs: 30 * MIN
		};
		const columns = REPORT_COLUMNS.slice(1);
		const [row, empty] = monthRows([month, { ...month, month: '2016-12', figures: null }], {
			columns,
			density: 'print'
		});
		expect(row).toMatchObject({ key: '2016-11', label: monthName('2016-11') });
		expect(monthName('2016-11')).toMatch(/2016/);
		expect(row?.cells[0]).toBe('5');
		expect(row?.cells.at(-1)).toBe('30');
		expect(empty?.rest).toEqual({ text: 'No walks this month', span: 9 });
	});
});
