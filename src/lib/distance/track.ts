// Walking distance from phone positions (GPS fixes): an estimate, with a word on its quality.
//
// The rules (docs/clinical-basis.md §2, "Six-minute walk at home and walking distance"):
// - fixes less accurate than 30 m are dropped;
// - of the fixes in each 5 s, the most accurate is taken;
// - a move implying more than 2 m/s is not a walk: the fix is set aside (a jump);
// - fixes wander slowly even when the person stands still, and at claudication walking speeds
//   (0.6 to 1 m/s) adding up 5-second steps adds that wander to the distance. So distance is
//   counted from an anchor: only once a fix is clearly further from the last counted place than
//   the two fixes' uncertainty (and at least 10 m) is the straight line to it added, and it
//   becomes the new anchor. Standing still then adds nothing, and a straight walk loses at most
//   the last few metres. Corners are cut a little: the estimate errs short, never long.
// - a position that moved for good (three set-aside fixes in a row, 15 s, agreeing with each
//   other) becomes the anchor without adding its distance, and the track is marked poor;
// - a gap of more than 15 s between fixes is bridged when the move across it is possible at a
//   walking pace, and counted among the gaps either way.
//
// Pure: positions in, metres and quality out. The positions themselves are never stored.

/** One position from the phone: when, where, and how sure (metres, about 68 % of fixes within). */
export interface Fix {
	at: number;
	lat: number;
	lon: number;
	accuracy: number;
}

export const WORST_ACCURACY_M = 30;
export const WINDOW_MS = 5000;
export const FASTEST_WALK_M_S = 2;
export const MIN_STEP_M = 10;
export const LONG_GAP_MS = 15_000;
/** Set-aside fixes in a row, agreeing with each other, that show the position moved for good. */
const MOVED_FOR_GOOD = 3;

export type TrackProblem = 'fewFixes' | 'dropped' | 'gaps' | 'jumps' | 'inaccurate';

export interface TrackDistance {
	metres: number;
	/** Fixes given, and of them those too inaccurate to use. */
	fixes: number;
	dropped: number;
	/** Gaps of more than 15 s between usable fixes, and the longest gap. */
	gaps: number;
	longestGapMs: number;
	/** Moves too fast to be a walk, set aside. */
	jumps: number;
	/** The middle accuracy of the fixes used, in metres; null with none. */
	medianAccuracy: number | null;
	/** Why the distance may not be reliable; empty when it is. */
	problems: TrackProblem[];
}

const EARTH_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** The distance in metres between two fixes over the earth's surface (haversine). */
export function metresBetween(a: Pick<Fix, 'lat' | 'lon'>, b: Pick<Fix, 'lat' | 'lon'>): number {
	const dLat = rad(b.lat - a.lat);
	const dLon = rad(b.lon - a.lon);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The most accurate usable fix of each 5 s, in time order. */
function bestPerWindow(fixes: readonly Fix[]): { best: Fix[]; dropped: number } {
	const sorted = [...fixes].sort((a, b) => a.at - b.at);
	const best: Fix[] = [];
	let dropped = 0;
	if (sorted.length === 0) return { best, dropped };
	const start = sorted[0]!.at;
	let window = -1;
	for (const fix of sorted) {
		if (!(fix.accuracy <= WORST_ACCURACY_M) || !Number.isFinite(fix.lat + fix.lon)) {
			dropped++;
			continue;
		}
		const w = Math.floor((fix.at - start) / WINDOW_MS);
		const last = best.at(-1);
		if (w === window && last) {
			if (fix.accuracy < last.accuracy) best[best.length - 1] = fix;
		} else {
			best.push(fix);
			window = w;
		}
	}
	return { best, dropped };
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The walking distance of a track of fixes, and how far it can be trusted. */
export function trackDistance(fixes: readonly Fix[]): TrackDistance {
	const { best, dropped } = bestPerWindow(fixes);
	let metres = 0;
	let gaps = 0;
	let longestGapMs = 0;
	let jumps = 0;
	let movedForGood = false;
	let anchor: Fix | null = null;
	let previous: Fix | null = null;
	/** The last fix not set aside: a move is judged by its speed from there. */
	let lastGood: Fix | null = null;
	let setAside: Fix[] = [];

	for (const fix of best) {
		if (previous) {
			const gap = fix.at - previous.at;
			if (gap > LONG_GAP_MS) gaps++;
			longestGapMs = Math.max(longestGapMs, gap);
		}
		previous = fix;
		if (!anchor || !lastGood) {
			anchor = lastGood = fix;
			continue;
		}
		const seconds = Math.max(1, (fix.at - lastGood.at) / 1000);
		// A step within the fixes' own uncertainty is never too fast: it may be wander.
		const step = Math.max(0, metresBetween(lastGood, fix) - threshold(lastGood, fix));
		if (step / seconds > FASTEST_WALK_M_S) {
			// Too fast for a walk: set aside, unless it is where the phone now truly is.
			const agrees = setAside.every((f) => metresBetween(f, fix) <= threshold(f, fix));
			setAside = agrees ? [...setAside, fix] : [fix];
			jumps++;
			if (setAside.length >= MOVED_FOR_GOOD) {
				anchor = lastGood = fix;
				setAside = [];
				movedForGood = true;
			}
			continue;
		}
		setAside = [];
		lastGood = fix;
		const d = metresBetween(anchor, fix);
		if (d > threshold(anchor, fix)) {
			metres += d;
			anchor = fix;
		}
	}

	const medianAccuracy = median(best.map((f) => f.accuracy));
	const problems: TrackProblem[] = [];
	if (best.length < 3) problems.push('fewFixes');
	if (fixes.length > 0 && dropped / fixes.length > 0.2) problems.push('dropped');
	if (gaps > 0) problems.push('gaps');
	if (movedForGood) problems.push('jumps');
	if (medianAccuracy !== null && medianAccuracy > 15) problems.push('inaccurate');
	return {
		metres: Math.round(metres),
		fixes: fixes.length,
		dropped,
		gaps,
		longestGapMs,
		jumps,
		medianAccuracy,
		problems
	};
}

/** How far apart two fixes must be to be a move, not the fixes' own wander. */
function threshold(a: Fix, b: Fix): number {
	return Math.max(MIN_STEP_M, Math.hypot(a.accuracy, b.accuracy));
}
