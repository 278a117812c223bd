// The full check of every record in a backup, with Valibot. Loaded only when a person imports a
// file, so it costs nothing on any other page. The shapes are those of the current schema
// version (schema.ts); older files are upgraded (upgrades.ts) before this check.

import * as v from 'valibot';
import { DIAGNOSES, WALK_WARNINGS } from '$lib/program/types';
import { PAIN_PLACES } from '$lib/diary/diary';
import { MAX_PROGRAM_WEEKS } from '$lib/program/plan';
import { SIGNS } from '$lib/safety/questions';
import { MAX_WALK_METRES, PHASES, WALK_EVENT_TYPES } from '$lib/walk/timeline';
import {
	checkRelations,
	readEnvelope,
	type BackupContents,
	contentsOf,
	type BackupProblem
} from './backup';
import { COURSE_MAX_M, COURSE_MIN_M } from '$lib/distance/six-minute';
import { OBSTACLES, SESSION_KINDS, TABLES, type TableData, type TableName } from './schema';
import { summariesFromEvents, upgradeData } from './upgrades';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const duration = v.pipe(v.number(), v.finite(), v.minValue(0));
const metres = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_WALK_METRES));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = v.pipe(v.string(), v.maxLength(20_000));
const painLevel = v.picklist([1, 2, 3, 4, 5]);
const track = v.picklist(['pad', 'vein', 'both', 'gentle']);
const stamped = { id, updatedAt: time, deletedAt: v.nullable(time) };

const schedule = v.strictObject({
	from: isoDate,
	days: v.pipe(v.array(v.picklist([0, 1, 2, 3, 4, 5, 6])), v.maxLength(7)),
	timeOfDay: v.picklist(['morning', 'afternoon', 'evening']),
	track
});

const summary = v.strictObject({
	activeWalkingMs: duration,
	boutCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
	firstOnsetMs: v.nullable(duration),
	longestBoutMs: duration,
	totalRestMs: duration,
	painLevels: v.array(painLevel),
	feeling: v.nullable(v.picklist(['better', 'same', 'worse'])),
	note: v.nullable(text),
	moderatePainMs: v.nullable(duration),
	endedBy: v.nullable(v.picklist(WALK_WARNINGS)),
	markedDone: v.boolean(),
	bouts: v.pipe(
		v.array(
			v.strictObject({
				walkingMs: duration,
				onsetMs: v.nullable(duration),
				level: v.nullable(painLevel),
				restMs: duration,
				metres: v.optional(metres),
				painFreeMetres: v.optional(v.nullable(metres)),
				distancePoor: v.optional(v.boolean())
			})
		),
		v.maxLength(1000)
	),
	elevationMs: duration
});

