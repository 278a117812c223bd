// Backup files: every bad input refused with its reason and the database untouched; a round
// trip that changes nothing; a merge that never duplicates and never brings a deletion back.

import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_REMINDER_MS, BackupError, backupDue, contentsOf } from './backup';
import {
	exportAll,
	importBackup,
	eraseAll,
	lastBackupAt,
	markBackedUp,
	oldestUnsavedWalkAt
} from './backup-io';
import { checkBackup } from './backup-schema';
import { extendedWeeks, MAX_PROGRAM_WEEKS } from '$lib/program/plan';
import { database, resetDatabaseForTests } from './db';
import { V5_FIXTURE } from './fixtures/v5';
import { DB_NAME, TABLES, type TableData } from './schema';

type Row = Record<string, unknown>;
const example = (v: number) => readFileSync(`docs/examples/backup-v${v}.json`, 'utf8');
const GOOD = JSON.parse(example(5));

async function snapshot(): Promise<TableData> {
	const out: TableData = {};
	for (const t of TABLES) out[t] = (await database().table(t).toArray()) as Row[];
	return out;
}

async function seed(tables: TableData) {
	const db = database();
	await db.transaction('rw', db.tables, async () => {
		for (const t of TABLES) await db.table(t).bulkAdd(structuredClone(tables[t] ?? []));
	});
}

