// Queries and writes the app makes, one function each, so pages and state never build
// Dexie calls themselves. Each write is one transaction and happens when the event happens.

import { EMPTY_DETAILS, type ReportDetails } from '$lib/report/details';
import { toIsoDate } from '$lib/dates';
import { DEFAULT_PREFERENCES } from '$lib/preferences';
import type { DoneSession, Schedule } from '$lib/program/types';
import type { Contacts } from '$lib/safety/contacts';
import { accepts, nextSeq, walkView, type WalkEvent } from '$lib/walk/timeline';
import { summarise } from './summary';
import { doneOf } from '$lib/progress/done';
import { now } from '$lib/device/clock';
import { database, newId, WalkMovedOn, write } from './db';
import type {
	BreakRecord,
	Preferences,
	ProgramRecord,
	ReviewRecord,
	SafetyCheckRecord,
	SessionRecord,
	SymptomRecord,
	WalkTestInput,
	WalkTestRecord
} from './schema';

export { DEFAULT_PREFERENCES };

export async function getPreferences(): Promise<Preferences> {
	const row = await database().settings.get('preferences');
	return { ...DEFAULT_PREFERENCES, ...((row?.value as Partial<Preferences>) ?? {}) };
}

export async function savePreferences(preferences: Preferences): Promise<void> {
	await write((db) =>
		db.settings.put({ key: 'preferences', value: { ...preferences }, updatedAt: now() })
	);
}

export async function getContacts(): Promise<Contacts | null> {
	const row = await database().settings.get('contacts');
	return (row?.value as Contacts | undefined) ?? null;
}

export async function saveContacts(contacts: Contacts): Promise<void> {
	await write((db) =>
		db.settings.put({ key: 'contacts', value: { ...contacts }, updatedAt: now() })
	);
}

/** The person's details for the report; empty until given. */
export async function getReportDetails(): Promise<ReportDetails> {
	const row = await database().settings.get('reportDetails');
	return { ...EMPTY_DETAILS, ...((row?.value as Partial<ReportDetails> | undefined) ?? {}) };
}

export async function saveReportDetails(details: ReportDetails): Promise<void> {
	await write((db) =>
		db.settings.put({ key: 'reportDetails', value: { ...details }, updatedAt: now() })
	);
}

/** Safety answers of one kind, newest first. */
export async function safetyChecks(
	context: SafetyCheckRecord['context']
): Promise<SafetyCheckRecord[]> {
	const all = await database().safetyChecks.orderBy('at').reverse().toArray();
	return all.filter((c) => c.context === context && !c.deletedAt);
}

