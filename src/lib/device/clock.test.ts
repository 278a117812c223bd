import { describe, expect, it } from 'vitest';
import { FlowingClock } from './clock';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const MIN = 60_000;

function fake() {
	let wall = T0;
	let mono = 1000;
	const clock = new FlowingClock({ wall: () => wall, mono: () => mono });
	return {
		clock,
		pass(ms: number) {
			wall += ms;
			mono += ms;
		},
		jumpWall(ms: number) {
			wall += ms;
		}
	};
}

describe('the app clock', () => {
	it('starts at the wall clock and flows with it', () => {
		const f = fake();
		expect(f.clock.now()).toBe(T0);
		f.pass(5 * MIN);
		expect(f.clock.now()).toBe(T0 + 5 * MIN);
	});

	it('keeps flowing when the wall clock jumps back an hour', () => {
		const f = fake();
		f.clock.now();
		f.pass(3 * MIN);
		f.jumpWall(-60 * MIN);
		expect(f.clock.now()).toBe(T0 + 3 * MIN);
		f.pass(2 * MIN);
		expect(f.clock.now()).toBe(T0 + 5 * MIN);
	});

	it('does not leap when the wall clock jumps forward an hour while the page is seen', () => {
		const f = fake();
		f.clock.now();
		f.pass(3 * MIN);
		f.jumpWall(60 * MIN);
		expect(f.clock.now()).toBe(T0 + 3 * MIN);
	});

	it('catches up after the page was hidden and the device slept', () => {
		const f = fake();
		f.clock.now();
		f.clock.hidden();
		// Asleep for 10 minutes: the monotonic clock stood still.
		f.jumpWall(10 * MIN);
		expect(f.clock.now()).toBe(T0 + 10 * MIN);
		// Seen again: a later jump is not trusted.
		f.jumpWall(60 * MIN);
		expect(f.clock.now()).toBe(T0 + 10 * MIN);
	});
});