const byKey = (rows: Row[]) =>
	[...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
function expectSameTables(a: TableData, b: TableData) {
	for (const t of TABLES) expect(byKey(a[t] ?? []), t).toEqual(byKey(b[t] ?? []));
}

function withTables(patch: (tables: TableData) => void) {
	const file = structuredClone(GOOD);
	patch(file.tables);
	return JSON.stringify(file);
}

beforeEach(async () => {
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
});
afterEach(() => vi.restoreAllMocks());

describe('checking a backup file', () => {
	it('reads the example file of this version', async () => {
		const checked = await checkBackup(example(5));
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.contents).toMatchObject({
			walks: 2,
			// The walk test the program started from, and a six-minute walk in a corridor.
			tests: 2,
			diary: 1,
			firstDate: '2026-11-23',
			lastDate: '2026-11-24'
		});
	});

	it('upgrades version 2, 3 and 4 files to the same records', async () => {
		const four = await checkBackup(example(4));
		expect(four.ok).toBe(true);
		for (const older of [2, 3]) {
			const checked = await checkBackup(example(older));
			expect(checked.ok).toBe(true);
			if (checked.ok && four.ok) expectSameTables(checked.tables, four.tables);
		}
	});

	it('takes a program kept going for years, up to the one limit Settings also keeps', async () => {
		const long = withTables((t) => ((t.programs![0] as Row).weeks = 528));
		expect((await checkBackup(long)).ok).toBe(true);
		const atLimit = withTables((t) => ((t.programs![0] as Row).weeks = MAX_PROGRAM_WEEKS));
		expect((await checkBackup(atLimit)).ok).toBe(true);
		// Settings never grows a program past it, so a file past it was changed elsewhere.
		expect(extendedWeeks(MAX_PROGRAM_WEEKS - 4)).toBe(MAX_PROGRAM_WEEKS);
		expect(extendedWeeks(MAX_PROGRAM_WEEKS - 3)).toBeNull();
		const past = withTables((t) => ((t.programs![0] as Row).weeks = MAX_PROGRAM_WEEKS + 1));
		expect((await checkBackup(past)).ok).toBe(false);
	});

	it('upgrades a version 1 file exactly as the database upgrade does', async () => {
		const checked = await checkBackup(example(1));
		expect(checked.ok).toBe(true);
		if (checked.ok) expectSameTables(checked.tables, V5_FIXTURE);
	});

	it('works each finished walk’s figures out from its taps, whatever the file says they were', async () => {
		const file = structuredClone(GOOD);
		const walked = (file.tables.sessions as Row[]).find((s) =>
			(file.tables.events as Row[]).some((e) => e.sessionId === s.id && e.type === 'finished')
		)!;
		const truth = structuredClone(walked.summary) as Row;
		// Changed by hand: twice the walking and a bout that never happened.
		walked.summary = { ...truth, activeWalkingMs: 2 * Number(truth.activeWalkingMs), boutCount: 9 };
		const checked = await checkBackup(JSON.stringify(file));
		if (!checked.ok) throw new Error(checked.problem.kind);
		const imported = (checked.tables.sessions as Row[]).find((s) => s.id === walked.id)!;
		expect(imported.summary).toEqual(truth);
		// The preview counts what will be stored.
		expect(checked.contents).toEqual(
			((await checkBackup(example(5))) as { contents: unknown }).contents
		);
	});

	it('takes a walk whose distance was measured, its bouts’ metres worked out from its events', async () => {
		// Session 1's events: started, phaseStarted (walking), painOnset, stopped, painGone, ...
		const file = structuredClone(GOOD);
		const events = file.tables.events as Row[];
		const onset = events[5]!;
		onset.metres = 140;
		// The bout's distance, recorded just before its stop: the later taps move up one.
		const stop = events[6]!;
		const at = Number(stop.seq);
		for (const e of events)
			if (e.sessionId === stop.sessionId && Number(e.seq) >= at) e.seq = Number(e.seq) + 1;
		const distance: Row = { ...stop, id: 'distance-1', type: 'distance', seq: at };
		delete distance.level;
		events.push({ ...distance, metres: 230, poor: false });
		const checked = await checkBackup(JSON.stringify(file));
		if (!checked.ok) throw new Error(JSON.stringify(checked.problem));
		const session = (checked.tables.sessions as Row[]).find((s) => s.id === onset.sessionId)!;
		const [first] = (session.summary as { bouts: Row[] }).bouts;
		expect(first).toMatchObject({ metres: 230, painFreeMetres: 140, distancePoor: false });
	});

	// Each row: a bad file, and the reason it is refused.
	const bad: [string, string, Record<string, unknown>][] = [
		['an empty file', '', { kind: 'empty' }],
		['spaces only', '   \n ', { kind: 'empty' }],
		['not JSON', 'Dear doctor, my walks…', { kind: 'notJson' }],
		['a truncated file', example(2).slice(0, 900), { kind: 'damaged' }],
		['a JSON array', '[1, 2, 3]', { kind: 'notBackup' }],
		['a JSON number', '42', { kind: 'notBackup' }],
		[
			'JSON that is not a Legwork backup',
			'{"name": "my shopping list", "items": []}',
			{ kind: 'notBackup' }
		],
		[
			'another app’s format name',
			JSON.stringify({ ...GOOD, format: 'fitness-export' }),
			{ kind: 'notBackup' }
		],
		[
			'a missing format name',
			JSON.stringify({ formatVersion: 4, tables: GOOD.tables }),
			{ kind: 'noFormat' }
		],
		[
			'a newer format version',
			JSON.stringify({ ...GOOD, formatVersion: 99 }),
			{ kind: 'newer', version: 99 }
		],
		[
			'a format version that is not a number',
			JSON.stringify({ ...GOOD, formatVersion: 'two' }),
			{ kind: 'badVersion' }
		],
		[
			'missing tables',
			JSON.stringify({ ...GOOD, tables: { sessions: [] } }),
			{ kind: 'missingTables' }
		],
		['no tables at all', JSON.stringify({ ...GOOD, tables: undefined }), { kind: 'missingTables' }],
		[
			'a wrong-typed field',
			withTables((t) => ((t.sessions as Row[])[0]!.startedAt = 'yesterday')),
			{ kind: 'invalid', table: 'sessions', index: 0, field: 'startedAt' }
		],
		[
			'a wrong-typed nested field',
			withTables((t) => (((t.sessions as Row[])[1]!.summary as Row).activeWalkingMs = -5)),
			{ kind: 'invalid', table: 'sessions', index: 1, field: 'summary.activeWalkingMs' }
		],
		[
			'a record that is not an object',
			withTables((t) => (t.events as unknown[]).push('e10')),
			{ kind: 'invalid', table: 'events' }
		],
		[
			'a six-minute walk on a course shorter than 10 m',
			withTables((t) => (((t.walkTests as Row[])[1]!.sixMinute as Row).courseM = 4)),
			{ kind: 'invalid', table: 'walkTests', index: 1, field: 'sixMinute.courseM' }
		],
		[
			'a six-minute walk with part of a lap',
			withTables((t) => (((t.walkTests as Row[])[1]!.sixMinute as Row).laps = 13.5)),
			{ kind: 'invalid', table: 'walkTests', index: 1, field: 'sixMinute.laps' }
		],
		[
			'a six-minute walk measured some other way',
			withTables((t) => (((t.walkTests as Row[])[1]!.sixMinute as Row).mode = 'treadmill')),
			{ kind: 'invalid', table: 'walkTests', index: 1, field: 'sixMinute.mode' }
		],
		[
			'a walking distance below zero',
			withTables((t) => ((t.events as Row[])[1]!.metres = -3)),
			{ kind: 'invalid', table: 'events', index: 1, field: 'metres' }
		],
		[
			'a bout distance that cannot be walked',
			withTables(
				(t) => ((((t.sessions as Row[])[1]!.summary as Row).bouts as Row[])[0]!.metres = 250_000)
			),
			{ kind: 'invalid', table: 'sessions', index: 1, field: 'summary.bouts.0.metres' }
		],
		[
			'a walk test without how it was measured',
			withTables((t) => delete (t.walkTests as Row[])[0]!.sixMinute),
			{ kind: 'invalid', table: 'walkTests', index: 0 }
		],
		[
			'an unknown field',
			withTables((t) => ((t.walkTests as Row[])[0]!.script = 'x')),
			{ kind: 'invalid', table: 'walkTests', index: 0 }
		],
		[
			'an end before a start',
			withTables((t) => ((t.sessions as Row[])[0]!.endedAt = 1)),
			{ kind: 'endBeforeStart', table: 'sessions', index: 0 }
		],
		[
			'two records with one id',
			withTables((t) => (t.events as Row[]).push({ ...(t.events as Row[])[0] })),
			{ kind: 'duplicateId', table: 'events', id: 'e1' }
		],
		[
			'one id for two kinds of record',
			withTables((t) => ((t.symptoms as Row[])[0]!.id = (t.sessions as Row[])[0]!.id)),
			{ kind: 'idCollision' }
		]
	];
	for (const [what, text, problem] of bad) {
		it(`refuses ${what}`, async () => {
			const checked = await checkBackup(text);
			expect(checked.ok).toBe(false);
			if (!checked.ok) expect(checked.problem).toMatchObject(problem);
		});
	}

	it('keeps text with HTML or script as plain text, unchanged', async () => {
		const note = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const checked = await checkBackup(
			withTables((t) => (((t.sessions as Row[])[0]!.summary as Row).note = note))
		);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		await importBackup(checked.tables, 'replace');
		const stored = await database().sessions.get('5e55e55e-0000-4000-8000-000000000003');
		expect(stored?.summary?.note).toBe(note);
	});
});

