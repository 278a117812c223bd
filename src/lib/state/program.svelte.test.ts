import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, resetDatabaseForTests } from '$lib/storage/db';
import { onboardingCheck, PROGRAM } from '$lib/storage/fixtures/program';
import { createProgram } from '$lib/storage/repo';
import { finishedSession } from '$lib/storage/fixtures/sessions';
import { DB_NAME } from '$lib/storage/schema';
import { ProgramState } from './program.svelte';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

async function twoPrograms(): Promise<string> {
	const check = onboardingCheck(T0);
	const old = await createProgram(PROGRAM, null, check);
	const current = await createProgram(PROGRAM, null, check);
	await database().sessions.bulkAdd([
		finishedSession('old-1', old.id, '2026-11-23'),
		finishedSession('now-1', current.id, '2026-11-25'),
		finishedSession('now-test', current.id, '2026-11-25', {
			kind: 'test',
			track: 'test',
			startedAt: Date.parse('2026-11-25T14:00:00Z')
		}),
		finishedSession('now-gone', current.id, '2026-11-26', { deletedAt: T0 }),
		finishedSession('now-running', current.id, '2026-11-27', { status: 'active', summary: null }),
		finishedSession('now-2', current.id, '2026-11-27')
	]);
	return current.id;
}

beforeEach(async () => {
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
	vi.useFakeTimers({ now: Date.parse('2026-11-28T12:00:00Z'), toFake: ['Date'] });
	return () => vi.useRealTimers();
});

describe('ProgramState', () => {
	it('with a care status, reads every walk once and plans with this program’s', async () => {
		const id = await twoPrograms();
		const prog = new ProgramState({ status: null });
		await prog.load();
		expect(prog.program?.id).toBe(id);
		// Every finished walk of every program, for the care status: newest first.
		expect(prog.sessions?.map((s) => s.id)).toEqual(['now-2', 'now-test', 'now-1', 'old-1']);
		// The plan's walks: this program's, finished, not tests, not deleted.
		expect(prog.done.map((d) => d.date).sort()).toEqual(['2026-11-25', '2026-11-27']);
		expect(prog.plan?.current?.index).toBe(1);
	});

	it('without a care status, reads only this program’s walks', async () => {
		await twoPrograms();
		const prog = new ProgramState();
		const read = vi.spyOn(database().sessions, 'orderBy');
		await prog.load();
		expect(read).not.toHaveBeenCalled();
		expect(prog.sessions).toBeUndefined();
		expect(prog.done.map((d) => d.date).sort()).toEqual(['2026-11-25', '2026-11-27']);
	});

	it('with no program, plans nothing', async () => {
		const prog = new ProgramState({ status: null });
		await prog.load();
		expect(prog.loaded).toBe(true);
		expect(prog.program).toBeNull();
		expect(prog.plan).toBeNull();
		expect(prog.done).toEqual([]);
	});
});
