// The migration harness: for every schema version, create a database at that version with data
// made by that version's code, open it with the current code, and check that every record is
// there in the shape the current version expects (worked out by hand in the fixtures).

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LegworkDb } from './db';
import { V1_ALL, V2_FIXTURE } from './fixtures/v2';
import { V3_FIXTURE } from './fixtures/v3';
import { V4_FIXTURE } from './fixtures/v4';
import { V5_FIXTURE } from './fixtures/v5';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';
import { upgradeData } from './upgrades';

type Tables = Record<string, Record<string, unknown>[]>;

/** Per version: data as that version stored it, and the same data as the current version holds it. */
const CASES: Record<number, { before: Tables; after: Tables }> = {
	1: { before: V1_ALL, after: V5_FIXTURE },
	2: { before: V2_FIXTURE, after: V5_FIXTURE },
	3: { before: V3_FIXTURE, after: V5_FIXTURE },
	4: { before: V4_FIXTURE, after: V5_FIXTURE },
	5: { before: V5_FIXTURE, after: V5_FIXTURE }
};

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

const byKey = (rows: Record<string, unknown>[]) =>
	[...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));

describe('schema migrations', () => {
	it('has before and after data for every version it declares', () => {
		for (const v of SCHEMA_VERSIONS)
			expect(CASES[v.version], `case for v${v.version}`).toBeDefined();
	});

	it('keeps versions in order, ending at the current one', () => {
		const versions = SCHEMA_VERSIONS.map((v) => v.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(versions.at(-1)).toBe(CURRENT_VERSION);
	});

	it('really changes version 1 data (the fixtures are not the same before and after)', () => {
		expect(V1_ALL.events).not.toEqual(V2_FIXTURE.events);
		expect(V1_ALL.sessions).not.toEqual(V2_FIXTURE.sessions);
		expect(V2_FIXTURE.sessions).not.toEqual(V3_FIXTURE.sessions);
		expect(V3_FIXTURE.symptoms).not.toEqual(V4_FIXTURE.symptoms);
	});

	for (const { version } of SCHEMA_VERSIONS) {
		const { before, after } = CASES[version] ?? { before: {}, after: {} };

		it(`opens a version ${version} database with every record in the current shape`, async () => {
			const name = `migration-v${version}-${Math.random()}`;
			names.push(name);
			const old = new LegworkDb(name, version);
			await old.open();
			expect(old.verno).toBe(version);
			for (const [table, rows] of Object.entries(before)) await old.table(table).bulkAdd(rows);
			old.close();

			const current = new LegworkDb(name);
			await current.open();
			expect(current.verno).toBe(CURRENT_VERSION);
			for (const [table, rows] of Object.entries(after)) {
				const stored = await current.table(table).toArray();
				expect(byKey(stored), `table ${table}`).toEqual(byKey(rows));
			}
			current.close();
		});

		it(`upgrades version ${version} data for a backup exactly as the database does`, () => {
			const upgraded = upgradeData(structuredClone(before), version);
			for (const [table, rows] of Object.entries(after)) {
				expect(byKey(upgraded[table] ?? []), `table ${table}`).toEqual(byKey(rows));
			}
		});
	}
});
