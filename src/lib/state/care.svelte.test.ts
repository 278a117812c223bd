import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabaseForTests } from '$lib/storage/db';
import { finishedSession, walkSummary } from '$lib/storage/fixtures/sessions';
import { DB_NAME, type EventRecord, type SessionRecord } from '$lib/storage/schema';
import { careRecords } from './care.svelte';

const MIN = 60_000;

const walk = (id: string, date: string, extra: Partial<SessionRecord> = {}) =>
	finishedSession(id, 'p1', date, extra);

/** A walk that recorded "dizzy" and then went on to the end. */
function dizzyEvents(session: SessionRecord): EventRecord[] {
	const at = session.startedAt;
	const events: Omit<EventRecord, 'updatedAt'>[] = [
		{ id: `${session.id}-1`, sessionId: session.id, seq: 1, at, type: 'started', phase: 'walking' },
		{
			id: `${session.id}-2`,
			sessionId: session.id,
			seq: 2,
			at: at + MIN,
			type: 'sign',
			sign: 'dizziness'
		},
		{ id: `${session.id}-3`, sessionId: session.id, seq: 3, at: at + 20 * MIN, type: 'finished' }
	];
	return events.map((e) => ({ ...e, updatedAt: e.at }));
}

beforeEach(async () => {
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
});

describe('careRecords', () => {
	it('reads the signs of recent walks and of walks ended unwell, and of no others', async () => {
		const unwell = walkSummary(20, { endedBy: 'unwell' });
		const walks = [
			walk('recent', '2026-11-20'),
			walk('old', '2026-09-01'),
			walk('old-unwell', '2026-09-02', { summary: unwell }),
			walk('recent-typed-in', '2026-11-21', { kind: 'manual' }),
			walk('recent-deleted', '2026-11-22', { deletedAt: 1 })
		];
		await database().sessions.bulkAdd(walks);
		await database().events.bulkAdd(walks.flatMap(dizzyEvents));
		const records = await careRecords('2026-11-28');
		const signsOn = Object.fromEntries(
			records.flatMap((r) => (r.kind === 'walk' ? [[r.date, r.signs]] : []))
		);
		expect(signsOn).toEqual({
			'2026-11-20': ['dizziness'],
			'2026-09-01': [],
			'2026-09-02': ['dizziness'],
			'2026-11-21': []
		});
	});
});
