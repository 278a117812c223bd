import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, type EventRecord } from './schema';
import {
	database,
	resetDatabaseForTests,
	storageProblem,
	write,
	StorageError,
	WalkMovedOn
} from './db';
import {
	activeSession,
	createProgram,
	activeProgram,
	doneSessions,
	eventsOf,
	eventsOfSessions,
	recordEvent,
	startSession
} from './repo';
import type { WalkEvent } from '$lib/walk/timeline';
import { onboardingCheck, PROGRAM } from './fixtures/program';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

beforeEach(async () => {
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
});

describe('walk storage', () => {
	it('stores each tap and closes the session with a summary', async () => {
		const { session, event } = await startSession(
			{ programId: 'p1', kind: 'planned', track: 'pad', targetMs: 15 * MIN },
			{ at: T0, type: 'started', phase: 'walking' }
		);
		expect((await activeSession())?.id).toBe(session.id);
		const events: WalkEvent[] = [event];
		const tap = (seq: number, minute: number, input: Partial<WalkEvent>): WalkEvent => ({
			id: `t${seq}`,
			sessionId: session.id,
			seq,
			at: T0 + minute * MIN,
			type: 'note',
			...input
		});
		for (const e of [
			tap(2, 3, { type: 'painOnset', level: 2 }),
			tap(3, 6, { type: 'stopped', level: 4 }),
			tap(4, 9, { type: 'painGone' }),
			tap(5, 15, { type: 'finished' })
		]) {
			await recordEvent(e, events);
			events.push(e);
		}
		expect(await eventsOf(session.id)).toHaveLength(5);
		expect(await activeSession()).toBeNull();
		const done = await doneSessions('p1');
		expect(done).toEqual([
			{
				date: session.date,
				activeWalkingMs: 12 * MIN,
				targetMs: 15 * MIN,
				firstOnsetMs: 3 * MIN,
				moderatePainMs: 6 * MIN,
				endedBy: null,
				markedDone: false
			}
		]);
		// Every stored event carries updatedAt, like every other record.
		const stored = await database().events.where('sessionId').equals(session.id).toArray();
		expect(stored.every((e) => typeof e.updatedAt === 'number')).toBe(true);
	});
});

describe('events of several walks', () => {
	it('reads them at once, each walk in its order, and an empty list for a walk without any', async () => {
		const row = (sessionId: string, seq: number): EventRecord => ({
			id: `${sessionId}-${seq}`,
			sessionId,
			seq,
			at: T0 + seq * MIN,
			type: 'note',
			updatedAt: T0
		});
		await database().events.bulkAdd([
			row('b', 2),
			row('a', 3),
			row('c', 1),
			row('a', 1),
			row('b', 1),
			row('a', 2)
		]);
		const read = await eventsOfSessions(['a', 'b', 'none']);
		expect([...read.keys()]).toEqual(['a', 'b', 'none']);
		expect(read.get('a')!.map((e) => e.id)).toEqual(['a-1', 'a-2', 'a-3']);
		expect(read.get('b')!.map((e) => e.id)).toEqual(['b-1', 'b-2']);
		expect(read.get('none')).toEqual([]);
		expect((await eventsOfSessions([])).size).toBe(0);
	});
});

describe('two tabs on one walk', () => {
	async function walkUnderWay() {
		const { session, event } = await startSession(
			{ programId: 'p1', kind: 'planned', track: 'pad', targetMs: 15 * MIN },
			{ at: T0, type: 'started', phase: 'walking' }
		);
		const tap = (id: string, minute: number, input: Partial<WalkEvent>): WalkEvent => ({
			id,
			sessionId: session.id,
			seq: 2,
			at: T0 + minute * MIN,
			type: 'note',
			...input
		});
		return { session, first: [event], tap };
	}

	it('refuses a tap on a walk that ended in another tab, and stores nothing', async () => {
		const { session, first, tap } = await walkUnderWay();
		// Tab B finishes the walk; tab A still holds the events it read before.
		await recordEvent(tap('b-end', 5, { type: 'finished' }), first);
		const late = recordEvent(tap('a-onset', 6, { type: 'painOnset', level: 2 }), first);
		await expect(late).rejects.toBeInstanceOf(WalkMovedOn);
		await expect(late).rejects.toMatchObject({ ended: true });
		expect((await eventsOf(session.id)).map((e) => e.id)).toEqual([first[0]!.id, 'b-end']);
	});

	it('stores a tap that still fits after the other tab wrote, after it, and refuses one that does not', async () => {
		const { session, first, tap } = await walkUnderWay();
		await recordEvent(tap('b-onset', 3, { type: 'painOnset', level: 2 }), first);
		// Tab A, still on the first event, stops to rest: that fits the walk as stored.
		await recordEvent(tap('a-stop', 4, { type: 'stopped', level: 4 }), first);
		const stored = await eventsOf(session.id);
		expect(stored.map((e) => [e.id, e.seq])).toEqual([
			[first[0]!.id, 1],
			['b-onset', 2],
			['a-stop', 3]
		]);
		// A second stop, from a tab that never saw the first, no longer fits.
		const again = recordEvent(tap('a-stop-2', 5, { type: 'stopped', level: 4 }), first);
		await expect(again).rejects.toMatchObject({ ended: false });
		expect(await eventsOf(session.id)).toHaveLength(3);
	});
});

describe('programs', () => {
	it('creates one active program with its baseline and safety check', async () => {
		const check = onboardingCheck(T0);
		const first = await createProgram(PROGRAM, null, check);
		const second = await createProgram(
			PROGRAM,
			{
				at: T0,
				method: 'walk',
				onsetMs: 2 * MIN,
				maxWalkMs: 5 * MIN,
				distanceM: null,
				sessionId: null
			},
			check
		);
		expect((await activeProgram())?.id).toBe(second.id);
		expect(first.id).not.toBe(second.id);
		expect(second.baselineTestId).toMatch(/^[0-9a-f-]{36}$/);
	});
});

describe('storage problems', () => {
	it('names a full disk, a blocked upgrade and a missing IndexedDB', () => {
		expect(storageProblem({ name: 'QuotaExceededError' })).toBe('full');
		expect(storageProblem({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
			'full'
		);
		expect(storageProblem({ name: 'MissingAPIError' })).toBe('unavailable');
		expect(storageProblem({ name: 'VersionError' })).toBe('blocked');
		expect(storageProblem(new Error('?'))).toBe('failed');
	});

	it('turns a failed write into a StorageError that says why', async () => {
		const full = Object.assign(new Error('no room'), { name: 'QuotaExceededError' });
		await expect(write(() => Promise.reject(full))).rejects.toMatchObject({ problem: 'full' });
		await expect(write(() => Promise.reject(full))).rejects.toBeInstanceOf(StorageError);
	});
});