describe('restoring', () => {
	it('round trip: export, erase, import, and every table is identical record by record', async () => {
		await seed(V5_FIXTURE);
		const before = await snapshot();
		const file = await exportAll('0.2.0', 1764000000000);
		expect(file).toMatchObject({
			format: 'legwork-backup',
			formatVersion: 5,
			appVersion: '0.2.0',
			exportedAt: 1764000000000
		});
		await eraseAll();
		expect((await snapshot()).sessions).toEqual([]);
		const checked = await checkBackup(JSON.stringify(file));
		if (!checked.ok) throw new Error(checked.problem.kind);
		await importBackup(checked.tables, 'replace');
		expectSameTables(await snapshot(), before);
	});

	it('merges half-shared data into the union, without duplicates, keeping a deletion made here', async () => {
		const all = structuredClone(V5_FIXTURE);
		const [first, second] = all.sessions as Row[];
		// This phone: the first walk, deleted here after it was backed up elsewhere.
		const here: TableData = {
			...all,
			sessions: [{ ...first, deletedAt: 1764100000000, updatedAt: 1764100000000 }],
			events: (all.events as Row[]).filter((e) => e.sessionId === first!.id)
		};
		// The file: both walks, the first in its older, undeleted copy.
		await seed(here);
		const checked = await checkBackup(example(2));
		if (!checked.ok) throw new Error(checked.problem.kind);
		const counts = await importBackup(checked.tables, 'merge');
		const after = await snapshot();
		expect(after.sessions).toHaveLength(2);
		expect(after.events).toHaveLength((all.events as Row[]).length);
		expect(new Set((after.events as Row[]).map((e) => e.id)).size).toBe(after.events!.length);
		const kept = (after.sessions as Row[]).find((s) => s.id === first!.id);
		expect(kept?.deletedAt).toBe(1764100000000);
		expect((after.sessions as Row[]).find((s) => s.id === second!.id)?.deletedAt).toBeNull();
		expect(counts.added).toBe(
			1 + (all.events as Row[]).filter((e) => e.sessionId === second!.id).length
		);
		// Merging the same file again changes nothing.
		const again = await importBackup(checked.tables, 'merge');
		expect(again.added + again.updated).toBe(0);
		expectSameTables(await snapshot(), after);
	});

	it('takes the newer copy of a record, and a newer deletion from the file', async () => {
		await seed(V5_FIXTURE);
		const file = structuredClone(GOOD);
		const [first, second] = file.tables.sessions as Row[];
		first!.deletedAt = 1764200000000;
		second!.summary = { ...(second!.summary as Row), note: 'older copy' };
		second!.updatedAt = 1; // older than the copy here: ignored
		const checked = await checkBackup(JSON.stringify(file));
		if (!checked.ok) throw new Error(checked.problem.kind);
		await importBackup(checked.tables, 'merge');
		expect((await database().sessions.get(String(first!.id)))?.deletedAt).toBe(1764200000000);
		expect((await database().sessions.get(String(second!.id)))?.summary?.note).toBeNull();
	});

	it('refuses a file whose id belongs to another kind of record here, changing nothing', async () => {
		const symptom = (V5_FIXTURE.symptoms as Row[])[0]!;
		await seed({ ...V5_FIXTURE, symptoms: [{ ...symptom, id: 'only-here' }] });
		const before = await snapshot();
		const file = structuredClone(GOOD);
		(file.tables.walkTests as Row[]).push({
			...(file.tables.walkTests as Row[])[0],
			id: 'only-here'
		});
		const checked = await checkBackup(JSON.stringify(file));
		if (!checked.ok) throw new Error(checked.problem.kind);
		const error = await importBackup(checked.tables, 'merge').catch((e) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect(error.problem).toEqual({ kind: 'idCollision', id: 'only-here' });
		expectSameTables(await snapshot(), before);
	});

	for (const mode of ['merge', 'replace'] as const) {
		it(`leaves the database exactly as it was when a write fails midway (${mode})`, async () => {
			const first = (V5_FIXTURE.sessions as Row[])[0]!;
			await seed({
				...V5_FIXTURE,
				sessions: [first],
				events: (V5_FIXTURE.events as Row[]).filter((e) => e.sessionId === first.id)
			});
			const before = await snapshot();
			const checked = await checkBackup(example(2));
			if (!checked.ok) throw new Error(checked.problem.kind);
			// The disk fills up while the events are written: after sessions were already put.
			const real = IDBObjectStore.prototype.put;
			vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
				this: IDBObjectStore,
				...args: Parameters<IDBObjectStore['put']>
			) {
				if (this.name === 'events') throw new DOMException('full', 'QuotaExceededError');
				return real.apply(this, args);
			});
			const error = await importBackup(checked.tables, mode).catch((e) => e);
			expect(error).toBeInstanceOf(BackupError);
			expect(error.problem).toEqual({ kind: 'storage', problem: 'full' });
			vi.restoreAllMocks();
			expectSameTables(await snapshot(), before);
		});
	}
});

