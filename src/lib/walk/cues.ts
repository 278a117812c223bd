// Which cues (a tone, a vibration, a spoken line) belong to a walk as it stands: a change of
// part, walking or resting, a countdown's end, the target reached, a rest past 10 minutes. Each
// cue has a key, so it sounds once; a walk opened again marks what is due as already given.
// Pure: the screen shows the same thing whether or not a cue sounds.

import { REST_WARNING_MS } from '$lib/program/pain-scale';
import { partOf, type SessionTemplate } from '$lib/program/session-template';
import type { Phase, WalkView } from './timeline';

export type Cue =
	| { key: string; kind: 'phase'; phase: Phase }
	| { key: string; kind: 'resting' }
	| { key: string; kind: 'stepDone' }
	| { key: string; kind: 'elevationDone' }
	| { key: string; kind: 'targetReached' }
	| { key: string; kind: 'restWarning' };

export function dueCues(view: WalkView, template: SessionTemplate | null): Cue[] {
	if (view.status !== 'running' || !view.phase) return [];
	const due: Cue[] = [];
	const at = `${view.phase}-${view.bouts.length}`;
	due.push(
		view.moving === 'resting'
			? { key: `rest-${at}`, kind: 'resting' }
			: { key: `phase-${at}-${view.moving}`, kind: 'phase', phase: view.phase }
	);
	const part = template ? partOf(template, view.phase) : null;
	const step = part?.steps[view.step];
	if (step && view.stepElapsedMs >= step.durationMs) {
		due.push({ key: `step-${view.phase}-${view.step}`, kind: 'stepDone' });
	}
	if (view.phase === 'elevation' && part && view.phaseElapsedMs >= part.durationMs) {
		due.push({ key: 'elevation-done', kind: 'elevationDone' });
	}
	const targetMs = template?.targetMs ?? 0;
	if (targetMs > 0 && view.activeWalkingMs >= targetMs) {
		due.push({ key: 'target', kind: 'targetReached' });
	}
	if (view.currentRestMs >= REST_WARNING_MS) {
		due.push({ key: `rest-warning-${view.bouts.length}`, kind: 'restWarning' });
	}
	return due;
}

/** The cues given so far in one walk: each key sounds once. */
export class CueBook {
	#given = new Set<string>();

	/** A walk opened part-way: what is due now has passed, and is not announced again. */
	prime(due: readonly Cue[]): void {
		for (const cue of due) this.#given.add(cue.key);
	}

	/** The cues not yet given, now marked as given. */
	take(due: readonly Cue[]): Cue[] {
		const fresh = due.filter((cue) => !this.#given.has(cue.key));
		for (const cue of fresh) this.#given.add(cue.key);
		return fresh;
	}

	clear(): void {
		this.#given.clear();
	}
}
