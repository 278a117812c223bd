// Writes a backup file of ten years of daily walks (3,650 sessions, about 40,000 events) for
// benchmarks and scale tests: node scripts/ten-years.mjs [path]. Deterministic: same file every run.
import { writeFileSync } from 'node:fs';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const DAYS = 3650;
const START = Date.UTC(2016, 10, 28, 9, 0, 0);
const PROGRAM = '00000000-0000-4000-8000-00000000a000';

/** @param {number} at */
const iso = (at) => new Date(at).toISOString().slice(0, 10);
/** @param {number} n */
const id = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * @param {number} days how many daily walks
 * @param {number} start the first walk's time (ms); by default 28 November 2016, 09:00 UTC
 */
export function tenYears(days = DAYS, start = START) {
	const sessions = [];
	const events = [];
	let n = 1;
	for (let d = 0; d < days; d++) {
		const t = start + d * DAY;
		const sessionId = id(n++);
		// Onset and bout lengths vary a little from day to day, as real walks do.
		const onset = (3 + (d % 5)) * MIN;
		const bout1 = onset + 3 * MIN;
		const bout2 = 6 * MIN + (d % 3) * MIN;
		const rest1 = 4 * MIN;
		const rest2 = 3 * MIN;
		let at = t;
		let seq = 1;
		const ev = (type, extra = {}) => {
			events.push({ id: id(n++), sessionId, seq: seq++, at, updatedAt: at, type, ...extra });
		};
		ev('started', { phase: 'warmup' });
		at += 7 * MIN;
		const walkStart = at;
		ev('phaseStarted', { phase: 'walking' });
		at += onset;
		ev('painOnset', { level: 2 });
		at = walkStart + bout1;
		ev('stopped', { level: 4 });
		at += rest1;
		ev('painGone');
		at += 2 * MIN;
		ev('painOnset', { level: 2 });
		at += bout2 - 2 * MIN;
		ev('stopped', { level: 3 });
		at += rest2;
		ev('painGone');
		ev('phaseStarted', { phase: 'cooldown' });
		at += 5 * MIN;
		ev('phaseStarted', { phase: 'finish' });
		const end = at;
		at += 0.5 * MIN;
		ev('finished');
		sessions.push({
			id: sessionId,
			programId: PROGRAM,
			kind: 'planned',
			date: iso(t),
			track: 'pad',
			targetMs: 30 * MIN,
			startedAt: t,
			endedAt: end,
			status: 'finished',
			summary: {
				activeWalkingMs: bout1 + bout2,
				boutCount: 2,
				firstOnsetMs: onset,
				longestBoutMs: Math.max(bout1, bout2),
				totalRestMs: rest1 + rest2,
				painLevels: [4, 3],
				feeling: null,
				note: null,
				moderatePainMs: bout1,
				endedBy: null,
				markedDone: false,
				bouts: [
					{ walkingMs: bout1, onsetMs: onset, level: 4, restMs: rest1 },
					{ walkingMs: bout2, onsetMs: 2 * MIN, level: 3, restMs: rest2 }
				],
				elevationMs: 0
			},
			updatedAt: at,
			deletedAt: null
		});
	}
	return {
		format: 'legwork-backup',
		formatVersion: 3,
		appVersion: 'ten-years',
		exportedAt: start + days * DAY,
		tables: {
			settings: [],
			programs: [
				{
					id: PROGRAM,
					createdAt: start,
					updatedAt: start,
					deletedAt: null,
					status: 'active',
					startDate: iso(start),
					weeks: 520,
					schedules: [
						{ from: iso(start), days: [0, 1, 2, 3, 4, 5, 6], timeOfDay: 'morning', track: 'pad' }
					],
					diagnosis: 'pad',
					legs: 'both',
					baselineTestId: null,
					clearedAt: null,
					safetyCheckId: null
				}
			],
			walkTests: [],
			sessions,
			events,
			symptoms: [],
			safetyChecks: [],
			reviews: []
		}
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = process.argv[2] ?? 'ten-years.json';
	const file = tenYears();
	writeFileSync(path, JSON.stringify(file));
	console.log(
		`${path}: ${file.tables.sessions.length} sessions, ${file.tables.events.length} events`
	);
}
