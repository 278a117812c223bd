import { describe, expect, it } from 'vitest';
import { Steps } from './steps.svelte';

/** A paint the test lets happen: each call waits until `paint()` is called. */
function frames() {
	const waiting: (() => void)[] = [];
	return {
		painted: () => new Promise<void>((resolve) => waiting.push(resolve)),
		waiting: () => waiting.length,
		async paint() {
			waiting.shift()?.();
			// Let the step after the paint run.
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	};
}

describe('Steps: a long page drawn a part at a time', () => {
	it('draws nothing more until the page has begun', async () => {
		const f = frames();
		const steps = new Steps(3, f.painted);
		await f.paint();
		expect(steps.shown).toBe(0);
		expect(f.waiting()).toBe(0);
		expect(steps.done).toBe(false);
	});

	it('draws one part after each paint, to the last, and no further', async () => {
		const f = frames();
		const steps = new Steps(3, f.painted);
		steps.begin();
		expect(steps.shown).toBe(0);
		await f.paint();
		expect(steps.shown).toBe(1);
		await f.paint();
		expect(steps.shown).toBe(2);
		expect(steps.done).toBe(false);
		await f.paint();
		expect(steps.shown).toBe(3);
		expect(steps.done).toBe(true);
		// Nothing waits for another paint once every part is drawn.
		expect(f.waiting()).toBe(0);
	});

	it('work for the first part is done after a paint of its own, before the part is drawn', async () => {
		const f = frames();
		const steps = new Steps(2, f.painted);
		const seen: number[] = [];
		steps.begin({ first: () => seen.push(steps.shown) });
		expect(seen).toEqual([]);
		await f.paint();
		expect(seen).toEqual([0]);
		expect(steps.shown).toBe(0);
		await f.paint();
		expect(steps.shown).toBe(1);
		await f.paint();
		expect(steps.shown).toBe(2);
		expect(seen).toEqual([0]);
	});

	it('begun again, it still steps one part per paint', async () => {
		const f = frames();
		const steps = new Steps(2, f.painted);
		steps.begin();
		steps.begin();
		expect(f.waiting()).toBe(1);
		await f.paint();
		steps.begin();
		expect(steps.shown).toBe(1);
		expect(f.waiting()).toBe(1);
	});

	it('with little to draw, every part comes at once, without waiting for a paint', () => {
		const f = frames();
		const steps = new Steps(4, f.painted);
		steps.begin({ all: true });
		expect(steps.shown).toBe(4);
		expect(steps.done).toBe(true);
		expect(f.waiting()).toBe(0);
	});

	it('before printing, every part comes at once, and a paint after it adds nothing', async () => {
		const f = frames();
		const steps = new Steps(4, f.painted);
		steps.begin();
		await f.paint();
		expect(steps.shown).toBe(1);
		steps.all();
		expect(steps.shown).toBe(4);
		await f.paint();
		expect(steps.shown).toBe(4);
		expect(f.waiting()).toBe(0);
	});

	it('a page of one more part (Progress) shows it after one paint', async () => {
		const f = frames();
		const steps = new Steps(1, f.painted);
		steps.begin();
		expect(steps.done).toBe(false);
		await f.paint();
		expect(steps.done).toBe(true);
	});
});