export async function addSafetyCheck(
	check: Omit<SafetyCheckRecord, 'id' | 'updatedAt' | 'deletedAt'>
): Promise<void> {
	await write((db) =>
		db.safetyChecks.add({ ...check, id: newId(), updatedAt: check.at, deletedAt: null })
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
		'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'status' | 'baselineTestId' | 'safetyCheckId'
	>,
	baseline: Omit<WalkTestInput, 'programId'> | null,
	safetyCheck: Omit<SafetyCheckRecord, 'id' | 'updatedAt' | 'deletedAt'>
): Promise<ProgramRecord> {
	const at = now();
	const id = newId();
	return write((db) =>
		db.transaction('rw', [db.programs, db.walkTests, db.safetyChecks, db.sessions], async () => {
			await db.programs.where('status').equals('active').modify({ status: 'ended', updatedAt: at });
			const checkId = newId();
			await db.safetyChecks.add({ ...safetyCheck, id: checkId, updatedAt: at, deletedAt: null });
			let baselineTestId: string | null = null;
			if (baseline) {
				baselineTestId = newId();
				await db.walkTests.add({
					sixMinute: null,
					...baseline,
					id: baselineTestId,
					programId: id,
					updatedAt: at,
					deletedAt: null
				});
				if (baseline.sessionId) await db.sessions.update(baseline.sessionId, { programId: id });
			}
			const record: ProgramRecord = {
				...program,
				id,
				createdAt: at,
				updatedAt: at,
				deletedAt: null,
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
	await write((db) => db.programs.update(programId, { schedules, updatedAt: now() }));
}

export async function extendProgram(programId: string, weeks: number): Promise<void> {
	await write((db) => db.programs.update(programId, { weeks, updatedAt: now() }));
}

export async function walkTestsFor(programId: string): Promise<WalkTestRecord[]> {
	const tests = await database().walkTests.where('programId').equals(programId).sortBy('at');
	return tests.filter((t) => !t.deletedAt);
}

export async function addWalkTest(test: WalkTestInput): Promise<string> {
	const id = newId();
	await write((db) =>
		db.walkTests.add({
			sixMinute: null,
			...test,
			id,
			updatedAt: now(),
			deletedAt: null
		})
	);
	return id;
}

/** Finished sessions of a program, as the plan needs them. */
export async function doneSessions(programId: string): Promise<DoneSession[]> {
	return doneOf(
		await database().sessions.where('programId').equals(programId).toArray(),
		programId
	);
}

/** The walk still running, if any: the newest active session. */
export async function activeSession(): Promise<SessionRecord | null> {
	const active = (
		await database().sessions.where('status').equals('active').sortBy('startedAt')
	).filter((s) => !s.deletedAt);
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

/**
 * The events of several sessions, in one transaction: each session's in order, by session id.
 * One range read per session (a native getAll each); `anyOf` would walk a cursor, one event
 * at a time, which with a year of walks made longer tasks than one transaction per session.
 */
export async function eventsOfSessions(
	sessionIds: readonly string[]
): Promise<Map<string, WalkEvent[]>> {
	const db = database();
	const lists = await db.transaction('r', db.events, () =>
		Promise.all(sessionIds.map((id) => eventsOf(id)))
	);
	return new Map(sessionIds.map((id, i) => [id, lists[i] ?? []]));
}

/** Starts a walk: the session and its first event are written together. */
export async function startSession(
	session: Omit<
		SessionRecord,
		'id' | 'updatedAt' | 'deletedAt' | 'status' | 'endedAt' | 'summary' | 'date' | 'startedAt'
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
		updatedAt: first.at,
		deletedAt: null
	};
	const event: WalkEvent = { ...first, id: newId(), sessionId: id, seq: 1 };
	await write((db) =>
		db.transaction('rw', [db.sessions, db.events], async () => {
			await db.sessions.add(record);
			await db.events.add({ ...event, updatedAt: event.at });
		})
	);
	return { session: record, event };
}

/**
 * Stores one tap. A tap that ends the walk also closes its session, in the same transaction,
 * with a summary recomputed from all its events.
 */
export async function recordEvent(event: WalkEvent, prior: readonly WalkEvent[]): Promise<void> {
	await write((db) =>
		db.transaction('rw', [db.sessions, db.events], async () => {
			// Another tab may have written since this one read: a walk that has ended takes no
			// more taps, and a tap must still fit the walk as stored.
			const session = await db.sessions.get(event.sessionId);
			if (!session || session.status !== 'active') throw new WalkMovedOn(true);
			const stored = await db.events
				.where('[sessionId+seq]')
				.between([event.sessionId, -Infinity], [event.sessionId, Infinity])
				.toArray();
			const same = stored.length === prior.length && stored.every((e, i) => e.id === prior[i]?.id);
			if (!same && !accepts(stored, event, event.at)) throw new WalkMovedOn(false);
			const written = same ? event : { ...event, seq: nextSeq(stored) };
			await db.events.add({ ...written, updatedAt: written.at });
			if (written.type === 'finished' || written.type === 'abandoned') {
				const all = [...stored, written];
				const view = walkView(all, written.at);
				await db.sessions.update(written.sessionId, {
					status: written.type === 'finished' ? 'finished' : 'abandoned',
					endedAt: view.endedAt ?? written.at,
					summary: summarise(view),
					updatedAt: written.at
				});
			}
		})
	);
}

/** Every finished walk, walk tests and walks added by hand included, newest first. */
export async function allFinishedSessions(): Promise<SessionRecord[]> {
	const all = await database().sessions.orderBy('startedAt').reverse().toArray();
	return all.filter((s) => s.status === 'finished' && !s.deletedAt && s.summary);
}

/** Every walk test of every program, oldest first. */
export async function allWalkTests(): Promise<WalkTestRecord[]> {
	const tests = await database().walkTests.orderBy('at').toArray();
	return tests.filter((t) => !t.deletedAt);
}

export async function allReviews(): Promise<ReviewRecord[]> {
	const reviews = await database().reviews.orderBy('weekStart').toArray();
	return reviews.filter((r) => !r.deletedAt);
}

export async function saveReview(
	review: Omit<ReviewRecord, 'id' | 'updatedAt' | 'deletedAt'>
): Promise<void> {
	await write((db) =>
		db.transaction('rw', db.reviews, async () => {
			const had = await db.reviews.where('weekStart').equals(review.weekStart).toArray();
			const same = had.find((r) => r.programId === review.programId && !r.deletedAt);
			await db.reviews.put({
				...review,
				id: same?.id ?? newId(),
				updatedAt: review.at,
				deletedAt: null
			});
		})
	);
}

/** A session and its events, for the session's own page. */
export async function sessionWithEvents(
	id: string
): Promise<{ session: SessionRecord; events: WalkEvent[] } | null> {
	const db = database();
	return db.transaction('r', [db.sessions, db.events], async () => {
		const session = await db.sessions.get(id);
		if (!session || session.deletedAt) return null;
		return { session, events: await eventsOf(id) };
	});
}

/** Stores changed taps of a finished walk and the summary recomputed from all its taps. */
export async function saveSessionEdit(
	sessionId: string,
	changed: readonly (WalkEvent & { updatedAt: number })[],
	at: number
): Promise<void> {
	await write((db) =>
		db.transaction('rw', [db.sessions, db.events], async () => {
			const session = await db.sessions.get(sessionId);
			if (!session) return;
			await db.events.bulkPut(changed.map((e) => ({ ...e })));
			const events = await eventsOf(sessionId);
			const view = walkView(events, session.endedAt ?? at);
			const old = session.summary;
			await db.sessions.update(sessionId, {
				// The note and how the legs felt are kept as they were.
				summary: {
					...summarise(view),
					note: old?.note ?? view.note,
					feeling: old?.feeling ?? view.feeling
				},
				updatedAt: at
			});
		})
	);
}

/** Deletes a session (and a walk test made from it) as tombstones; Undo clears them. */
export async function setSessionDeleted(
	sessionId: string,
	deletedAt: number | null,
	at: number
): Promise<void> {
	await write((db) =>
		db.transaction('rw', [db.sessions, db.walkTests], async () => {
			await db.sessions.update(sessionId, { deletedAt, updatedAt: at });
			await db.walkTests
				.filter((t) => t.sessionId === sessionId)
				.modify({ deletedAt, updatedAt: at });
		})
	);
}

/** A walk added by hand: the session and its taps, with the summary from the taps. */
export async function addManualSession(
	session: Omit<SessionRecord, 'updatedAt' | 'deletedAt' | 'status' | 'summary'>,
	events: readonly WalkEvent[],
	at: number
): Promise<void> {
	const view = walkView(events, session.endedAt ?? at);
	await write((db) =>
		db.transaction('rw', [db.sessions, db.events], async () => {
			await db.sessions.add({
				...session,
				status: 'finished',
				summary: summarise(view),
				updatedAt: at,
				deletedAt: null
			});
			await db.events.bulkAdd(events.map((e) => ({ ...e, updatedAt: at })));
		})
	);
}

/** Every diary entry, oldest first. */
export async function allDiaryEntries(): Promise<SymptomRecord[]> {
	const all = await database().symptoms.orderBy('at').toArray();
	return all.filter((s) => !s.deletedAt);
}

export async function addDiaryEntry(
	entry: Omit<SymptomRecord, 'id' | 'updatedAt' | 'deletedAt'>
): Promise<string> {
	const id = newId();
	await write((db) => db.symptoms.add({ ...entry, id, updatedAt: entry.at, deletedAt: null }));
	return id;
}

/** Every leg-raising and calf-pump break, oldest first. */
export async function allBreaks(): Promise<BreakRecord[]> {
	const all = await database().breaks.orderBy('at').toArray();
	return all.filter((b) => !b.deletedAt);
}

export async function addBreak(
	entry: Omit<BreakRecord, 'id' | 'updatedAt' | 'deletedAt'>
): Promise<void> {
	await write((db) =>
		db.breaks.add({ ...entry, id: newId(), updatedAt: entry.at, deletedAt: null })
	);
}
