// CSV files of sessions and of bouts, written to RFC 4180: a header row, commas, fields quoted
// when they hold a comma, a quote or a line break (quotes doubled), CRLF line ends. Units are in
// the column names. Text a person typed never starts a formula in a spreadsheet.

import type { SessionInput } from './metrics';
import { sessionMetrics } from './metrics';

type Cell = string | number | null;

/** One field: numbers as they are, text quoted when it must be, formulas defused. */
function field(value: Cell): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	// A cell a spreadsheet would run (=, +, -, @, or a tab or return first) is kept as text.
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
	return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

export type CsvSession = SessionInput;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A moment in ISO 8601 with the person's own offset from UTC, e.g. 2026-11-23T09:05:00+01:00:
 * the time as they saw it, and when that was anywhere. The offset is the one in force then.
 */
export function isoWithOffset(
	at: number,
	offsetMin: number = -new Date(at).getTimezoneOffset()
): string {
	const local = new Date(at + offsetMin * 60_000).toISOString().slice(0, 19);
	const abs = Math.abs(offsetMin);
	return `${local}${offsetMin < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

export const SESSION_COLUMNS = [
	'date',
	'started_at',
	'kind',
	'walking_s',
	'target_s',
	'bouts',
	'rests',
	'first_onset_s',
	'median_onset_s',
	'longest_bout_s',
	'total_rest_s',
	'median_rest_s',
	'highest_pain_1_to_5',
	'leg_raising_s',
	'ended_by',
	'note',
	'pain_free_distance_m',
	'longest_distance_m',
	'distance_quality'
] as const;

/** good, poor, or empty for a walk or bout whose distance was not measured. */
const quality = (measured: boolean, poor: boolean) => (measured ? (poor ? 'poor' : 'good') : '');

export function sessionsCsv(sessions: readonly CsvSession[]): string {
	return toCsv(
		SESSION_COLUMNS,
		sessions.map((s) => {
			const m = sessionMetrics(s);
			return [
				s.date,
				isoWithOffset(s.startedAt),
				s.kind,
				seconds(m.activeMs),
				seconds(m.targetMs),
				m.bouts,
				m.rests,
				seconds(m.firstOnsetMs),
				seconds(m.medianOnsetMs),
				seconds(m.longestBoutMs),
				seconds(m.totalRestMs),
				seconds(m.medianRestMs),
				m.highestPain,
				seconds(m.elevationMs),
				s.summary.endedBy ?? '',
				s.summary.note ?? '',
				m.painFreeMetres ?? '',
				m.longestMetres ?? '',
				quality(
					(s.summary.bouts ?? []).some((b) => b.metres !== undefined),
					m.distancePoor
				)
			];
		})
	);
}

export const BOUT_COLUMNS = [
	'date',
	'started_at',
	'bout',
	'walking_s',
	'onset_s',
	'stop_pain_1_to_5',
	'rest_s',
	'distance_m',
	'pain_free_distance_m',
	'distance_quality'
] as const;

export function boutsCsv(sessions: readonly CsvSession[]): string {
	return toCsv(
		BOUT_COLUMNS,
		sessions.flatMap((s) =>
			(s.summary.bouts ?? []).map((b, i) => [
				s.date,
				isoWithOffset(s.startedAt),
				i + 1,
				seconds(b.walkingMs),
				seconds(b.onsetMs),
				b.level,
				seconds(b.restMs),
				b.metres ?? '',
				b.painFreeMetres ?? '',
				quality(b.metres !== undefined, b.distancePoor === true)
			])
		)
	);
}
