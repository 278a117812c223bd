import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingDevice } from '$lib/device/cues';
import {
	dropMemoryStorage,
	useMemoryStorage,
	type MemoryStorage
} from '$lib/device/memory-storage';
import * as m from '$lib/messages';
import {
	CorridorTest,
	COUNTDOWN_MS,
	type CorridorPorts,
	type CorridorResult
} from './corridor-test.svelte';

const S = 1000;
let storage: MemoryStorage;
beforeEach(() => {
	storage = useMemoryStorage();
});
afterEach(dropMemoryStorage);

/** A test with a clock moved by hand, a device that notes its cues, and a store. */
function corridor(options: { lastCourse?: number | null; saves?: boolean; clockAt?: number } = {}) {
	const clock = { t: options.clockAt ?? 1_000_000 };
	const device = recordingDevice();
	const saved: CorridorResult[] = [];
	const ports: CorridorPorts = {
		now: () => clock.t,
		cues: device,
		lastCourseM: () => options.lastCourse ?? null,
		save: async (r) => (saved.push(r), options.saves ?? true)
	};
	const t = new CorridorTest(ports);
	/** Moves the clock on, beating as the screen does. */
	const wait = (ms: number) => {
		const end = clock.t + ms;
		while (clock.t < end) {
			clock.t = Math.min(end, clock.t + 250);
			t.tick();
		}
	};
	return { t, clock, device, saved, wait, ports };
}

/** Set up on a 25 m course and past the 3-2-1. */
function walking(options: Parameters<typeof corridor>[0] = {}) {
	const c = corridor(options);
	c.t.courseText = '25';
	c.t.setCourse();
	c.t.begin();
	c.wait(COUNTDOWN_MS);
	return c;
}

