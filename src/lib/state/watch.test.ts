import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watch } from './watch';

interface Note {
	id: string;
	updatedAt: number;
	text: string;
}

let db: Dexie & { notes: Dexie.Table<Note, string>; other: Dexie.Table<Note, string> };
let reads = 0;
let stops: (() => void)[] = [];

beforeEach(async () => {
	db = new Dexie(`watch-test-${Math.random()}`) as typeof db;
	db.version(1).stores({ notes: 'id', other: 'id' });
	await db.notes.put({ id: 'a', updatedAt: 1, text: 'first' });
	reads = 0;
});
afterEach(async () => {
	for (const stop of stops) stop();
	stops = [];
	await db.delete();
});

/** Watches every note; returns what it was told, as it is told. */
function watchNotes() {
	const told: string[][] = [];
	const errors: unknown[] = [];
	const read = async () => {
		reads += 1;
		return db.notes.toArray();
	};
	stops.push(
		watch({ liveQuery, default: Dexie }, read, {
			next: (notes) => told.push(notes.map((n) => n.text)),
			error: (error) => errors.push(error)
		})
	);
	return { told, errors };
}

/** Until `check` holds, or a second has gone by. */
async function until(check: () => boolean) {
	for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('watch: a stored answer, read once, then followed after a write', () => {
	it('reads once at first, and only once while nothing is written', async () => {
		const { told } = watchNotes();
		await until(() => told.length > 0);
		await settle();
		expect(told).toEqual([['first']]);
		expect(reads).toBe(1);
	});

	it('a write here is told, and so is each write after it', async () => {
		const { told } = watchNotes();
		await until(() => told.length > 0);
		await db.notes.put({ id: 'b', updatedAt: 2, text: 'second' });
		await until(() => told.length > 1);
		expect(told.at(-1)).toEqual(['first', 'second']);
		await db.notes.put({ id: 'a', updatedAt: 3, text: 'changed' });
		await until(() => told.at(-1)?.[0] === 'changed');
		expect(told.at(-1)).toEqual(['changed', 'second']);
		await settle();
		// The same answer is never told twice in a row.
		for (let i = 1; i < told.length; i++) expect(told[i]).not.toEqual(told[i - 1]);
	});

	it('a write by another connection to the database is told too', async () => {
		const { told } = watchNotes();
		await until(() => told.length > 0);
		const tab = new Dexie(db.name) as typeof db;
		tab.version(1).stores({ notes: 'id', other: 'id' });
		await tab.notes.put({ id: 'c', updatedAt: 4, text: 'from a tab' });
		tab.close();
		await until(() => told.length > 1);
		expect(told.at(-1)).toEqual(['first', 'from a tab']);
	});

	it('a write that does not touch what it read changes nothing it was told', async () => {
		const { told } = watchNotes();
		await until(() => told.length > 0);
		await db.other.put({ id: 'x', updatedAt: 5, text: 'elsewhere' });
		await settle();
		expect(told).toEqual([['first']]);
		// Once followed, a second write elsewhere reads nothing again.
		const before = reads;
		await db.other.put({ id: 'y', updatedAt: 6, text: 'elsewhere' });
		await settle();
		expect(reads).toBe(before);
	});

	it('a read that fails is told as an error', async () => {
		const errors: unknown[] = [];
		stops.push(
			watch({ liveQuery, default: Dexie }, () => Promise.reject(new Error('unreadable')), {
				next: () => {},
				error: (error) => errors.push(error)
			})
		);
		await until(() => errors.length > 0);
		expect(String(errors[0])).toContain('unreadable');
	});

	it('once stopped, it is told nothing more', async () => {
		const { told } = watchNotes();
		await until(() => told.length > 0);
		stops.pop()!();
		await db.notes.put({ id: 'b', updatedAt: 2, text: 'second' });
		await settle();
		expect(told).toEqual([['first']]);
	});
});
