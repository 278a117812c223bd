// Backup and restore against the database: export every table, import a checked backup by merge
// or replace in one transaction, and erase everything. A failure anywhere in an import leaves
// the database exactly as it was (the transaction aborts).

import { database, storageProblem, write } from './db';
import { BackupError, ID_TABLES, keyOf, makeBackup, newerCopy, type BackupFile } from './backup';
import { TABLES, type TableData } from './schema';

type Row = Record<string, unknown>;

const LAST_BACKUP_KEY = 'lastBackup';

/** Every record of every table, read in one transaction so the file is one moment's truth. */
export async function exportAll(appVersion: string, now: number): Promise<BackupFile> {
	const db = database();
	const tables: TableData = {};
	await db.transaction('r', db.tables, async () => {
		for (const name of TABLES) tables[name] = (await db.table(name).toArray()) as Row[];
	});
	// The backup date is the person's own bookkeeping, not part of what a restore brings back.
	tables.settings = (tables.settings ?? []).filter((r) => r.key !== LAST_BACKUP_KEY);
	return makeBackup(tables, appVersion, now);
}

export async function markBackedUp(at: number): Promise<void> {
	await write((db) => db.settings.put({ key: LAST_BACKUP_KEY, value: { at }, updatedAt: at }));
}

export async function lastBackupAt(): Promise<number | null> {
	const row = await database().settings.get(LAST_BACKUP_KEY);
	const at = (row?.value as { at?: unknown } | undefined)?.at;
	return typeof at === 'number' ? at : null;
}

/** The start of the oldest finished walk made after the last backup, if any. */
export async function oldestUnsavedWalkAt(): Promise<number | null> {
	const since = (await lastBackupAt()) ?? -Infinity;
	const db = database();
	let found: number | null = null;
	await db.sessions
		.where('startedAt')
		.above(since)
		.until(() => found !== null)
		.each((s) => {
			if (found === null && s.status === 'finished' && !s.deletedAt) found = s.startedAt;
		});
	return found;
}

export type ImportMode = 'merge' | 'replace';

export interface ImportCounts {
	added: number;
	updated: number;
	kept: number;
}

/**
 * Writes checked backup records. Replace: the database becomes the file. Merge: each record is
 * added, or replaces the copy here only if it is newer (a deletion wins a tie); nothing is
 * duplicated, since records keep their ids.
 */
export async function importBackup(tables: TableData, mode: ImportMode): Promise<ImportCounts> {
	const counts: ImportCounts = { added: 0, updated: 0, kept: 0 };
	const db = database();
	try {
		// Not write(): a refused file is the file's problem, not a storage problem for the app.
		return await db.transaction('rw', db.tables, async () => {
			const kept = mode === 'replace' ? await db.settings.get(LAST_BACKUP_KEY) : undefined;
			if (mode === 'replace') {
				for (const name of TABLES) await db.table(name).clear();
				if (kept) await db.settings.put(kept);
			} else {
				// An id here that the file gives to another kind of record cannot be the same record.
				const owner = new Map<string, string>();
				for (const name of ID_TABLES) {
					for (const key of await db.table(name).toCollection().primaryKeys()) {
						owner.set(String(key), name);
					}
				}
				for (const name of ID_TABLES) {
					for (const row of tables[name] ?? []) {
						const here = owner.get(keyOf(name, row));
						if (here && here !== name) {
							throw new BackupError({ kind: 'idCollision', id: keyOf(name, row) });
						}
					}
				}
			}
			for (const name of TABLES) {
				const rows = (tables[name] ?? []).filter((r) => r.key !== LAST_BACKUP_KEY);
				if (rows.length === 0) continue;
				const table = db.table(name);
				if (mode === 'replace') {
					await table.bulkAdd(rows);
					counts.added += rows.length;
					continue;
				}
				const existing = (await table.bulkGet(rows.map((r) => keyOf(name, r)))) as (
					Row | undefined
				)[];
				const winners: Row[] = [];
				rows.forEach((row, i) => {
					const here = existing[i];
					if (newerCopy(here, row) === 'incoming') {
						winners.push(row);
						if (here) counts.updated++;
						else counts.added++;
					} else counts.kept++;
				});
				if (winners.length) await table.bulkPut(winners);
			}
			return counts;
		});
	} catch (error) {
		if (error instanceof BackupError) throw error;
		throw new BackupError({ kind: 'storage', problem: storageProblem(error) });
	}
}

/** Counts of what erasing would delete, in the person's terms. */
export async function dataCounts(): Promise<{
	programs: number;
	walks: number;
	tests: number;
	diary: number;
}> {
	const db = database();
	const live = <T extends { deletedAt?: number | null }>(rows: T[]) =>
		rows.filter((r) => !r.deletedAt);
	const sessions = live(await db.sessions.toArray());
	return {
		programs: live(await db.programs.toArray()).length,
		walks: sessions.filter((s) => s.kind !== 'test' && s.status === 'finished').length,
		tests: live(await db.walkTests.toArray()).length,
		diary: live(await db.symptoms.toArray()).length
	};
}

/** Deletes every record of every table, in one transaction. */
export async function eraseAll(): Promise<void> {
	await write((db) =>
		db.transaction('rw', db.tables, async () => {
			for (const name of TABLES) await db.table(name).clear();
		})
	);
}
