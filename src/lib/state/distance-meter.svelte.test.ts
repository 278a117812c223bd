import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	dropMemoryStorage,
	useMemoryStorage,
	type MemoryStorage
} from '$lib/device/memory-storage';
import { fakePositions, north } from '$lib/device/fake-positions';
import { DistanceMeter } from './distance-meter.svelte';

const S = 1000;
let storage: MemoryStorage;
beforeEach(() => {
	storage = useMemoryStorage();
});
afterEach(dropMemoryStorage);

function meter() {
	const clock = { t: 7_000_000 };
	const fake = fakePositions();
	const meter = new DistanceMeter(fake.positions, () => clock.t);
	/** Walks north at 1 m/s for `seconds`, a fix every second, accurate to 5 m. */
	const walkFor = (seconds: number, from = 0) => {
		for (let s = 1; s <= seconds; s++) {
			clock.t += S;
			fake.send({ lat: north(from + s), lon: -0.12, accuracy: 5 });
		}
	};
	return {
		meter,
		walkFor,
		watching: fake.watching,
		watches: fake.watches,
		refuse: () => fake.refuse('denied')
	};
}

describe('DistanceMeter: distance on an ordinary walk', () => {
	it('watches only while a bout is walked, and measures it with the track filter', () => {
		const m = meter();
		m.meter.follow(null, false);
		expect(m.watching()).toBe(false);
		m.meter.follow('s1:0', true);
		expect(m.watching()).toBe(true);
		expect(m.meter.state).toBe('waiting');
		m.walkFor(200);
		expect(m.meter.state).toBe('measuring');
		const reading = m.meter.reading();
		// A straight 200 m at walking pace: the filter errs short by at most a few metres.
		expect(reading?.metres).toBeGreaterThanOrEqual(185);
		expect(reading?.metres).toBeLessThanOrEqual(200);
		expect(reading?.poor).toBe(false);
		// Resting: no positions are watched, and the reading stays for the bout's record.
		m.meter.follow('s1:0', false);
		expect(m.watching()).toBe(false);
		expect(m.meter.reading()?.metres).toBe(reading?.metres);
	});

	it('starts each bout from nothing', () => {
		const m = meter();
		m.meter.follow('s1:0', true);
		m.walkFor(100);
		m.meter.follow('s1:0', false);
		m.meter.follow('s1:1', true);
		expect(m.meter.reading()).toBeNull();
		m.walkFor(60, 100);
		expect(m.meter.reading()?.metres).toBeLessThanOrEqual(60);
	});

	it('keeps the bout’s positions across a reload, and only that bout’s', () => {
		const m = meter();
		m.meter.follow('s1:0', true);
		m.walkFor(120);
		const before = m.meter.reading()?.metres;
		expect(storage.getItem('legwork-draft:walkTrack')).not.toBeNull();
		// The page reloads: a new meter, the same bout.
		const again = meter();
		again.meter.follow('s1:0', true);
		expect(again.meter.reading()?.metres).toBe(before);
		// Another walk's bout does not take them.
		const other = meter();
		other.meter.follow('s2:0', true);
		expect(other.meter.reading()).toBeNull();
	});

	it('measures nothing when location is refused, and asks no more on this walk', () => {
		const m = meter();
		m.meter.follow('s1:0', true);
		m.refuse();
		expect(m.meter.state).toBe('denied');
		expect(m.watching()).toBe(false);
		m.meter.follow('s1:1', true);
		expect(m.watches()).toBe(1);
		expect(m.meter.reading()).toBeNull();
	});

	it('marks a bout with too few positions as not to be relied on', () => {
		const m = meter();
		m.meter.follow('s1:0', true);
		m.walkFor(2);
		expect(m.meter.reading()?.poor).toBe(true);
	});

	it('forgets the positions when the walk ends', () => {
		const m = meter();
		m.meter.follow('s1:0', true);
		m.walkFor(30);
		m.meter.stop();
		expect(m.watching()).toBe(false);
		expect(m.meter.reading()).toBeNull();
		expect(storage.getItem('legwork-draft:walkTrack')).toBeNull();
	});
});