describe('reminders to back up', () => {
	const NOW = Date.UTC(2026, 11, 31);
	it('is due once walks in no backup go back 4 weeks', () => {
		expect(backupDue(null, NOW)).toBe(false);
		expect(backupDue(NOW - BACKUP_REMINDER_MS + 1, NOW)).toBe(false);
		expect(backupDue(NOW - BACKUP_REMINDER_MS, NOW)).toBe(true);
	});

	it('finds the oldest walk since the last backup', async () => {
		await seed(V5_FIXTURE);
		expect(await oldestUnsavedWalkAt()).toBe(1763888400000);
		await markBackedUp(1763900000000);
		expect(await lastBackupAt()).toBe(1763900000000);
		expect(await oldestUnsavedWalkAt()).toBe(1763974800000);
		await markBackedUp(1764000000000);
		expect(await oldestUnsavedWalkAt()).toBeNull();
		// The backup date is not part of the file, and a restore does not change it.
		const file = await exportAll('x', 1764000000001);
		expect(file.tables.settings?.some((r) => r.key === 'lastBackup')).toBe(false);
		const checked = await checkBackup(JSON.stringify(file));
		if (checked.ok) await importBackup(checked.tables, 'replace');
		expect(await lastBackupAt()).toBe(1764000000000);
	});

	it('counts what a file holds', () => {
		expect(contentsOf(V5_FIXTURE, 5)).toEqual({
			walks: 2,
			byHand: 0,
			done: 1,
			attempted: 1,
			legRaiseMs: 0,
			tests: 1,
			diary: 1,
			firstDate: '2026-11-23',
			lastDate: '2026-11-24',
			exportedAt: 5
		});
	});
});
