// What one session holds, part by part, for a track and an active-walking target.
// Durations: docs/clinical-basis.md, "Session".

import { LEG_RAISE } from '$lib/diary/diary';
import type { Phase } from '$lib/walk/timeline';
import type { Track } from './types';

const MIN = 60_000;
const SEC = 1000;

export type StepId =
	| 'slowWalk'
	| 'calfLeft'
	| 'calfRight'
	| 'thighLeft'
	| 'thighRight'
	| 'hamstringLeft'
	| 'hamstringRight'
	| 'anklePumps'
	| 'heelRaises';

export interface Step {
	id: StepId;
	durationMs: number;
}

export interface PartPlan {
	phase: Exclude<Phase, 'finish'>;
	steps: Step[];
	durationMs: number;
}

export interface SessionTemplate {
	track: Track | 'test';
	targetMs: number;
	/** Intervals to moderate pain (PAD), or one continuous walk (veins, walk test). */
	walkMode: 'intervals' | 'continuous';
	parts: PartPlan[];
}

/** Held 30 s each: the ACSM range for older adults (clinical-basis §3). */
export const STRETCH_MS = 30 * SEC;
export const SLOW_WALK_MS = 5 * MIN;
/** After a walk, one of the day's short leg-raising breaks (diary.ts LEG_RAISE). */
export const ELEVATION_MS = LEG_RAISE.heavy.minutes * MIN;

function part(phase: PartPlan['phase'], steps: Step[]): PartPlan {
	return { phase, steps, durationMs: steps.reduce((sum, s) => sum + s.durationMs, 0) };
}

const WARM_UP = part('warmup', [
	{ id: 'slowWalk', durationMs: SLOW_WALK_MS },
	{ id: 'calfLeft', durationMs: STRETCH_MS },
	{ id: 'calfRight', durationMs: STRETCH_MS },
	{ id: 'thighLeft', durationMs: STRETCH_MS },
	{ id: 'thighRight', durationMs: STRETCH_MS }
]);

const COOL_DOWN = part('cooldown', [
	{ id: 'slowWalk', durationMs: SLOW_WALK_MS },
	{ id: 'calfLeft', durationMs: STRETCH_MS },
	{ id: 'calfRight', durationMs: STRETCH_MS },
	{ id: 'hamstringLeft', durationMs: STRETCH_MS },
	{ id: 'hamstringRight', durationMs: STRETCH_MS }
]);

const CALF_PUMP = part('calfPump', [
	{ id: 'anklePumps', durationMs: 1 * MIN },
	{ id: 'heelRaises', durationMs: 1 * MIN }
]);

export function sessionTemplate(track: Track, targetMin: number): SessionTemplate {
	const targetMs = targetMin * MIN;
	const walking = part('walking', []);
	walking.durationMs = targetMs;
	const elevation: PartPlan = { phase: 'elevation', steps: [], durationMs: ELEVATION_MS };
	switch (track) {
		case 'pad':
			return { track, targetMs, walkMode: 'intervals', parts: [WARM_UP, walking, COOL_DOWN] };
		case 'vein':
			return {
				track,
				targetMs,
				walkMode: 'continuous',
				parts: [WARM_UP, walking, CALF_PUMP, COOL_DOWN, elevation]
			};
		case 'gentle':
			return { track, targetMs, walkMode: 'continuous', parts: [WARM_UP, walking, COOL_DOWN] };
		case 'both':
			return {
				track,
				targetMs,
				walkMode: 'intervals',
				parts: [WARM_UP, walking, CALF_PUMP, COOL_DOWN, elevation]
			};
	}
}

/** The walk test: walk at an ordinary pace until the pain is too strong to go on. */
export function walkTestTemplate(): SessionTemplate {
	const walking = part('walking', []);
	return { track: 'test', targetMs: 0, walkMode: 'continuous', parts: [walking] };
}

/** Where the walk goes after this part: the next part, or the finish after the last. */
export function phaseAfter(template: SessionTemplate, phase: Phase | null): Phase {
	const i = template.parts.findIndex((p) => p.phase === phase);
	return template.parts[i + 1]?.phase ?? 'finish';
}

export function partOf(template: SessionTemplate, phase: Phase | null): PartPlan | null {
	return template.parts.find((p) => p.phase === phase) ?? null;
}

export function totalPlannedMs(template: SessionTemplate): number {
	return template.parts.reduce((sum, p) => sum + p.durationMs, 0);
}
