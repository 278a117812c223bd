// Queries and writes the app makes, one function each, so pages and state never build
// Dexie calls themselves. Each write is one transaction and happens when the event happens.

import { toIsoDate } from '$lib/dates';
import type { DoneSession, Schedule } from '$lib/program/types';
import { walkView, type WalkEvent, type WalkView } from '$lib/walk/timeline';
import { database, newId, write } from './db';
import type {
	Preferences,
	ProgramRecord,
	SafetyCheckRecord,
	SessionRecord,
	SessionSummary,
	WalkTestRecord
} from './schema';

export const DEFAULT_PREFERENCES: Preferences = {
	units: 'km',
	theme: 'system',
	speech: true,
	sound: true,
	vibration: true
};

export async function getPreferences(): Promise<Preferences> {
	const row = await database().settings.get('preferences');
	return { ...DEFAULT_PREFERENCES, ...((row?.value as Partial<Preferences>) ?? {}) };
}

export async function savePreferences(preferences: Preferences): Promise<void> {
	await write((db) =>
		db.settings.put({ key: 'preferences', value: { ...preferences }, updatedAt: Date.now() })
	);
}

export async function activeProgram(): Promise<ProgramRecord | null> {
	const programs = await database().programs.where('status').equals('active').sortBy('createdAt');
	return programs[programs.length - 1] ?? null;
}

/** Starts a program; an earlier active one ends (its sessions stay). */
export async function createProgram(
	program: Omit<
		ProgramRecord,
		'id' | 'createdAt' | 'updatedAt' | 'status' | 'baselineTestId' | 'safetyCheckId'
	>,
	baseline: Omit<WalkTestRecord, 'id' | 'updatedAt' | 'programId'> | null,
	safetyCheck: Omit<SafetyCheckRecord, 'id' | 'updatedAt'>
): Promise<ProgramRecord> {
	const now = Date.now();
	const id = newId();
	return write((db) =>
		db.transaction('rw', [db.programs, db.walkTests, db.safetyChecks, db.sessions], async () => {
			await db.programs
				.where('status')
				.equals('active')
				.modify({ status: 'ended', updatedAt: now });
			const checkId = newId();
			await db.safetyChecks.add({ ...safetyCheck, id: checkId, updatedAt: now });
			let baselineTestId: string | null = null;
			if (baseline) {
				baselineTestId = newId();
				await db.walkTests.add({ ...baseline, id: baselineTestId, programId: id, updatedAt: now });
				if (baseline.sessionId) await db.sessions.update(baseline.sessionId, { programId: id });
			}
			const record: ProgramRecord = {
				...program,
				id,
				createdAt: now,
				updatedAt: now,
				status: 'active',
				baselineTestId,
				safetyCheckId: checkId
			};
			await db.programs.add(record);
			return record;
		})
	);
}

export async function updateSchedules(programId: string, schedules: Schedule[]): Promise<void> {
	await write((db) => db.programs.update(programId, { schedules, updatedAt: Date.now() }));
}

export async function extendProgram(programId: string, weeks: number): Promise<void> {
	await write((db) => db.programs.update(programId, { weeks, updatedAt: Date.now() }));
}

export async function walkTestsFor(programId: string): Promise<WalkTestRecord[]> {
	return database().walkTests.where('programId').equals(programId).sortBy('at');
}

export async function addWalkTest(test: Omit<WalkTestRecord, 'id' | 'updatedAt'>): Promise<string> {
	const id = newId();
	await write((db) => db.walkTests.add({ ...test, id, updatedAt: Date.now() }));
	return id;
}

/** Finished sessions of a program, as the plan needs them. */
export async function doneSessions(programId: string): Promise<DoneSession[]> {
	const sessions = await database().sessions.where('programId').equals(programId).toArray();
	return sessions
		.filter((s) => s.status === 'finished' && s.kind !== 'test' && s.summary)
		.map((s) => ({
			date: s.date,
			activeWalkingMs: s.summary?.activeWalkingMs ?? 0,
			firstOnsetMs: s.summary?.firstOnsetMs ?? null
		}));
}

export async function finishedSessions(limit = 50): Promise<SessionRecord[]> {
	const all = await database().sessions.orderBy('startedAt').reverse().toArray();
	return all.filter((s) => s.status === 'finished').slice(0, limit);
}

/** The walk still running, if any: the newest active session. */
export async function activeSession(): Promise<SessionRecord | null> {
	const active = await database().sessions.where('status').equals('active').sortBy('startedAt');
	return active[active.length - 1] ?? null;
}

export async function getSession(id: string): Promise<SessionRecord | null> {
	return (await database().sessions.get(id)) ?? null;
}

export async function eventsOf(sessionId: string): Promise<WalkEvent[]> {
	return database()
		.events.where('[sessionId+seq]')
		.between([sessionId, -Infinity], [sessionId, Infinity])
		.toArray();
}

/** Starts a walk: the session and its first event are written together. */
export async function startSession(
	session: Omit<
		SessionRecord,
		'id' | 'updatedAt' | 'status' | 'endedAt' | 'summary' | 'date' | 'startedAt'
	>,
	first: Omit<WalkEvent, 'id' | 'sessionId' | 'seq'>
): Promise<{ session: SessionRecord; event: WalkEvent }> {
	const id = newId();
	const record: SessionRecord = {
		...session,
		id,
		date: toIsoDate(first.at),
		startedAt: first.at,
		endedAt: null,
		status: 'active',
		summary: null,
		updatedAt: first.at
	};
	const event: WalkEvent = { ...first, id: newId(), sessionId: id, seq: 1 };
	await write((db) =>
		db.transaction('rw', [db.sessions, db.events], async () => {
			await db.sessions.add(record);
			await db.events.add(event);
		})
	);
	return { session: record, event };
}

export function summarise(view: WalkView): SessionSummary {
	return {
		activeWalkingMs: view.activeWalkingMs,
		boutCount: view.boutCount,
		firstOnsetMs: view.firstOnsetMs,
		longestBoutMs: view.longestBoutMs,
		totalRestMs: view.totalRestMs,
		painLevels: view.painLevels,
		feeling: view.feeling,
		note: view.note
	};
}

/**
 * Stores one tap. A tap that ends the walk also closes its session, in the same transaction,
 * with a summary recomputed from all its events.
 */
export async function recordEvent(event: WalkEvent, prior: readonly WalkEvent[]): Promise<void> {
	await write((db) =>
		db.transaction('rw', [db.sessions, db.events], async () => {
			await db.events.add(event);
			if (event.type === 'finished' || event.type === 'abandoned') {
				const all = [...prior, event];
				const view = walkView(all, event.at);
				await db.sessions.update(event.sessionId, {
					status: event.type === 'finished' ? 'finished' : 'abandoned',
					endedAt: view.endedAt ?? event.at,
					summary: summarise(view),
					updatedAt: event.at
				});
			}
		})
	);
}
