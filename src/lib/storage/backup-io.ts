// Backup and restore against the database: export every table, import a checked backup by merge
// or replace in one transaction, and erase everything. A failure anywhere in an import leaves
// the database exactly as it was (the transaction aborts).

import { database, storageProblem, write } from './db';
import { BackupError, ID_TABLES, keyOf, makeBackup, newerCopy, type BackupFile } from './backup';
import { TABLES, type TableData } from './schema';

type Row = Record<string, unknown>;

/**
 * Records written per request: between requests the page handles taps and drawing, so a large
 * restore never freezes it; the transaction stays open because the next request follows at once.
 */
const CHUNK = 2000;

async function inChunks(rows: Row[], write: (chunk: Row[]) => Promise<unknown>): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

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

const done = <T>(request: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});

/**
 * Writes checked backup records. Replace: the database becomes the file. Merge: each record is
 * added, or replaces the copy here only if it is newer (a deletion wins a tie); nothing is
 * duplicated, since records keep their ids.
 *
 * One IndexedDB transaction over every table, straight on the database Dexie opened: Dexie's
 * change tracking for live queries costs about a second per 40,000 records in one block of the
 * page, and nothing on the Your data page listens. The page that opens next reads afresh.
 */
export async function importBackup(tables: TableData, mode: ImportMode): Promise<ImportCounts> {
	const counts: ImportCounts = { added: 0, updated: 0, kept: 0 };
	const db = database();
	let tx: IDBTransaction | null = null;
	try {
		await db.open();
		const idb = db.backendDB();
		tx = idb.transaction([...TABLES], 'readwrite', { durability: 'strict' });
		const finished = new Promise<void>((resolve, reject) => {
			tx!.oncomplete = () => resolve();
			tx!.onabort = () => reject(tx!.error ?? new DOMException('aborted', 'AbortError'));
		});
		// A rejection here is read below; this keeps it from being reported as unhandled meanwhile.
		finished.catch(() => {});
		const store = (name: string) => tx!.objectStore(name);

		if (mode === 'replace') {
			const keep = await done(store('settings').get(LAST_BACKUP_KEY));
			for (const name of TABLES) await done(store(name).clear());
			if (keep) await done(store('settings').put(keep));
		} else {
			// An id here that the file gives to another kind of record cannot be the same record.
			const owner = new Map<string, string>();
			for (const name of ID_TABLES) {
				for (const key of await done(store(name).getAllKeys())) owner.set(String(key), name);
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
			let winners = rows;
			if (mode === 'merge') {
				const existing = new Map<string, Row>();
				for (const row of (await done(store(name).getAll())) as Row[]) {
					existing.set(keyOf(name, row), row);
				}
				winners = [];
				for (const row of rows) {
					const here = existing.get(keyOf(name, row));
					if (newerCopy(here, row) === 'incoming') {
						winners.push(row);
						if (here) counts.updated++;
						else counts.added++;
					} else counts.kept++;
				}
			} else counts.added += rows.length;
			await inChunks(winners, async (chunk) => {
				let last: IDBRequest | null = null;
				for (const row of chunk) last = store(name).put(row);
				if (last) await done(last);
			});
		}
		await finished;
		return counts;
	} catch (error) {
		try {
			tx?.abort();
		} catch {
			/* already ended */
		}
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
