// The migration harness: for every past schema version, create a database at that version with
// its fixture data, open it with the current code, and check that every record is intact.

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LegworkDb } from './db';
import { V1_FIXTURE } from './fixtures/v1';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';

/** Fixture data per past version; a new schema version adds its own here. */
const FIXTURES: Record<number, Record<string, Record<string, unknown>[]>> = { 1: V1_FIXTURE };

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema migrations', () => {
	it('has fixture data for every version it declares', () => {
		for (const v of SCHEMA_VERSIONS)
			expect(FIXTURES[v.version], `fixture for v${v.version}`).toBeDefined();
	});

	it('keeps versions in order, ending at the current one', () => {
		const versions = SCHEMA_VERSIONS.map((v) => v.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(versions.at(-1)).toBe(CURRENT_VERSION);
	});

	for (const { version } of SCHEMA_VERSIONS) {
		it(`opens a version ${version} database with every record intact`, async () => {
			const name = `migration-v${version}-${Math.random()}`;
			names.push(name);
			const old = new LegworkDb(name, version);
			await old.open();
			expect(old.verno).toBe(version);
			const fixture = FIXTURES[version] ?? {};
			for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd(rows);
			old.close();

			const current = new LegworkDb(name);
			await current.open();
			expect(current.verno).toBe(CURRENT_VERSION);
			for (const [table, rows] of Object.entries(fixture)) {
				const stored = await current.table(table).toArray();
				expect(stored, `table ${table}`).toHaveLength(rows.length);
				for (const row of rows) expect(stored).toContainEqual(row);
			}
			current.close();
		});
	}
});
