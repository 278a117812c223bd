import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingDevice } from '$lib/device/cues';
import {
	dropMemoryStorage,
	useMemoryStorage,
	type MemoryStorage
} from '$lib/device/memory-storage';
import { fakePositions, north } from '$lib/device/fake-positions';
import {
	COUNTDOWN_MS,
	OutdoorTest,
	type OutdoorPorts,
	type OutdoorResult
} from './outdoor-test.svelte';

const S = 1000;
let storage: MemoryStorage;
beforeEach(() => {
	storage = useMemoryStorage();
});
afterEach(dropMemoryStorage);

function outdoor(saves = true) {
	const clock = { t: 5_000_000 };
	const fake = fakePositions();
	const saved: OutdoorResult[] = [];
	const ports: OutdoorPorts = {
		now: () => clock.t,
		cues: recordingDevice(),
		positions: fake.positions,
		save: async (r) => (saved.push(r), saves)
	};
	const t = new OutdoorTest(ports);
	const wait = (ms: number) => {
		const end = clock.t + ms;
		while (clock.t < end) {
			clock.t = Math.min(end, clock.t + 250);
			t.tick();
		}
	};
	const fix = (metres: number, accuracy = 8) =>
		fake.send({ lat: north(metres), lon: -0.1, accuracy });
	return {
		t,
		clock,
		wait,
		fix,
		saved,
		ports,
		refuse: fake.refuse,
		watching: fake.watching
	};
}

/** Ready and past the 3-2-1. */
function walking(saves = true) {
	const o = outdoor(saves);
	o.t.locate();
	o.fix(0, 10);
	o.t.begin();
	o.wait(COUNTDOWN_MS);
	return o;
}

/** Walks for `seconds` at `speed` m/s from `from` metres, a fix every 5 s. */
function walk(
	o: ReturnType<typeof outdoor>,
	seconds: number,
	speed: number,
	from = 0,
	accuracy = 8
) {
	let at = from;
	for (let s = 5; s <= seconds; s += 5) {
		o.wait(5 * S);
		at += 5 * speed;
		o.fix(at, accuracy);
	}
	return at;
}

describe('the six-minute walk outdoors', () => {
	it('asks for the position only when started, and starts only once it is within 15 m', () => {
		const o = outdoor();
		expect(o.watching()).toBe(false);
		o.t.locate();
		expect([o.t.step, o.watching()]).toEqual(['waiting', true]);
		o.fix(0, 40);
		o.fix(0, 22);
		expect(o.t.step).toBe('waiting');
		o.t.begin();
		expect(o.t.step).toBe('waiting');
		o.fix(0, 14);
		expect(o.t.step).toBe('ready');
	});

	it('sends the person to the hallway test when location is refused, unavailable or never accurate', () => {
		for (const why of ['denied', 'unavailable'] as const) {
			const o = outdoor();
			o.t.locate();
			o.refuse(why);
			expect([o.t.step, o.t.noGps, o.watching()]).toEqual(['explain', why, false]);
		}
		// Once positions have come, a passing "unavailable" does not end the wait.
		const passing = outdoor();
		passing.t.locate();
		passing.fix(0, 30);
		passing.refuse('unavailable');
		expect(passing.t.step).toBe('waiting');
		const o = outdoor();
		o.t.locate();
		o.fix(0, 35);
		o.wait(59 * S);
		expect(o.t.step).toBe('waiting');
		o.wait(2 * S);
		expect([o.t.step, o.t.noGps]).toEqual(['explain', 'inaccurate']);
	});

	it('measures a steady walk, shows it growing, and stores it at six minutes as good', async () => {
		const o = walking();
		walk(o, 120, 1);
		expect(o.t.track.metres).toBeGreaterThan(100);
		o.t.pain();
		walk(o, 240, 1, 120);
		o.wait(S);
		await Promise.resolve();
		expect(o.saved).toHaveLength(1);
		const r = o.saved[0]!;
		// 360 m walked: within 20 m.
		expect(Math.abs(r.distanceM - 360)).toBeLessThanOrEqual(20);
		expect(r.onsetMs).toBe(120 * S);
		expect(r.sixMinute).toEqual({
			mode: 'outdoor',
			courseM: null,
			laps: null,
			stoppedEarly: false,
			painLap: null,
			quality: 'good'
		});
		expect([o.t.step, o.watching(), storage.length]).toEqual(['done', false, 0]);
	});

	it('flags a poor track: positions worse than 30 m and long gaps', async () => {
		const o = walking();
		let at = walk(o, 60, 1);
		// A minute of positions too rough to use, then nothing for 40 s.
		at = walk(o, 60, 1, at, 45);
		o.wait(40 * S);
		walk(o, 200, 1, at + 40, 25);
		o.wait(5 * S);
		await Promise.resolve();
		expect(o.saved[0]!.sixMinute.quality).toBe('poor');
		expect(o.t.poor).toBe(true);
	});

	it('goes on after a reload with the positions kept, and keeps none once stored', () => {
		const o = walking();
		walk(o, 100, 1);
		o.clock.t += 10 * S;
		const again = new OutdoorTest(o.ports);
		expect(again.step).toBe('walking');
		expect(again.fixes.length).toBe(o.t.fixes.length);
		expect(Math.round(again.clock.elapsedMs / S)).toBe(110);
	});

	it('"I feel unwell" stops the test; ending it then stores it as stopped early', async () => {
		const o = walking();
		walk(o, 60, 1);
		o.t.unwell();
		expect(o.t.step).toBe('unwell');
		o.t.stopEarly();
		await Promise.resolve();
		await Promise.resolve();
		expect(o.saved[0]!.sixMinute.stoppedEarly).toBe(true);
	});

	it('a result that cannot be stored is kept to try again', async () => {
		const o = walking(false);
		walk(o, 360, 1);
		o.wait(S);
		await Promise.resolve();
		expect([o.t.failed, o.t.step]).toEqual([true, 'walking']);
		expect(storage.length).toBe(1);
		// Not tried again on every beat: once, when the person asks.
		o.wait(5 * S);
		expect(o.saved).toHaveLength(1);
		o.t.retry();
		await Promise.resolve();
		expect(o.saved).toHaveLength(2);
	});
});
