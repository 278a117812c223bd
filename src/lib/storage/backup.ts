// The backup file: its envelope, the checks that need no library, what a file holds, and how a
// merge chooses between two copies of a record. Pure: no Dexie, no browser. Format:
// docs/backup-format.md. The full record check (backup-schema.ts) loads only when importing.

import { toIsoDate } from '$lib/dates';
import { countsOf, type Counts, type LegRaise } from '$lib/progress/counts';
import type { SessionInput } from '$lib/progress/metrics';
import { CURRENT_VERSION, TABLES, tablesOf, type TableData, type TableName } from './schema';

export const BACKUP_FORMAT = 'legwork-backup';
/** The format version is the schema version the records are in. */
export const BACKUP_VERSION = CURRENT_VERSION;
/** A ten-year backup is under 15 MB; past this a file is surely not ours, and reading it would stall. */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;

type Row = Record<string, unknown>;

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	appVersion: string;
	exportedAt: number;
	tables: TableData;
}

export type BackupProblem =
	| { kind: 'tooLarge' }
	| { kind: 'empty' }
	| { kind: 'notJson' }
	| { kind: 'damaged' }
	| { kind: 'notBackup' }
	| { kind: 'noFormat' }
	| { kind: 'newer'; version: number }
	| { kind: 'badVersion' }
	| { kind: 'missingTables'; tables: string[] }
	| { kind: 'invalid'; table: TableName; index: number; field: string }
	| { kind: 'endBeforeStart'; table: TableName; index: number }
	| { kind: 'duplicateId'; table: TableName; id: string }
	| { kind: 'idCollision'; id: string }
	| { kind: 'storage'; problem: string };

export class BackupError extends Error {
	constructor(readonly problem: BackupProblem) {
		super(`backup ${problem.kind}`);
		this.name = 'BackupError';
	}
}

/** Tables whose records have a string id; settings are keyed by name. */
export const ID_TABLES: readonly TableName[] = TABLES.filter((t) => t !== 'settings');

export function keyOf(table: string, row: Row): string {
	return String(table === 'settings' ? row.key : row.id);
}

export function makeBackup(tables: TableData, appVersion: string, exportedAt: number): BackupFile {
	return { format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, appVersion, exportedAt, tables };
}

/**
 * The checks before the records themselves: is this text a Legwork backup this app can read?
 * Returns the parsed envelope with its records still unchecked.
 */
export function readEnvelope(
	text: string
):
	| { ok: true; version: number; tables: TableData; exportedAt: number | null }
	| { ok: false; problem: BackupProblem } {
	if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		const start = text.trimStart()[0];
		return { ok: false, problem: { kind: start === '{' ? 'damaged' : 'notJson' } };
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return { ok: false, problem: { kind: 'notBackup' } };
	}
	const file = parsed as Row;
	if (!('format' in file)) {
		return { ok: false, problem: { kind: 'tables' in file ? 'noFormat' : 'notBackup' } };
	}
	if (file.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'notBackup' } };
	const version = file.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, problem: { kind: 'badVersion' } };
	}
	if (version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newer', version } };
	const tables = file.tables;
	if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) {
		return { ok: false, problem: { kind: 'missingTables', tables: [...TABLES] } };
	}
	// A file holds the tables of the version that made it; upgrades add the newer ones.
	const expected = tablesOf(version);
	const missing = expected.filter((t) => !Array.isArray((tables as Row)[t]));
	if (missing.length) return { ok: false, problem: { kind: 'missingTables', tables: missing } };
	for (const t of expected) {
		const rows = (tables as Record<string, unknown[]>)[t] ?? [];
		const index = rows.findIndex((r) => typeof r !== 'object' || r === null || Array.isArray(r));
		if (index >= 0) return { ok: false, problem: { kind: 'invalid', table: t, index, field: '' } };
	}
	return {
		ok: true,
		version,
		tables: tables as TableData,
		exportedAt: typeof file.exportedAt === 'number' ? file.exportedAt : null
	};
}

/** Checks across records that a per-record schema cannot see. */
export function checkRelations(tables: TableData): BackupProblem | null {
	const owner = new Map<string, TableName>();
	for (const table of TABLES) {
		const seen = new Set<string>();
		const rows = tables[table] ?? [];
		for (let index = 0; index < rows.length; index++) {
			const row = rows[index] as Row;
			const key = keyOf(table, row);
			if (seen.has(key)) return { kind: 'duplicateId', table, id: key };
			seen.add(key);
			if (table !== 'settings') {
				const other = owner.get(key);
				if (other && other !== table) return { kind: 'idCollision', id: key };
				owner.set(key, table);
			}
			if (
				table === 'sessions' &&
				typeof row.endedAt === 'number' &&
				typeof row.startedAt === 'number' &&
				row.endedAt < row.startedAt
			) {
				return { kind: 'endBeforeStart', table, index };
			}
		}
	}
	return null;
}

/** The newest moment a record was changed, a deletion included. */
function stamp(row: Row): number {
	const updated = typeof row.updatedAt === 'number' ? row.updatedAt : 0;
	const deleted = typeof row.deletedAt === 'number' ? row.deletedAt : 0;
	return Math.max(updated, deleted);
}

/**
 * Which copy of a record a merge keeps: the newer change wins; on a tie a deletion wins, so a
 * record deleted on one phone is never brought back by an older copy from another.
 */
export function newerCopy(here: Row | undefined, incoming: Row): 'here' | 'incoming' {
	if (!here) return 'incoming';
	const a = stamp(here);
	const b = stamp(incoming);
	if (b > a) return 'incoming';
	if (b < a) return 'here';
	return typeof incoming.deletedAt === 'number' && typeof here.deletedAt !== 'number'
		? 'incoming'
		: 'here';
}

export interface BackupContents extends Counts {
	diary: number;
	firstDate: string | null;
	lastDate: string | null;
	exportedAt: number | null;
}

/** What a file holds, in the terms a person uses: walks, walk tests, diary entries, dates. */
export function contentsOf(tables: TableData, exportedAt: number | null): BackupContents {
	const live = (rows: Row[] | undefined) =>
		(rows ?? []).filter((r) => typeof r.deletedAt !== 'number');
	const sessions = live(tables.sessions);
	const finished = sessions.filter((s) => s.status === 'finished' && s.summary) as unknown as Pick<
		SessionInput,
		'date' | 'kind' | 'targetMs' | 'summary'
	>[];
	const dates = sessions
		.map((s) => s.date)
		.filter((d): d is string => typeof d === 'string')
		.sort();
	const counted = countsOf({
		sessions: finished,
		tests: live(tables.walkTests).map((t) => toIsoDate(Number(t.at) || 0)),
		breaks: live(tables.breaks) as unknown as LegRaise[]
	});
	return {
		...counted,
		diary: live(tables.symptoms).length,
		firstDate: dates[0] ?? null,
		lastDate: dates.at(-1) ?? null,
		exportedAt
	};
}

/** A note to back up: the oldest walk in no backup is at least this old. */
export const BACKUP_REMINDER_MS = 28 * 24 * 60 * 60_000;

/** True when walks not in any backup go back 4 weeks or more. */
export function backupDue(oldestUnsavedWalkAt: number | null, now: number): boolean {
	return oldestUnsavedWalkAt !== null && now - oldestUnsavedWalkAt >= BACKUP_REMINDER_MS;
}
