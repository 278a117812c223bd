import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { now } from '$lib/device/clock';
import { addDays, toIsoDate, type IsoDate } from '$lib/dates';
import { database, resetDatabaseForTests } from '$lib/storage/db';
import { onboardingCheck, PROGRAM } from '$lib/storage/fixtures/program';
import { createProgram } from '$lib/storage/repo';
import { DB_NAME } from '$lib/storage/schema';
import type { ManualWalk } from '$lib/walk/manual';
import { RecordsState } from './records.svelte';

const MIN = 60_000;
const today = toIsoDate(now());
const yesterday = addDays(today, -1);

/** A walk typed in: 20 minutes in two walks, pain after 4, one rest of 3 minutes. */
const typedIn = (date: IsoDate, extra: Partial<ManualWalk> = {}): ManualWalk => ({
	date,
	time: '09:00',
	activeMs: 20 * MIN,
	onsetMs: 4 * MIN,
	longestMs: 12 * MIN,
	rests: 1,
	restMs: 3 * MIN,
	...extra
});

/** The program as onboarding starts it, begun two weeks ago, walking every day; its id. */
async function startProgram(): Promise<string> {
	const start = addDays(today, -14);
	const program = await createProgram(
		{
			...PROGRAM,
			startDate: start,
			schedules: [{ from: start, days: [0, 1, 2, 3, 4, 5, 6], timeOfDay: 'morning', track: 'both' }]
		},
		null,
		onboardingCheck(now())
	);
	return program.id;
}

beforeEach(async () => {
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
});

describe('RecordsState.addWalk', () => {
	it('stores a walk typed in, with its taps, as a finished walk added by hand', async () => {
		const result = await new RecordsState().addWalk(typedIn(yesterday));
		expect(result.ok).toBe(true);
		const session = (await database().sessions.toArray())[0]!;
		expect(session).toMatchObject({
			kind: 'manual',
			status: 'finished',
			date: yesterday,
			programId: null,
			targetMs: 0
		});
		expect(session.summary).toMatchObject({
			activeWalkingMs: 20 * MIN,
			boutCount: 2,
			firstOnsetMs: 4 * MIN,
			longestBoutMs: 12 * MIN,
			totalRestMs: 3 * MIN
		});
		const events = await database().events.where('sessionId').equals(session.id).toArray();
		expect(events.length).toBeGreaterThan(0);
		expect(result).toEqual({ ok: true, id: session.id });
	});

	it('refuses an impossible walk, says what is wrong at each field, and stores nothing', async () => {
		const result = await new RecordsState().addWalk(
			typedIn(addDays(today, 1), { onsetMs: 15 * MIN, longestMs: 12 * MIN })
		);
		expect(result).toEqual({
			ok: false,
			problems: { date: 'future', onset: 'onsetAfterLongest' }
		});
		expect(await database().sessions.count()).toBe(0);
		expect(await database().events.count()).toBe(0);
	});

	it("a walk in a week of the program counts for it, with that week's target and track", async () => {
		const programId = await startProgram();
		const result = await new RecordsState().addWalk(typedIn(yesterday));
		expect(result.ok).toBe(true);
		const session = (await database().sessions.toArray())[0]!;
		expect(session.programId).toBe(programId);
		expect(session.targetMs).toBeGreaterThan(0);
		expect(session.track).toBe('both');
	});
});
