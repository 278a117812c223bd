import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, openDatabase, resetDatabaseForTests } from './db';
import { nothingStored } from './peek';
import { savePreferences } from './repo';
import { DB_NAME } from './schema';
import { DEFAULT_PREFERENCES } from '$lib/preferences';

beforeEach(async () => {
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
});

describe('nothing stored (a first visit)', () => {
	it('is true with no database at all', async () => {
		expect(await nothingStored()).toBe(true);
	});

	it('creates no database by asking', async () => {
		await nothingStored();
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
	});

	it('is unsure (false) once the database is there, even with every table empty', async () => {
		expect(await openDatabase()).toBeNull();
		expect(await nothingStored()).toBe(false);
	});

	it('is false once anything is stored, even a setting', async () => {
		expect(await openDatabase()).toBeNull();
		await savePreferences({ ...DEFAULT_PREFERENCES, theme: 'dark' });
		expect(await nothingStored()).toBe(false);
	});

	it('lets go of the database: the app opens it as usual afterwards', async () => {
		expect(await openDatabase()).toBeNull();
		resetDatabaseForTests();
		await nothingStored();
		expect(await openDatabase()).toBeNull();
		expect(database().isOpen()).toBe(true);
	});

	it('is unsure (false) where the browser cannot list its databases', async () => {
		const list = indexedDB.databases;
		Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
		try {
			expect(await nothingStored()).toBe(false);
		} finally {
			Object.defineProperty(indexedDB, 'databases', { value: list, configurable: true });
		}
	});

	it('is unsure (false) when the browser does not answer soon: storage never waits on it', async () => {
		const list = indexedDB.databases;
		Object.defineProperty(indexedDB, 'databases', {
			value: () => new Promise(() => {}),
			configurable: true
		});
		vi.useFakeTimers();
		try {
			const answer = nothingStored();
			await vi.advanceTimersByTimeAsync(1500);
			expect(await answer).toBe(false);
		} finally {
			vi.useRealTimers();
			Object.defineProperty(indexedDB, 'databases', { value: list, configurable: true });
		}
	});
});
