import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, openDatabase, resetDatabaseForTests } from './db';
import { guardPageCache, transactionsUnderWay } from './page-cache';
import { DB_NAME } from './schema';

/** A page transition event as the browser sends it: into or out of the back-forward cache. */
function transition(type: 'pagehide' | 'pageshow', persisted: boolean): Event {
	return Object.assign(new Event(type), { persisted });
}

const page = new EventTarget();
const reload = vi.fn();
guardPageCache(page, reload);

beforeEach(async () => {
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
	reload.mockClear();
	expect(await openDatabase()).toBeNull();
});

/** Lets transactions whose work is done reach their end. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

const setting = (key: string) => ({ key, value: 1, updatedAt: 0 });

describe('a page going into the back-forward cache', () => {
	it('tracks each transaction while it is under way, and forgets it when it ends', async () => {
		const db = database();
		let during = 0;
		await db.transaction('rw', db.settings, async () => {
			await db.settings.put(setting('a'));
			during = transactionsUnderWay();
		});
		expect(during).toBe(1);
		expect(transactionsUnderWay()).toBe(0);
	});

	it('tracks a transaction made on IndexedDB directly too, not only through Dexie', async () => {
		const idb = database().backendDB();
		await settled();
		expect(transactionsUnderWay()).toBe(0);
		const transaction = idb.transaction('settings', 'readonly');
		expect(transactionsUnderWay()).toBe(1);
		await new Promise((resolve) => transaction.addEventListener('complete', resolve));
		expect(transactionsUnderWay()).toBe(0);
	});

	it('ends a transaction still under way, so its tables are free, and reloads when shown again', async () => {
		const db = database();
		const write = db.transaction('rw', db.settings, async () => {
			await db.settings.put(setting('a'));
			page.dispatchEvent(transition('pagehide', true));
			await db.settings.put(setting('b'));
		});
		await expect(write).rejects.toThrow();
		// Nothing of it was kept, and the table takes the next write.
		expect(await db.settings.get('a')).toBeUndefined();
		await db.settings.put(setting('c'));
		expect(await db.settings.get('c')).toBeTruthy();
		expect(reload).not.toHaveBeenCalled();
		page.dispatchEvent(transition('pageshow', true));
		expect(reload).toHaveBeenCalledTimes(1);
		// Shown again later with nothing cut short: no second reload. (A read answers before its
		// transaction ends: give the last one a moment.)
		await settled();
		expect(transactionsUnderWay()).toBe(0);
		page.dispatchEvent(transition('pagehide', true));
		page.dispatchEvent(transition('pageshow', true));
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('leaves transactions alone when the page is only closed or reloaded (not cached)', async () => {
		const db = database();
		await db.transaction('rw', db.settings, async () => {
			await db.settings.put(setting('a'));
			page.dispatchEvent(transition('pagehide', false));
			await db.settings.put(setting('b'));
		});
		expect(await db.settings.get('b')).toBeTruthy();
		page.dispatchEvent(transition('pageshow', false));
		expect(reload).not.toHaveBeenCalled();
	});
});
