import { describe, expect, it } from 'vitest';
import { metresBetween, trackDistance, type Fix } from './track';

// Recorded tracks, made the same way every run: a walker's true path, sampled once a second,
// with the wander and noise phone fixes show (a seeded random source, so the tracks never change).

const LAT0 = 51.5;
const LON0 = -0.12;
// Metres in a degree on the sphere the distance is worked out on (radius 6,371 km).
const M_PER_DEG_LAT = (6_371_000 * Math.PI) / 180;
const M_PER_DEG_LON = M_PER_DEG_LAT * Math.cos((LAT0 * Math.PI) / 180);

function random(seed: number) {
	let a = seed;
	const next = () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
	return { next, gauss };
}

/** A fix `x` metres east and `y` north of the start. */
const at = (t: number, x: number, y: number, accuracy: number): Fix => ({
	at: t * 1000,
	lat: LAT0 + y / M_PER_DEG_LAT,
	lon: LON0 + x / M_PER_DEG_LON,
	accuracy
});

/**
 * A walker's track: `speed(t)` in m/s along a straight line east, fixes each second with a slow
 * wander (a drifting offset, as phones show) and some quick noise, and the accuracy reported.
 */
function walk(options: {
	seconds: number;
	speed: (t: number) => number;
	seed: number;
	accuracy?: number;
	noise?: number;
	drift?: number;
}): Fix[] {
	const { seconds, speed, seed, accuracy = 6, noise = 1.5, drift = 0.25 } = options;
	const r = random(seed);
	const fixes: Fix[] = [];
	let x = 0;
	let wanderX = 0;
	let wanderY = 0;
	for (let t = 0; t <= seconds; t++) {
		if (t > 0) x += speed(t);
		// The wander drifts a little each second and is pulled back towards the truth.
		wanderX = 0.97 * wanderX + drift * r.gauss();
		wanderY = 0.97 * wanderY + drift * r.gauss();
		fixes.push(
			at(t, x + wanderX + noise * r.gauss(), wanderY + noise * r.gauss(), accuracy + r.next() * 3)
		);
	}
	return fixes;
}

describe('walking distance from phone fixes', () => {
	it('measures its own units: 100 m north is 100 m', () => {
		expect(Math.abs(metresBetween(at(0, 0, 0, 5), at(1, 0, 100, 5)) - 100)).toBeLessThan(0.5);
		expect(Math.abs(metresBetween(at(0, 0, 0, 5), at(1, 300, 400, 5)) - 500)).toBeLessThan(1);
	});

	it('a straight 400 m path walked in six minutes, with noise: 400 m within 20 m', () => {
		const track = walk({ seconds: 360, speed: () => 400 / 360, seed: 1 });
		const result = trackDistance(track);
		expect(Math.abs(result.metres - 400)).toBeLessThanOrEqual(20);
		expect(result.problems).toEqual([]);
	});

	it('the same path with a fix thrown 300 m away: still 400 m within 20 m', () => {
		const track = walk({ seconds: 360, speed: () => 400 / 360, seed: 2 });
		const jumped = track.map((f, i) =>
			i >= 180 && i < 183 ? { ...f, lat: f.lat + 300 / M_PER_DEG_LAT } : f
		);
		const result = trackDistance(jumped);
		expect(Math.abs(result.metres - 400)).toBeLessThanOrEqual(20);
		expect(result.jumps).toBeGreaterThan(0);
	});

	it('standing still for six minutes while the fixes wander: near 0 (under 15 m)', () => {
		for (const seed of [3, 4, 5]) {
			const track = walk({ seconds: 360, speed: () => 0, seed, drift: 0.5, accuracy: 8 });
			// The fixes themselves wander by metres: adding them up would give a long way.
			const naive = track.slice(1).reduce((sum, f, i) => sum + metresBetween(track[i]!, f), 0);
			expect(naive).toBeGreaterThan(300);
			expect(trackDistance(track).metres).toBeLessThan(15);
		}
	});

	it('a slow walker (0.7 m/s) with a 90 s rest: the walking only, within 25 m', () => {
		const speed = (t: number) => (t > 120 && t <= 210 ? 0 : 0.7);
		const truth = 0.7 * (360 - 90);
		const track = walk({ seconds: 360, speed, seed: 6, drift: 0.4 });
		const result = trackDistance(track);
		expect(Math.abs(result.metres - truth)).toBeLessThanOrEqual(25);
	});

	it('a 30 s gap in the fixes while walking on: bridged at a walking pace, and flagged', () => {
		const track = walk({ seconds: 360, speed: () => 1, seed: 7 }).filter(
			(f) => f.at < 150_000 || f.at >= 180_000
		);
		const result = trackDistance(track);
		expect(Math.abs(result.metres - 360)).toBeLessThanOrEqual(20);
		expect(result.gaps).toBe(1);
		// Of each 5 s the best fix is kept: the gap between kept fixes is 30 to 40 s.
		expect(result.longestGapMs).toBeGreaterThanOrEqual(30_000);
		expect(result.longestGapMs).toBeLessThan(40_000);
		expect(result.problems).toContain('gaps');
	});

	it('a gap across which the phone moved impossibly far is not counted, and is flagged', () => {
		const before = walk({ seconds: 100, speed: () => 1, seed: 8 });
		// 20 s later, 500 m away, and walking on from there.
		const after = walk({ seconds: 100, speed: () => 1, seed: 9 }).map((f) => ({
			...f,
			at: f.at + 120_000,
			lon: f.lon + 600 / M_PER_DEG_LON
		}));
		const result = trackDistance([...before, ...after]);
		expect(Math.abs(result.metres - 200)).toBeLessThanOrEqual(25);
		expect(result.problems).toEqual(expect.arrayContaining(['gaps', 'jumps']));
	});

	it('fixes worse than 30 m are dropped, and a track of mostly those is flagged', () => {
		const track = walk({ seconds: 120, speed: () => 1, seed: 10 }).map((f, i) =>
			i % 2 ? { ...f, accuracy: 50 } : f
		);
		const result = trackDistance(track);
		expect(result.dropped).toBe(60);
		expect(result.problems).toContain('dropped');
		expect(trackDistance([]).problems).toEqual(['fewFixes']);
	});

	it('poor accuracy throughout is flagged', () => {
		const track = walk({ seconds: 360, speed: () => 1, seed: 11, accuracy: 20 });
		expect(trackDistance(track).problems).toContain('inaccurate');
	});
});
