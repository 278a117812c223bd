// The phone's position, watched while an outdoor test runs: each fix with its accuracy, or why
// there is none. The browser asks the person the first time; nothing is sent anywhere.

import type { Fix } from '$lib/distance/track';

/** The phone's position, as a test needs it: each fix, or why there is none. */
export interface Positions {
	/** Starts watching; returns the way to stop. */
	watch(
		onFix: (fix: Omit<Fix, 'at'>) => void,
		onError: (why: 'denied' | 'unavailable') => void
	): () => void;
}

export const browserPositions: Positions = {
	watch(onFix, onError) {
		if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
			onError('unavailable');
			return () => {};
		}
		const id = navigator.geolocation.watchPosition(
			(p) =>
				onFix({ lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy }),
			(e) => {
				// A slow answer is not a refusal: the test's own minute decides when to give up.
				if (e.code === e.PERMISSION_DENIED) onError('denied');
				else if (e.code === e.POSITION_UNAVAILABLE) onError('unavailable');
			},
			{ enableHighAccuracy: true, maximumAge: 0 }
		);
		return () => navigator.geolocation.clearWatch(id);
	}
};
