// Every version of the database schema, oldest first. A version, once shipped, is never edited
// or removed: a new one is added with its upgrade, so every past database can still open.

import type { IsoDate } from '$lib/dates';
import type { Diagnosis, Legs, Schedule, TestMethod, Track, Units } from '$lib/program/types';
import type { SafetyAnswers } from '$lib/safety/questions';
import type { Obstacle, SessionKind, SessionSummary } from '$lib/records';
import type { BreakKind, DiaryEntry } from '$lib/diary/diary';
import type { WalkEvent } from '$lib/walk/timeline';

export { DB_NAME } from './name';

/** Fields every stored record has, so a backup can merge by id and keep the newest. */
export interface Stamped {
	/** A stable string id (crypto.randomUUID()), never an auto-increment number. */
	id: string;
	updatedAt: number;
	/** Set when deleted: the record stays as a tombstone so a merge cannot bring it back. */
	deletedAt: number | null;
}

export interface Preferences {
	units: Units;
	theme: 'system' | 'light' | 'dark';
	speech: boolean;
	sound: boolean;
	vibration: boolean;
	/**
	 * Since v5: each bout's distance from the phone's positions ("Measure distance outdoors").
	 * Off unless the person turns it on; a stored choice without it reads as off.
	 */
	measureDistance: boolean;
}

export interface SettingRecord {
	key: string;
	value: unknown;
	updatedAt: number;
}

export interface ProgramRecord extends Stamped {
	createdAt: number;
	status: 'active' | 'ended';
	startDate: IsoDate;
	weeks: number;
	schedules: Schedule[];
	diagnosis: Diagnosis;
	legs: Legs;
	/** The walk test the first week's target came from. */
	baselineTestId: string | null;
	/** When the person confirmed a clinician cleared them, if the safety check asked for it. */
	clearedAt: number | null;
	safetyCheckId: string | null;
}

export interface WalkTestRecord extends Stamped {
	programId: string | null;
	at: number;
	method: TestMethod;
	onsetMs: number | null;
	maxWalkMs: number | null;
	distanceM: number | null;
	/** The walk session, for a test walked in the app. */
	sessionId: string | null;
	/** A six-minute walk done with the app (since v5): how it was measured; null otherwise. */
	sixMinute: SixMinuteDetails | null;
}

/** A walk test as it is added: how a six-minute walk was measured may be left out (none). */
export type WalkTestInput = Omit<WalkTestRecord, 'id' | 'updatedAt' | 'deletedAt' | 'sixMinute'> & {
	sixMinute?: SixMinuteDetails | null;
};

/** How a six-minute walk done with the app was measured (since v5). */
export interface SixMinuteDetails {
	mode: 'corridor' | 'outdoor';
	/** The corridor's length in metres; null outdoors. */
	courseM: number | null;
	/** Whole laps walked in a corridor; null outdoors. */
	laps: number | null;
	/** Ended before six minutes (unwell, or "End"): kept, never compared. */
	stoppedEarly: boolean;
	/** The lap in which leg pain started (1: the first); null if none was tapped or outdoors. */
	painLap: number | null;
	/** Outdoors, whether the phone's positions were good enough to trust; null in a corridor. */
	quality: 'good' | 'poor' | null;
}

// Record shapes the domain modules read too live in $lib/records: both sides import them there.
export {
	OBSTACLES,
	SESSION_KINDS,
	type BoutSummary,
	type Obstacle,
	type SessionKind,
	type SessionSummary
} from '$lib/records';

export interface SessionRecord extends Stamped {
	programId: string | null;
	kind: SessionKind;
	/** The local date the session was started on. */
	date: IsoDate;
	track: Track | 'test';
	targetMs: number;
	startedAt: number;
	endedAt: number | null;
	/** An index for finding the running walk; the events are the truth. */
	status: 'active' | 'finished' | 'abandoned';
	summary: SessionSummary | null;
}