const RECORDS: Record<TableName, v.GenericSchema> = {
	settings: v.strictObject({ key: id, value: v.unknown(), updatedAt: time }),
	programs: v.strictObject({
		...stamped,
		createdAt: time,
		status: v.picklist(['active', 'ended']),
		startDate: isoDate,
		weeks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PROGRAM_WEEKS)),
		schedules: v.pipe(v.array(schedule), v.minLength(1)),
		diagnosis: v.picklist(DIAGNOSES),
		legs: v.picklist(['left', 'right', 'both']),
		baselineTestId: v.nullable(id),
		clearedAt: v.nullable(time),
		safetyCheckId: v.nullable(id)
	}),
	walkTests: v.strictObject({
		...stamped,
		programId: v.nullable(id),
		at: time,
		method: v.picklist(['walk', 'treadmill', 'sixMinute']),
		onsetMs: v.nullable(duration),
		maxWalkMs: v.nullable(duration),
		distanceM: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
		sessionId: v.nullable(id),
		sixMinute: v.nullable(
			v.strictObject({
				mode: v.picklist(['corridor', 'outdoor']),
				courseM: v.nullable(
					v.pipe(v.number(), v.finite(), v.minValue(COURSE_MIN_M), v.maxValue(COURSE_MAX_M))
				),
				laps: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
				stoppedEarly: v.boolean(),
				painLap: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1001))),
				quality: v.nullable(v.picklist(['good', 'poor']))
			})
		)
	}),
	sessions: v.strictObject({
		...stamped,
		programId: v.nullable(id),
		kind: v.picklist(SESSION_KINDS),
		date: isoDate,
		track: v.picklist(['pad', 'vein', 'both', 'gentle', 'test']),
		targetMs: duration,
		startedAt: time,
		endedAt: v.nullable(time),
		status: v.picklist(['active', 'finished', 'abandoned']),
		summary: v.nullable(summary)
	}),
	events: v.strictObject({
		id,
		sessionId: id,
		seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
		at: time,
		updatedAt: time,
		type: v.picklist(WALK_EVENT_TYPES),
		phase: v.optional(v.picklist(PHASES)),
		step: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
		level: v.optional(painLevel),
		text: v.optional(text),
		feeling: v.optional(v.picklist(['better', 'same', 'worse'])),
		targetId: v.optional(id),
		endAt: v.optional(time),
		sign: v.optional(v.picklist(SIGNS.map((s) => s.id))),
		warning: v.optional(v.picklist(['longRest', 'severePain'])),
		from: v.optional(time),
		metres: v.optional(metres),
		poor: v.optional(v.boolean())
	}),
	symptoms: v.strictObject({
		...stamped,
		at: time,
		date: isoDate,
		heaviness: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
		swelling: v.nullable(v.picklist(['none', 'mild', 'marked'])),
		swellingSide: v.nullable(v.picklist(['left', 'right', 'both'])),
		painWhere: v.pipe(v.array(v.picklist(PAIN_PLACES)), v.maxLength(3)),
		painSide: v.nullable(v.picklist(['left', 'right', 'both'])),
		nightCramps: v.boolean(),
		skinChanges: v.boolean(),
		tingling: v.boolean(),
		newMedicine: v.boolean(),
		note: v.nullable(text)
	}),
	breaks: v.strictObject({
		...stamped,
		at: time,
		date: isoDate,
		kind: v.picklist(['elevation', 'calfPump']),
		durationMs: v.nullable(duration)
	}),
	safetyChecks: v.strictObject({
		...stamped,
		at: time,
		context: v.picklist(['onboarding', 'preWalk', 'followUp']),
		answers: v.record(v.string(), v.boolean()),
		needsClearance: v.boolean()
	}),
	reviews: v.strictObject({
		...stamped,
		programId: v.nullable(id),
		weekStart: isoDate,
		at: time,
		obstacles: v.pipe(v.array(v.picklist(OBSTACLES)), v.maxLength(OBSTACLES.length)),
		text: v.nullable(text),
		days: v.pipe(v.array(v.picklist([0, 1, 2, 3, 4, 5, 6])), v.maxLength(7)),
		goal: v.picklist(['keep', 'repeat'])
	})
};

export type CheckedBackup =
	| { ok: true; tables: TableData; contents: BackupContents; version: number }
	| { ok: false; problem: BackupProblem };

/** Records checked between pauses, so a large file never freezes the page. */
const CHUNK = 2000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The whole check of a backup file's text: nothing is written until this says ok. */
export async function checkBackup(text: string): Promise<CheckedBackup> {
	const envelope = readEnvelope(text);
	if (!envelope.ok) return envelope;
	let tables: TableData;
	try {
		// Upgrades build new records and never change the parsed ones, so no copy is needed.
		tables = upgradeData(envelope.tables, envelope.version);
	} catch {
		return { ok: false, problem: { kind: 'invalid', table: 'sessions', index: 0, field: '' } };
	}
	for (const table of TABLES) {
		const rows = tables[table] ?? [];
		for (let index = 0; index < rows.length; index++) {
			if (index > 0 && index % CHUNK === 0) await pause();
			const result = v.safeParse(RECORDS[table], rows[index]);
			if (!result.success) {
				const path = result.issues[0]?.path?.map((p) => String(p.key)).join('.') ?? '';
				return { ok: false, problem: { kind: 'invalid', table, index, field: path } };
			}
		}
	}
	const relations = checkRelations(tables);
	if (relations) return { ok: false, problem: relations };
	// Each finished walk's figures from its own taps, whatever the file says they were.
	tables = summariesFromEvents(tables);
	return {
		ok: true,
		tables,
		contents: contentsOf(tables, envelope.exportedAt),
		version: envelope.version
	};
}
