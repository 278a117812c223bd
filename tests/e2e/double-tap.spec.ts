// A double tap on any walk action does that action once: nothing that appears or moves under the
// finger takes the second tap (35 ms and 200 ms apart, as a hurried or unsteady finger makes).
import type { Page } from '@playwright/test';
import { eventTypes, expect, passCheck, test } from './fixtures';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

/**
 * Two taps on the spot where a control is, `gap` ms apart in the browser: sent straight to it
 * without waiting between them for the page, so a busy machine cannot stretch the gap.
 */
async function doubleTap(page: Page, testId: string, gap: number) {
	// A person reads the screen first: a control takes taps from 400 ms after it appears.
	await page.getByTestId(testId).scrollIntoViewIfNeeded();
	await page.waitForTimeout(450);
	const box = (await page.getByTestId(testId).boundingBox())!;
	const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left' as const };
	const cdp = await page.context().newCDPSession(page);
	const tap = () =>
		Promise.all([
			cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', clickCount: 1, ...at }),
			cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', clickCount: 1, ...at })
		]);
	const first = tap();
	await new Promise((resolve) => setTimeout(resolve, gap));
	await Promise.all([first, tap()]);
	await cdp.detach();
	// Anything the second tap set off has landed by now.
	await page.waitForTimeout(450);
}

/** The stored events since the last look. */
function since(page: Page) {
	let seen = 0;
	return async () => {
		const types = await eventTypes(page);
		const fresh = types.slice(seen);
		seen = types.length;
		return fresh;
	};
}

for (const gap of [35, 200]) {
	test(`a double tap ${gap} ms apart on each walk action does it once`, async ({ page }) => {
		await page.clock.install({ time: T0 });
		await page.goto('/walk');
		await page.clock.pauseAt(new Date(T0.getTime() + MIN));
		// Time flows: a paused page clock also stops the browser's own animations, which hold
		// a control that has just appeared.
		await page.clock.resume();
		const fresh = since(page);

		// Start: the check opens, and nothing on it is answered by the second tap.
		await doubleTap(page, 'start-walk', gap);
		await expect(page.getByTestId('all-clear')).toBeVisible();
		expect(await fresh()).toEqual([]);
		await passCheck(page);
		expect(await fresh()).toEqual(['started']);

		// A warm-up step on, once.
		await doubleTap(page, 'next', gap);
		await expect(page.getByTestId('step-name')).toHaveText('Calf stretch, left leg');
		expect(await fresh()).toEqual(['step']);

		// Skip the warm-up: walking, and the pain not tapped by the second tap.
		await page.clock.runFor(1000);
		await doubleTap(page, 'skip-part', gap);
		await expect(page.getByTestId('pain-started')).toBeVisible();
		expect(await fresh()).toEqual(['phaseStarted']);

		// "Stop and rest": the pain question, with no level chosen.
		await page.clock.runFor(3 * MIN);
		await doubleTap(page, 'stop-rest', gap);
		await expect(page.getByTestId('pain-question')).toBeVisible();
		expect(await fresh()).toEqual([]);

		// A pain level: resting, and the pain not marked gone.
		await doubleTap(page, 'pain-4', gap);
		await expect(page.getByTestId('rest-time')).toBeVisible();
		expect(await fresh()).toEqual(['stopped']);

		// "My pain has gone": walking again, and no pain tapped.
		await page.clock.runFor(2 * MIN);
		await doubleTap(page, 'pain-gone', gap);
		await expect(page.getByTestId('pain-started')).toBeVisible();
		expect(await fresh()).toEqual(['painGone']);

		// "End today's walk": the question, not yet answered.
		await page.clock.runFor(MIN);
		await doubleTap(page, 'end-early', gap);
		await expect(page.getByTestId('end-early-yes')).toBeVisible();
		expect(await fresh()).toEqual([]);

		// "Yes, end it": the cool-down, its first step not skipped.
		await doubleTap(page, 'end-early-yes', gap);
		await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible();
		expect(await fresh()).toEqual(['phaseStarted']);

		// "I feel unwell": the signs, none chosen.
		await page.clock.runFor(1000);
		await doubleTap(page, 'unwell', gap);
		await expect(page.getByRole('heading', { name: 'You said you feel unwell' })).toBeVisible();
		expect(await fresh()).toEqual(['paused']);

		// "I feel better": the cool-down again, nothing skipped.
		await doubleTap(page, 'feel-better', gap);
		await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible();
		expect(await fresh()).toEqual(['resumed']);

		// Skip the cool-down: the finish, with nothing saved.
		await page.clock.runFor(1000);
		await doubleTap(page, 'skip-part', gap);
		await expect(page.getByTestId('save-finish')).toBeVisible();
		expect(await fresh()).toEqual(['phaseStarted']);

		// "Save and finish": saved, and still on the saved screen, not taken to Today.
		await doubleTap(page, 'save-finish', gap);
		await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
		await expect(page).toHaveURL(/\/walk$/);
		expect(await fresh()).toEqual(['finished']);
	});
}

test('a target reached: a double tap on "Finish walking" leaves the cool-down’s first step', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await page.goto('/walk');
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(16 * MIN);
	await page.clock.resume();
	const fresh = since(page);
	await fresh();
	await doubleTap(page, 'finish-walking', 35);
	await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible();
	expect(await fresh()).toEqual(['phaseStarted']);
});
