// Positions for unit tests: a watch the test feeds by hand, fix by fix, or refuses.

import type { Fix } from '$lib/distance/track';
import type { Positions } from './positions';

/** Metres north of a point in London, as latitude. */
export const north = (m: number) => 51.5 + m / 111_195;

export interface FakePositions {
	positions: Positions;
	/** A fix, to whoever is watching (none when no one is). */
	send(fix: Omit<Fix, 'at'>): void;
	/** The watch fails: location refused, or not to be had. */
	refuse(why: 'denied' | 'unavailable'): void;
	/** Someone is watching now. */
	watching(): boolean;
	/** How many times watching was started. */
	watches(): number;
}

export function fakePositions(): FakePositions {
	let onFix: ((fix: Omit<Fix, 'at'>) => void) | null = null;
	let onError: ((why: 'denied' | 'unavailable') => void) | null = null;
	let watches = 0;
	return {
		positions: {
			watch(fix, error) {
				watches++;
				onFix = fix;
				onError = error;
				return () => {
					onFix = null;
				};
			}
		},
		send: (fix) => onFix?.(fix),
		refuse: (why) => onError?.(why),
		watching: () => onFix !== null,
		watches: () => watches
	};
}
