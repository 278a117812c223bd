// The data change each schema version brings, as pure functions over records. Dexie's upgrade()
// and backup import both run these, so a database and a backup from the same version always
// end up the same. A version, once shipped, keeps its upgrade unchanged.

import { walkView, type WalkEvent } from '$lib/walk/timeline';
import { CURRENT_VERSION, type TableData } from './schema';
import { summarise } from './summary';
import { toIsoDate } from '$lib/dates';

type Row = Record<string, unknown>;

const STAMPED_TABLES = ['programs', 'walkTests', 'sessions', 'symptoms', 'safetyChecks'];

/** v1 → v2: events get updatedAt; records get deletedAt; summaries get the program's figures. */
export function toV2(data: TableData): TableData {
	const out: TableData = { ...data };
	for (const table of STAMPED_TABLES) {
		out[table] = (data[table] ?? []).map((row) => ({ deletedAt: null, ...row }));
	}
	const events: Row[] = (data.events ?? []).map((e) => ({
		...e,
		updatedAt: typeof e.updatedAt === 'number' ? e.updatedAt : e.at
	}));
	out.events = events;
	const bySession = eventsBySession(events);
	out.sessions = (out.sessions ?? []).map((session) => {
		const summary = session.summary as Row | null | undefined;
		if (!summary) return session;
		const sessionEvents = bySession.get(String(session.id)) ?? [];
		const end =
			typeof session.endedAt === 'number' ? session.endedAt : Number(session.startedAt) || 0;
		// Only the new figures come from the events; the stored numbers stay as they were.
		const view = walkView(sessionEvents, end);
		return {
			...session,
			summary: {
				...summary,
				moderatePainMs: view.moderatePainMs,
				endedBy: view.endedBy,
				markedDone: view.markedDone
			}
		};
	});
	return out;
}

function eventsBySession(events: readonly Row[]): Map<string, WalkEvent[]> {
	const bySession = new Map<string, WalkEvent[]>();
	for (const e of events) {
		const id = String(e.sessionId);
		const list = bySession.get(id) ?? [];
		list.push(e as unknown as WalkEvent);
		bySession.set(id, list);
	}
	return bySession;
}

/** v2 → v3: summaries get each bout and the leg-raising time; a reviews table, empty. */
export function toV3(data: TableData): TableData {
	const out: TableData = { ...data, reviews: data.reviews ?? [] };
	const bySession = eventsBySession(data.events ?? []);
	out.sessions = (data.sessions ?? []).map((session) => {
		const summary = session.summary as Row | null | undefined;
		if (!summary) return session;
		const end =
			typeof session.endedAt === 'number' ? session.endedAt : Number(session.startedAt) || 0;
		const fresh = summarise(walkView(bySession.get(String(session.id)) ?? [], end));
		// Only the new figures come from the events; the stored numbers stay as they were.
		return {
			...session,
			summary: { ...summary, bouts: fresh.bouts, elevationMs: fresh.elevationMs }
		};
	});
	return out;
}

/**
 * v3 → v4: diary entries become typed: an old entry's words are kept as its note, and its day
 * is the local date it was written; a breaks table, empty.
 */
export function toV4(data: TableData): TableData {
	const out: TableData = { ...data, breaks: data.breaks ?? [] };
	out.symptoms = (data.symptoms ?? []).map((row) => {
		if ('heaviness' in row) return row;
		const { kind, text, ...rest } = row as Row & { kind?: unknown; text?: unknown };
		const words = [kind, text].filter((w) => typeof w === 'string' && w.trim()).join(': ');
		return {
			...rest,
			date: toIsoDate(Number(row.at) || 0),
			heaviness: null,
			swelling: null,
			swellingSide: null,
			painWhere: [],
			painSide: null,
			nightCramps: false,
			skinChanges: false,
			tingling: false,
			newMedicine: false,
			note: words || null
		};
	});
	return out;
}

/** v4 → v5: walk tests gain `sixMinute`, null for every test made before (none was measured). */
export function toV5(data: TableData): TableData {
	return {
		...data,
		walkTests: (data.walkTests ?? []).map((row) => ({ ...row, sixMinute: row.sixMinute ?? null }))
	};
}

/**
 * Events are the truth: every finished session whose events run to its end gets its summary
 * worked out from them again, as the app works it out when a walk ends. The note and how the legs felt are kept
 * as stored, as an edit keeps them. Backup import runs this, so a file whose summaries disagree
 * with its events cannot make the report or the CSV disagree with the walk's own bouts.
 */
export function summariesFromEvents(data: TableData): TableData {
	const bySession = eventsBySession(data.events ?? []);
	const sessions = (data.sessions ?? []).map((session) => {
		const events = bySession.get(String(session.id));
		const old = session.summary as Row | null | undefined;
		// Only a walk whose taps run to its end can be worked out again from them.
		const ended = events?.some((e) => e.type === 'finished');
		if (session.status !== 'finished' || !events || !ended || !old) return session;
		const end = events.reduce((latest, e) => Math.max(latest, Number(e.at) || 0), 0);
		const fresh = summarise(walkView(events, end));
		return {
			...session,
			summary: { ...fresh, note: old.note ?? fresh.note, feeling: old.feeling ?? fresh.feeling }
		};
	});
	return { ...data, sessions };
}

/** Upgrades by version: the function that brings data from version − 1 to version. */
export const UPGRADES: Readonly<Record<number, (data: TableData) => TableData>> = {
	2: toV2,
	3: toV3,
	4: toV4,
	5: toV5
};

/** Brings data made by schema version `from` up to the current version. */
export function upgradeData(data: TableData, from: number, to = CURRENT_VERSION): TableData {
	let out = data;
	for (let v = from + 1; v <= to; v++) {
		const step = UPGRADES[v];
		if (step) out = step(out);
	}
	return out;
}
