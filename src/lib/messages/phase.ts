// The names of a session's parts, and its target: a words module of its own, so a page that
// lists the parts (Today) does not carry the whole walk's words, nor the walk Today's.

import type { Phase } from '$lib/walk/timeline';

export const phase = {
	warmup: 'Warm-up',
	walking: 'Walking',
	calfPump: 'Calf exercises',
	cooldown: 'Cool-down',
	elevation: 'Raise your legs',
	finish: 'Well done'
} satisfies Record<Phase, string>;

/** A session's target, as Today and the walk's start show it. */
export function sessionTarget(min: number): string {
	return `${min} minutes of walking`;
}
