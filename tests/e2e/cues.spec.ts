// Speech, tone, vibration and wake lock during a walk: extras with an off switch each. Headless
// Chromium has no voices, so the browser APIs are stubbed and their calls counted.
import type { Page } from '@playwright/test';
import { expect, passCheck, test } from './fixtures';

interface Counted {
	spoken: string[];
	vibrations: number;
	tones: number;
	wakeLocks: number;
}

async function stubCues(page: Page) {
	await page.addInitScript(() => {
		const counted = { spoken: [] as string[], vibrations: 0, tones: 0, wakeLocks: 0 };
		Object.assign(window, { counted });
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				speak: (u: { text: string }) => counted.spoken.push(u.text),
				cancel: () => {},
				getVoices: () => []
			}
		});
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			configurable: true,
			value: class {
				constructor(public text: string) {}
			}
		});
		Object.defineProperty(navigator, 'vibrate', {
			configurable: true,
			value: () => {
				counted.vibrations++;
				return true;
			}
		});
		const node = { connect: (next: unknown) => next };
		Object.defineProperty(window, 'AudioContext', {
			configurable: true,
			value: class {
				currentTime = 0;
				destination = {};
				createOscillator() {
					return { ...node, frequency: { value: 0 }, start: () => counted.tones++, stop: () => {} };
				}
				createGain() {
					return {
						...node,
						gain: { setValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} }
					};
				}
			}
		});
		Object.defineProperty(navigator, 'wakeLock', {
			configurable: true,
			value: {
				request: async () => {
					counted.wakeLocks++;
					return { release: async () => {} };
				}
			}
		});
	});
}

const counted = (page: Page) =>
	page.evaluate(() => (window as unknown as { counted: Counted }).counted);

async function startWalk(page: Page) {
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await page.goto('/walk');
	await page.clock.pauseAt(new Date('2026-11-23T09:01:00'));
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Warm-up' })).toBeVisible();
}

test('each phase change and countdown end is spoken, beeped and felt; the screen stays on', async ({
	page
}) => {
	await stubCues(page);
	await startWalk(page);
	await expect
		.poll(() => counted(page))
		.toEqual({
			spoken: ['Warm-up'],
			vibrations: 1,
			tones: 1,
			wakeLocks: 1
		});
	// The same words reach a screen reader through a live region that is always on the page.
	const announcer = page.getByTestId('walk-announcer');
	await expect(announcer).toHaveAttribute('aria-live', 'polite');
	await expect(announcer).toHaveText('Warm-up');
	await page.clock.runFor(5 * 60_000);
	await expect.poll(async () => (await counted(page)).spoken).toEqual(['Warm-up', 'Time is up.']);
	await expect(announcer).toHaveText('Time is up.');
	// Coming back into view asks for the wake lock again.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect.poll(async () => (await counted(page)).wakeLocks).toBe(2);
});

test('speech and vibration each have an off switch; the screen shows the same', async ({
	page
}) => {
	await stubCues(page);
	await page.goto('/settings');
	await page.getByTestId('cue-speech').uncheck();
	await expect(page.getByTestId('saved')).toBeVisible();
	await page.getByTestId('cue-vibration').uncheck();
	await startWalk(page);
	await expect(page.getByTestId('step-name')).toHaveText('Walk slowly');
	await expect.poll(async () => (await counted(page)).tones).toBe(1);
	expect(await counted(page)).toMatchObject({ spoken: [], vibrations: 0 });
	// Speech off does not silence a screen reader: the live region still says it.
	await expect(page.getByTestId('walk-announcer')).toHaveText('Warm-up');
});

test('the beep has an off switch too', async ({ page }) => {
	await stubCues(page);
	await page.goto('/settings');
	await page.getByTestId('cue-sound').uncheck();
	await expect(page.getByTestId('saved')).toBeVisible();
	await startWalk(page);
	await expect.poll(async () => (await counted(page)).spoken).toEqual(['Warm-up']);
	expect(await counted(page)).toMatchObject({ tones: 0, vibrations: 1 });
});

test('opening a walk already under way does not repeat what has passed', async ({ page }) => {
	await stubCues(page);
	await startWalk(page);
	await page.reload();
	await expect(page.getByTestId('step-name')).toHaveText('Walk slowly');
	await page.clock.runFor(2000);
	expect((await counted(page)).spoken).toEqual([]);
});
