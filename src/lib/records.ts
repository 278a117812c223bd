// Shapes of stored records that the domain modules (progress/, program/) read as well as the
// storage layer: here, so that neither side imports the other for them.

import type { PainLevel } from '$lib/program/pain-scale';
import type { WalkWarning } from '$lib/program/types';
import type { Feeling } from '$lib/walk/timeline';

/** What got in the way of walking last week: the weekly review's question (since v3). */
export type Obstacle = 'weather' | 'pain' | 'tiredness' | 'time' | 'other' | 'nothing';
export const OBSTACLES: readonly Obstacle[] = [
	'nothing',
	'weather',
	'pain',
	'tiredness',
	'time',
	'other'
];

/** Numbers of a finished session, always recomputable from its events. */
export interface SessionSummary {
	activeWalkingMs: number;
	boutCount: number;
	firstOnsetMs: number | null;
	longestBoutMs: number;
	totalRestMs: number;
	painLevels: PainLevel[];
	feeling: Feeling | null;
	note: string | null;
	/** Since v2. Walking time before the pain got moderate, from recorded stops and onsets. */
	moderatePainMs: number | null;
	/** Since v2. The warning the walk ended on. */
	endedBy: WalkWarning | null;
	/** Since v2. "I did my session". */
	markedDone: boolean;
	/** Since v3. Each bout: walking time, when the pain started, its stop level, the rest after. */
	bouts: BoutSummary[];
	/** Since v3. Time in the leg-raising part of the session. */
	elevationMs: number;
}

/** One bout of a finished walk, as the progress figures need it. */
export interface BoutSummary {
	walkingMs: number;
	onsetMs: number | null;
	level: PainLevel | null;
	restMs: number;
	/**
	 * Since v5, only on a bout whose distance was measured ("Measure distance outdoors"): its
	 * metres, the metres before "Leg pain started" (null without that tap), and whether the
	 * positions were too poor to rely on. A bout without them was timed only.
	 */
	metres?: number;
	painFreeMetres?: number | null;
	distancePoor?: boolean;
}

/** planned, free, test: walked with the app. manual: added by hand afterwards (since v3). */
export type SessionKind = 'planned' | 'free' | 'test' | 'manual';
export const SESSION_KINDS: readonly SessionKind[] = ['planned', 'free', 'test', 'manual'];
