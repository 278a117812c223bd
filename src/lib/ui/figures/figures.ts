// The weekly and monthly figures as a table: one view model for Progress and the report, so both
// count and write each figure the same way. Progress shows a few columns with their units, for a
// phone; the report all of them, compact, with a key, to fit a printed page.

import type { IsoDate } from '$lib/dates';
import {
	clock,
	distance,
	figures as words,
	MIN,
	monthName,
	shortDate,
	weekDate
} from '$lib/messages';
import type { Units } from '$lib/program/types';
import {
	weekHolds,
	type ColumnId,
	type MonthMetrics,
	type WeekMetrics
} from '$lib/progress/metrics';
import { minSec, wholeMinutes } from '$lib/messages';

export type { ColumnId };

/** Progress: the figures a person follows week to week. */
export const SCREEN_COLUMNS: readonly ColumnId[] = ['walked', 'target', 'done', 'onset', 'longest'];
/** The report: every figure a care team may ask for. */
export const REPORT_COLUMNS: readonly ColumnId[] = [
	'index',
	'done',
	'walked',
	'target',
	'boutsRests',
	'onset',
	'onsetAll',
	'longest',
	'rest',
	'painMax',
	'legsUp'
];
/** The distance columns, shown only once some walk in the table had its distance measured. */
export const DISTANCE_COLUMNS: readonly ColumnId[] = ['painFreeDistance', 'longestDistance'];

/** The columns, with the distance columns after them when any period has a distance. */
export function withDistance(
	columns: readonly ColumnId[],
	periods: readonly Pick<WeekMetrics, 'figures'>[]
): readonly ColumnId[] {
	const measured = periods.some(
		(p) =>
			p.figures && (p.figures.medianPainFreeMetres !== null || p.figures.longestMetres !== null)
	);
	return measured ? [...columns, ...DISTANCE_COLUMNS] : columns;
}

/** Columns printed as bare minutes: the key says so, and a card names the unit. */
const MINUTE_COLUMNS: ReadonlySet<ColumnId> = new Set(['walked', 'target', 'legsUp']);

/** Columns with a value in a period without walks. */
const WITHOUT_WALKS: ReadonlySet<ColumnId> = new Set(['index', 'done']);

/** `screen`: headings and figures with their units; `print`: short headings, bare numbers. */
export type Density = 'screen' | 'print';

export interface FigureRow {
	key: string;
	label: string;
	/** The figures, column by column, as far as they go. */
	cells: string[];
	/** A period without walks: the rest of the row, in one cell. */
	rest: { text: string; span: number } | null;
}

type Period = (WeekMetrics & { legRaiseMs?: number }) | MonthMetrics;

function cell(id: ColumnId, p: Period, density: Density, units: Units): string {
	const f = p.figures;
	const metres = (m: number | null | undefined) =>
		m === null || m === undefined ? (print ? words.none : words.notRecorded) : distance(m, units);
	const print = density === 'print';
	const mins = (ms: number) => (print ? String(Math.round(ms / MIN)) : wholeMinutes(ms));
	const time = (ms: number | null | undefined) =>
		ms === null || ms === undefined
			? print
				? words.none
				: words.notRecorded
			: print
				? clock(ms)
				: minSec(ms);
	switch (id) {
		case 'index':
			return 'index' in p && p.index !== null ? String(p.index) : words.none;
		case 'done':
			return words.doneOf(p.done, p.planned, p.attempted);
		case 'walked':
			return mins(f?.activeMs ?? 0);
		case 'target':
			return p.targetMs ? mins(p.targetMs) : words.none;
		case 'boutsRests':
			return words.boutsRests(f?.bouts ?? 0, f?.rests ?? 0);
		case 'onset':
			return time(f?.firstOnsetMs);
		case 'onsetAll':
			return time(f?.medianOnsetMs);
		case 'longest':
			return time(f?.longestBoutMs ?? 0);
		case 'rest':
			return time(f?.medianRestMs);
		case 'painMax':
			return f?.highestPain != null ? String(f.highestPain) : words.none;
		case 'legsUp':
			return mins(p.legRaiseMs ?? 0);
		case 'painFreeDistance':
			return metres(f?.medianPainFreeMetres);
		case 'longestDistance':
			return metres(f?.longestMetres);
	}
}

function row(
	p: Period,
	label: string,
	columns: readonly ColumnId[],
	density: Density,
	units: Units
): FigureRow {
	const key = 'month' in p ? p.month : p.start;
	if (p.figures) {
		return { key, label, cells: columns.map((id) => cell(id, p, density, units)), rest: null };
	}
	// Without walks: the columns that still have a value, as far as they lead the row.
	let lead = 0;
	while (lead < columns.length && WITHOUT_WALKS.has(columns[lead]!)) lead++;
	return {
		key,
		label,
		cells: columns.slice(0, lead).map((id) => cell(id, p, density, units)),
		rest: {
			text: 'month' in p ? words.noWalksMonth : words.noWalksWeek,
			span: columns.length - lead
		}
	};
}

/**
 * The weeks as rows, in the order given. The week under way is marked "so far"; `legRaise`
 * gives a week's leg raising, for that column.
 */
export function weekRows(
	weeks: readonly WeekMetrics[],
	options: {
		columns: readonly ColumnId[];
		density: Density;
		today: IsoDate;
		legRaise?: ReadonlyMap<IsoDate, number>;
		/** For the distance columns; metres when not given. */
		units?: Units;
	}
): FigureRow[] {
	const { columns, density, today, legRaise, units = 'km' } = options;
	return weeks.map((w) => {
		const date = density === 'print' ? weekDate(w.start) : shortDate(w.start);
		const label = weekHolds(w, today) ? words.soFar(date) : date;
		return row({ ...w, legRaiseMs: legRaise?.get(w.start) ?? 0 }, label, columns, density, units);
	});
}

/** The months as rows, in the order given. */
export function monthRows(
	months: readonly MonthMetrics[],
	options: { columns: readonly ColumnId[]; density: Density; units?: Units }
): FigureRow[] {
	return months.map((m) =>
		row(m, monthName(m.month), options.columns, options.density, options.units ?? 'km')
	);
}

/** The headings of the columns, after the first (the week or month). */
export function headings(columns: readonly ColumnId[], density: Density): string[] {
	return columns.map((id) => words.column[id][density === 'print' ? 'short' : 'heading']);
}

/**
 * Each column's full name, beside each figure when a narrow screen shows the weeks as cards. The
 * printed table's bare minutes, alone on a card, have their unit in the name.
 */
export function cardNames(columns: readonly ColumnId[], density: Density): string[] {
	return columns.map((id) =>
		density === 'print' && MINUTE_COLUMNS.has(id)
			? words.inMinutes(words.column[id].heading)
			: words.column[id].heading
	);
}

/** What each column means, for the key below the printed table. */
export function key(columns: readonly ColumnId[]): { short: string; key: string }[] {
	return columns.map((id) => words.column[id]);
}
