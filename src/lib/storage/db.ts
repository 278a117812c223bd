// The Dexie database: tables, every schema version, and what went wrong when it will not open
// or a write does not fit. Nothing else in the app talks to IndexedDB directly.

import Dexie, { type EntityTable, type Table } from 'dexie';
import {
	DB_NAME,
	SCHEMA_VERSIONS,
	type BreakRecord,
	type EventRecord,
	type ProgramRecord,
	type ReviewRecord,
	type SafetyCheckRecord,
	type SessionRecord,
	type SettingRecord,
	type SymptomRecord,
	type WalkTestRecord
} from './schema';
import { guardPageCache, trackTransactions } from './page-cache';
import { UPGRADES } from './upgrades';

export class LegworkDb extends Dexie {
	settings!: Table<SettingRecord, string>;
	programs!: EntityTable<ProgramRecord, 'id'>;
	walkTests!: EntityTable<WalkTestRecord, 'id'>;
	sessions!: EntityTable<SessionRecord, 'id'>;
	events!: EntityTable<EventRecord, 'id'>;
	symptoms!: EntityTable<SymptomRecord, 'id'>;
	safetyChecks!: EntityTable<SafetyCheckRecord, 'id'>;
	reviews!: EntityTable<ReviewRecord, 'id'>;
	breaks!: EntityTable<BreakRecord, 'id'>;

	constructor(name = DB_NAME, upTo = Infinity) {
		super(name, { chromeTransactionDurability: 'strict' });
		for (const v of SCHEMA_VERSIONS) {
			if (v.version > upTo) continue;
			const version = this.version(v.version).stores(v.stores);
			const upgrade = UPGRADES[v.version];
			if (!upgrade) continue;
			// The same pure function backup import uses: read every table, change, write back.
			version.upgrade(async (tx) => {
				const names = Object.keys(v.stores);
				const before: Record<string, Record<string, unknown>[]> = {};
				for (const name of names) before[name] = await tx.table(name).toArray();
				const after = upgrade(before);
				for (const name of names) {
					await tx.table(name).clear();
					await tx.table(name).bulkPut(after[name] ?? []);
				}
			});
		}
	}
}

/**
 * blocked: an older Legwork in another tab holds the database and keeps this one from opening;
 * outdated: a newer Legwork in another tab needs it, so this one stepped aside.
 */
export type StorageProblem = 'unavailable' | 'blocked' | 'outdated' | 'full' | 'failed';

/** Sorts an IndexedDB or Dexie error into what we can tell a person. */
export function storageProblem(error: unknown): StorageProblem {
	const name = (error as { name?: string })?.name ?? '';
	const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
	const names = [name, inner];
	if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) return 'full';
	if (
		names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError')
	) {
		return 'unavailable';
	}
	if (
		names.some((n) => n === 'VersionError' || n === 'DatabaseClosedError' || n === 'BlockedError')
	) {
		return 'blocked';
	}
	return 'failed';
}

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause?: unknown
	) {
		super(`storage ${problem}`, { cause });
		this.name = 'StorageError';
	}
}

/**
 * A tap refused because the walk moved on in another tab or window: it ended there, or what was
 * tapped no longer fits what was stored. Not a storage problem: nothing is wrong with the disk.
 */
export class WalkMovedOn extends Error {
	constructor(readonly ended: boolean) {
		super(ended ? 'walk ended elsewhere' : 'walk changed elsewhere');
		this.name = 'WalkMovedOn';
	}
}

let shared: LegworkDb | null = null;

/** The app's one database, opened on first use. */
export function database(): LegworkDb {
	if (!shared) {
		shared = new LegworkDb();
		// Another tab wants a newer schema: step aside so it can upgrade, and say so.
		shared.on('versionchange', () => {
			shared?.close();
			onProblem?.('outdated');
			return false;
		});
		shared.on('blocked', () => onProblem?.('blocked'));
		// A page put into the back-forward cache must not hold tables locked (page-cache.ts).
		trackTransactions();
		guardPageCache();
	}
	return shared;
}

let onProblem: ((problem: StorageProblem) => void) | null = null;

/** Lets the app's state hear about problems found outside a call it made. */
export function onStorageProblem(handler: (problem: StorageProblem) => void): void {
	onProblem = handler;
}

/** Opens the database; resolves to the problem if it cannot be opened. */
export async function openDatabase(): Promise<StorageProblem | null> {
	try {
		if (typeof indexedDB === 'undefined') return 'unavailable';
		await database().open();
		return null;
	} catch (error) {
		shared = null;
		return storageProblem(error);
	}
}

/** Runs a write; any failure becomes a StorageError with a problem we can explain. */
export async function write<T>(work: (db: LegworkDb) => Promise<T>): Promise<T> {
	try {
		return await work(database());
	} catch (error) {
		if (error instanceof WalkMovedOn) throw error;
		const problem = storageProblem(error);
		onProblem?.(problem);
		throw new StorageError(problem, error);
	}
}

export function newId(): string {
	return crypto.randomUUID();
}

/** For tests: forget the shared connection. */
export function resetDatabaseForTests(): void {
	shared?.close();
	shared = null;
}
