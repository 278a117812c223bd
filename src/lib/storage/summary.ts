// A finished session's summary: the numbers History, Progress and the plan read, always
// recomputed from the session's events. Pure, so upgrades and edits use the same function.

import type { WalkView } from '$lib/walk/timeline';
import type { SessionSummary } from './schema';

export function summarise(view: WalkView): SessionSummary {
	return {
		activeWalkingMs: view.activeWalkingMs,
		boutCount: view.boutCount,
		firstOnsetMs: view.firstOnsetMs,
		longestBoutMs: view.longestBoutMs,
		totalRestMs: view.totalRestMs,
		painLevels: view.painLevels,
		feeling: view.feeling,
		note: view.note,
		moderatePainMs: view.moderatePainMs,
		endedBy: view.endedBy,
		markedDone: view.markedDone,
		bouts: view.bouts
			.filter((b) => b.walkingMs > 0 || b.restMs > 0)
			.map((b) => ({
				walkingMs: b.walkingMs,
				onsetMs: b.onsetMs,
				level: b.stopLevel,
				restMs: b.restMs,
				...(b.metres === null
					? {}
					: { metres: b.metres, painFreeMetres: b.painFreeMetres, distancePoor: b.distancePoor })
			})),
		elevationMs: view.phaseMs.elevation
	};
}