/** A walk event as stored; since v2 it carries updatedAt like every other record. */
export type EventRecord = WalkEvent & { updatedAt: number };

/** A diary entry up to v3: loose words, never written by the app (v4 made it typed). */
export interface LegacySymptomRecord extends Stamped {
	at: number;
	kind: string;
	text: string;
}

/** A symptom diary entry (since v4): typed fields, and when it was written. */
export interface SymptomRecord extends Stamped, DiaryEntry {
	at: number;
}

/** A leg-raising or calf-pump break on the vein track's day (since v4). */
export interface BreakRecord extends Stamped {
	at: number;
	date: IsoDate;
	kind: BreakKind;
	/** How long the legs were raised, when timed. */
	durationMs: number | null;
}

export interface SafetyCheckRecord extends Stamped {
	at: number;
	/** followUp: the answer to "have you spoken to your care team?" after a warning. */
	context: 'onboarding' | 'preWalk' | 'followUp';
	answers: SafetyAnswers;
	needsClearance: boolean;
}

/** The weekly review at the start of a program week (since v3). */
export interface ReviewRecord extends Stamped {
	programId: string | null;
	/** The first day of the week the review opens. */
	weekStart: IsoDate;
	at: number;
	obstacles: Obstacle[];
	text: string | null;
	/** The walking days chosen for this week, Monday = 0. */
	days: number[];
	/** keep: the target the rules give; repeat: stay at last week's target. */
	goal: 'keep' | 'repeat';
}

export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
}

/** The tables of this version, each a list of records: what an upgrade and a backup work on. */
export type TableData = Record<string, Record<string, unknown>[]>;

export const TABLES = [
	'settings',
	'programs',
	'walkTests',
	'sessions',
	'events',
	'symptoms',
	'safetyChecks',
	'reviews',
	'breaks'
] as const;
export type TableName = (typeof TABLES)[number];

/** Version 1's tables and indexes; version 2 changed data only, so it declares them again. */
const V1_STORES: Record<string, string> = {
	settings: '&key',
	programs: '&id, status, createdAt',
	walkTests: '&id, programId, at',
	sessions: '&id, status, startedAt, date, programId',
	events: '&id, sessionId, [sessionId+seq]',
	symptoms: '&id, at',
	safetyChecks: '&id, at'
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{ version: 1, stores: V1_STORES },
	{
		// Events gain updatedAt, records gain deletedAt (tombstones), summaries gain the figures
		// the program's rules use. Indexes are unchanged; the data change is upgrades.ts's toV2.
		version: 2,
		stores: V1_STORES
	},
	{
		// Summaries gain each bout and the leg-raising time; sessions may be added by hand;
		// the weekly review gets its table. The data change is upgrades.ts's toV3.
		version: 3,
		stores: { ...V1_STORES, reviews: '&id, weekStart' }
	},
	{
		// Diary entries become typed records, found by day; the vein track's breaks get their
		// table. The data change is upgrades.ts's toV4.
		version: 4,
		stores: {
			...V1_STORES,
			reviews: '&id, weekStart',
			symptoms: '&id, at, date',
			breaks: '&id, date, at'
		}
	},
	{
		// Walk tests gain how a six-minute walk done with the app was measured (sixMinute).
		// Indexes are unchanged; the data change is upgrades.ts's toV5.
		version: 5,
		stores: {
			...V1_STORES,
			reviews: '&id, weekStart',
			symptoms: '&id, at, date',
			breaks: '&id, date, at'
		}
	}
];

/** The tables a version's database and backup file hold. */
export function tablesOf(version: number): TableName[] {
	const found = SCHEMA_VERSIONS.find((v) => v.version === version);
	return TABLES.filter((t) => !found || t in found.stores);
}

/**
 * The newest version: the last of SCHEMA_VERSIONS (migrations.test.ts checks it). Written as a
 * number, not read from the list, so that a page that only needs the number does not carry every
 * version's table declarations (a read from the list is kept by the bundler, and the list with it).
 */
export const CURRENT_VERSION = 5;