describe('the six-minute walk in a corridor', () => {
	it('refuses a course outside 10 to 100 m at the field, and offers the last course again', () => {
		const { t } = corridor({ lastCourse: 30 });
		expect(t.courseText).toBe('30');
		for (const [text, problem] of [
			['', 'notANumber'],
			['about 20', 'notANumber'],
			['8', 'tooShort'],
			['150', 'tooLong']
		] as const) {
			t.courseText = text;
			expect(t.setCourse()).toBe(false);
			expect([t.courseProblem, t.step]).toEqual([problem, 'course']);
		}
		t.courseText = '25,5';
		expect(t.setCourse()).toBe(true);
		expect([t.courseM, t.step, t.courseProblem]).toEqual([25.5, 'ready', null]);
	});

	it('counts down 3, 2, 1, then times six minutes with a word each minute, then asks where the person stopped', () => {
		const { t, device, wait } = corridor();
		t.courseText = '25';
		t.setCourse();
		t.begin();
		expect([t.step, t.clock.countdown]).toEqual(['countdown', 3]);
		wait(1000);
		expect(t.clock.countdown).toBe(2);
		wait(2000);
		expect(t.step).toBe('walking');
		expect(device.calls.filter((c) => c.startsWith('speak:'))).toEqual([
			'speak:3',
			'speak:2',
			'speak:1',
			`speak:${m.sixMinute.go}`
		]);
		device.calls.length = 0;
		wait(61 * S);
		expect(t.clock.said).toBe('minute1');
		expect(device.calls).toContain(`speak:${m.sixMinute.cue.minute1}`);
		wait(300 * S);
		expect(device.calls.filter((c) => c.startsWith('speak:'))).toEqual(
			(['minute1', 'minute2', 'minute3', 'minute4', 'minute5', 'soon', 'stop'] as const).map(
				(c) => `speak:${m.sixMinute.cue[c]}`
			)
		);
		expect(t.step).toBe('stopHere');
		expect(t.clock.remainingMs).toBe(0);
	});

	it('14 laps of 25 m and 12 m of the last: 362 m, with where the pain started', async () => {
		const { t, wait, saved } = walking();
		for (let lap = 1; lap <= 14; lap++) {
			wait(25 * S);
			t.turn();
			if (lap === 5) {
				wait(5 * S);
				t.pain();
				// Tapped again: the first time stays.
				t.pain();
			}
		}
		expect([t.laps.laps, t.metresSoFar]).toEqual([14, 350]);
		wait(360 * S);
		expect(t.step).toBe('stopHere');
		// A tap after six minutes counts for nothing.
		t.turn();
		expect(t.laps.laps).toBe(14);
		t.partialText = '12';
		expect(await t.finish()).toBe(true);
		expect(saved).toEqual([
			{
				onsetMs: 130 * S,
				distanceM: 362,
				sixMinute: {
					mode: 'corridor',
					courseM: 25,
					laps: 14,
					stoppedEarly: false,
					painLap: 6,
					quality: null
				}
			}
		]);
		expect(t.step).toBe('done');
		expect(storage.length).toBe(0);
	});

	it('a turn tapped sooner than the course could be walked is not counted, and the screen says so', () => {
		const { t, wait } = walking();
		wait(20 * S);
		t.turn();
		expect([t.laps.laps, t.refusedTurn]).toEqual([1, false]);
		wait(2 * S);
		t.turn();
		expect([t.laps.laps, t.refusedTurn]).toEqual([1, true]);
		wait(20 * S);
		t.turn();
		expect([t.laps.laps, t.refusedTurn]).toEqual([2, false]);
	});

	it('refuses a part lap outside 0 to the course length, and stores nothing', async () => {
		const { t, wait, saved } = walking();
		wait(361 * S);
		for (const text of ['', '30', '-1', 'half']) {
			t.partialText = text;
			expect(await t.finish()).toBe(false);
			expect(t.partialError).toBe(m.sixMinute.partialProblem(25));
		}
		expect(saved).toEqual([]);
		t.partialText = '0';
		expect(await t.finish()).toBe(true);
		expect(saved[0]!.distanceM).toBe(0);
	});

	it('"I feel unwell" stops the test; it is stored as stopped early with the distance so far', async () => {
		const { t, wait, saved } = walking();
		wait(30 * S);
		t.turn();
		wait(10 * S);
		t.unwell();
		expect(t.step).toBe('unwell');
		// Taps after it count for nothing.
		t.turn();
		t.stopEarly();
		expect(t.step).toBe('stopHere');
		t.partialText = '10';
		await t.finish();
		expect(saved[0]).toMatchObject({ distanceM: 35, sixMinute: { stoppedEarly: true, laps: 1 } });
	});

	it('"End the test now" is stored as stopped early too', async () => {
		const { t, wait, saved } = walking();
		wait(100 * S);
		t.stopEarly();
		t.partialText = '5';
		await t.finish();
		expect(saved[0]).toMatchObject({ distanceM: 5, sixMinute: { stoppedEarly: true, laps: 0 } });
	});

	it('a reload goes on with the test where it was, at the time it is now', () => {
		const first = walking();
		first.wait(25 * S);
		first.t.turn();
		first.wait(30 * S);
		first.t.turn();
		// The page is gone for 20 s, then opened again.
		first.clock.t += 20 * S;
		const again = new CorridorTest(first.ports);
		expect(again.step).toBe('walking');
		expect([again.courseM, again.laps.laps, again.clock.elapsedMs]).toEqual([25, 2, 75 * S]);
		// Opened after the six minutes: where did the person stop?
		first.clock.t += 400 * S;
		expect(new CorridorTest(first.ports).step).toBe('stopHere');
	});

	it('a reload during the 3-2-1 goes on counting, and the six minutes start on time', () => {
		const first = corridor();
		first.t.courseText = '25';
		first.t.setCourse();
		first.t.begin();
		first.wait(S);
		const startsAt = first.t.clock.startedAt;
		// The page is reloaded half a second later, still within the 3-2-1.
		first.clock.t += 500;
		const again = new CorridorTest(first.ports);
		expect([again.step, again.clock.countdown, again.courseM]).toEqual(['countdown', 2, 25]);
		const wait = (ms: number) => {
			const end = first.clock.t + ms;
			while (first.clock.t < end) {
				first.clock.t = Math.min(end, first.clock.t + 250);
				again.tick();
			}
		};
		wait(1500);
		expect([again.step, again.clock.startedAt]).toEqual(['walking', startsAt]);
		wait(30 * S);
		expect(again.clock.elapsedMs).toBe(30 * S);
		// Reopened long after its 3-2-1 ended, it is a test under way.
		first.clock.t += 10 * S;
		expect(new CorridorTest(first.ports).step).toBe('walking');
	});

	it('a test left for more than an hour, or a damaged one, is dropped', () => {
		const first = walking();
		first.t.turn();
		first.clock.t += 61 * 60 * S;
		const later = new CorridorTest(first.ports);
		expect([later.step, storage.length]).toEqual(['course', 0]);
		storage.setItem('legwork-draft:sixMinute', JSON.stringify({ courseM: 'long', taps: 3 }));
		expect(new CorridorTest(first.ports).step).toBe('course');
		expect(storage.length).toBe(0);
	});

	it('a result that cannot be stored says so, and keeps the test to try again', async () => {
		const { t, wait, ports } = walking({ saves: false });
		wait(361 * S);
		t.partialText = '3';
		expect(await t.finish()).toBe(false);
		expect([t.failed, t.step]).toEqual([true, 'stopHere']);
		expect(new CorridorTest(ports).step).toBe('stopHere');
	});
});
