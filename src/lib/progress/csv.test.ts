import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '$lib/storage/schema';
import {
	BOUT_COLUMNS,
	boutsCsv,
	isoWithOffset,
	SESSION_COLUMNS,
	sessionsCsv,
	toCsv,
	type CsvSession
} from './csv';

const MIN = 60_000;
const summary: SessionSummary = {
	activeWalkingMs: 11 * MIN,
	boutCount: 2,
	firstOnsetMs: 3 * MIN,
	longestBoutMs: 6 * MIN,
	totalRestMs: 2 * MIN,
	painLevels: [4],
	feeling: 'same',
	note: 'Windy, "cold" =1+1\nthen sun',
	moderatePainMs: 6 * MIN,
	endedBy: null,
	markedDone: false,
	bouts: [
		{ walkingMs: 6 * MIN, onsetMs: 3 * MIN, level: 4, restMs: 2 * MIN },
		{ walkingMs: 5 * MIN, onsetMs: null, level: null, restMs: 0 }
	],
	elevationMs: 10 * MIN
};
const session: CsvSession = {
	id: 'a',
	date: '2026-11-23',
	kind: 'planned',
	targetMs: 15 * MIN,
	startedAt: new Date('2026-11-23T09:05:00').getTime(),
	summary
};

const started = isoWithOffset(new Date('2026-11-23T09:05:00').getTime());
const parse = (text: string) => Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' });

describe('times in the CSV', () => {
	it('are ISO 8601 with the offset from UTC', () => {
		const at = Date.UTC(2026, 10, 23, 9, 5, 0);
		expect(isoWithOffset(at, 0)).toBe('2026-11-23T09:05:00+00:00');
		expect(isoWithOffset(at, 60)).toBe('2026-11-23T10:05:00+01:00');
		expect(isoWithOffset(at, -300)).toBe('2026-11-23T04:05:00-05:00');
		expect(isoWithOffset(at, 330)).toBe('2026-11-23T14:35:00+05:30');
		expect(isoWithOffset(at, -570)).toBe('2026-11-22T23:35:00-09:30');
	});

	it('use the offset in force on the day, by default', () => {
		const at = new Date('2026-07-01T12:00:00').getTime();
		const offset = -new Date(at).getTimezoneOffset();
		expect(isoWithOffset(at)).toBe(isoWithOffset(at, offset));
		expect(isoWithOffset(at).slice(0, 19)).toBe('2026-07-01T12:00:00');
	});
});

describe('CSV', () => {
	it('writes sessions with a header, units in the names, and reads back the same', () => {
		const { data, errors } = parse(sessionsCsv([session]));
		expect(errors).toEqual([]);
		expect(data[0]).toEqual([...SESSION_COLUMNS]);
		expect(data[1]).toEqual([
			'2026-11-23',
			started,
			'planned',
			'660',
			'900',
			'2',
			'1',
			'180',
			'180',
			'360',
			'120',
			'120',
			'4',
			'600',
			'',
			// Quoted because of the comma, quote and line break; kept as text, never a formula.
			'Windy, "cold" =1+1\nthen sun',
			// No distance measured: empty, never 0.
			'',
			'',
			''
		]);
	});

	it('writes one row per bout', () => {
		const { data } = parse(boutsCsv([session]));
		expect(data).toEqual([
			[...BOUT_COLUMNS],
			['2026-11-23', started, '1', '360', '180', '4', '120', '', '', ''],
			['2026-11-23', started, '2', '300', '', '', '0', '', '', '']
		]);
	});

	it('writes measured distances in metres, with their quality, per walk and per bout', () => {
		const measured = {
			...session,
			summary: {
				...session.summary,
				bouts: [
					{ ...session.summary.bouts[0]!, metres: 262, painFreeMetres: 141, distancePoor: false },
					{ ...session.summary.bouts[1]!, metres: 500, painFreeMetres: null, distancePoor: true }
				]
			}
		};
		const sessions = parse(sessionsCsv([measured])).data;
		// The poor bout is left out of the walk's figures, and the walk says some was poor.
		expect(sessions[1]?.slice(-3)).toEqual(['141', '262', 'poor']);
		expect(parse(boutsCsv([measured])).data.map((row) => row.slice(-3))).toEqual([
			['distance_m', 'pain_free_distance_m', 'distance_quality'],
			['262', '141', 'good'],
			['500', '', 'poor']
		]);
	});

	it('keeps a typed formula from running in a spreadsheet', () => {
		expect(toCsv(['note'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['plain']])).toBe(
			'note\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\nplain\r\n'
		);
		// Numbers, negative ones too, stay numbers.
		expect(toCsv(['n'], [[-3], [null]])).toBe('n\r\n-3\r\n\r\n');
	});
});
