// Time across loads: a page that opens on a walk under way after the clock moved far on, or went
// back, asks about the time instead of believing it, and stores no warning until the answer.
import type { Page } from '@playwright/test';
import { eventTypes, expect, passCheck, test } from './fixtures';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

async function walkingFor(page: Page, minutes: number) {
	await page.clock.install({ time: T0 });
	await page.goto('/walk');
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(minutes * MIN);
	await expect(page.getByTestId('bout-time')).toHaveText(`${minutes}:00`);
}

async function restingFor(page: Page, minutes: number) {
	await walkingFor(page, 3);
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(minutes * MIN);
	await expect(page.getByTestId('rest-time')).toHaveText(`${minutes}:00`);
}

/** The phone's clock changed while the tab was gone; then the page opens again. */
async function reloadAfterClockChange(page: Page, byMinutes: number) {
	const time = await page.evaluate(() => Date.now());
	// The tab is gone first; then the wall clock alone moves, and the app opens again.
	await page.evaluate(() => window.location.replace('about:blank'));
	await page.waitForURL('about:blank');
	await page.clock.setSystemTime(new Date(time + byMinutes * MIN));
	await page.goto('/walk');
}

test('a clock two hours on while resting: asked, and "I rested about 4 minutes" goes on from 4:00', async ({
	page
}) => {
	await restingFor(page, 4);
	await reloadAfterClockChange(page, 120);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Are you still resting?' })
	).toBeVisible();
	await expect(page.getByTestId('away-since')).toHaveText(
		'It is 2\u00a0hours 4\u00a0minutes since you stopped.'
	);
	await expect(page.getByTestId('unwell')).toBeVisible();
	// Nothing concluded from the time not yet confirmed: no warning shown or stored.
	await page.clock.runFor(5000);
	expect(await eventTypes(page)).not.toContain('warning');
	await page.getByTestId('away-carry-on').click();
	await expect(page.getByTestId('away-carry-on')).toHaveCount(0);
	await expect(page.getByTestId('rest-time')).toHaveText('4:00');
	await expect(page.getByTestId('rest-help')).toBeVisible();
	await page.clock.runFor(MIN);
	await expect(page.getByTestId('rest-time')).toHaveText('5:00');
	expect(await eventTypes(page)).not.toContain('warning');
	// Asked once: a reload now opens on the rest.
	await page.reload();
	await expect(page.getByTestId('rest-time')).toHaveText('5:00');
});

test('a clock two hours on while resting: "Yes, I am still resting" counts it all, and warns then', async ({
	page
}) => {
	await restingFor(page, 4);
	await reloadAfterClockChange(page, 120);
	await expect(page.getByTestId('away-carry-on')).toHaveText('I rested about 4\u00a0minutes');
	await page.getByTestId('away-still').click();
	await expect(page.getByTestId('rest-time')).toHaveText('2:04:00');
	await expect(page.getByTestId('rest-warning')).toBeVisible();
	await expect.poll(() => eventTypes(page)).toContain('warning');
});

test('a clock an hour on while walking: "I walked about 4 minutes" goes on from 4:00', async ({
	page
}) => {
	await walkingFor(page, 4);
	await reloadAfterClockChange(page, 60);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Are you still walking?' })
	).toBeVisible();
	await expect(page.getByTestId('away-since')).toHaveText(
		'It is 1\u00a0hour 4\u00a0minutes since you started walking.'
	);
	await page.getByTestId('away-carry-on').click();
	await expect(page.getByTestId('bout-time')).toHaveText('4:00');
	await page.clock.runFor(MIN);
	await expect(page.getByTestId('bout-time')).toHaveText('5:00');
});

test('a clock gone back an hour while resting: asked, then the rest flows on from 4:00', async ({
	page
}) => {
	await restingFor(page, 4);
	await reloadAfterClockChange(page, -60);
	await expect(
		page.getByRole('heading', { level: 1, name: 'The phone’s clock has changed' })
	).toBeVisible();
	await expect(page.getByTestId('away-still')).toHaveCount(0);
	// The one answer, and no "Undo" of a tap from before the change beside it.
	await expect(page.getByTestId('undo')).toHaveCount(0);
	await page.getByTestId('away-carry-on').click();
	await expect(page.getByTestId('rest-time')).toHaveText('4:00');
	await page.clock.runFor(2 * MIN);
	await expect(page.getByTestId('rest-time')).toHaveText('6:00');
	// Taps carry the clock's time now: the pain gone, a new bout that counts.
	await page.getByTestId('pain-gone').click();
	await page.clock.runFor(MIN);
	await expect(page.getByTestId('bout-time')).toHaveText('1:00');
	expect(await eventTypes(page)).not.toContain('warning');
});

test('a clock gone back an hour while walking: the walk goes on from where it was', async ({
	page
}) => {
	await walkingFor(page, 4);
	await reloadAfterClockChange(page, -60);
	await expect(page.getByTestId('away-since')).toHaveText(
		'Legwork cannot tell how long it has been. When it was last open, you had walked 4\u00a0minutes.'
	);
	await page.getByTestId('away-carry-on').click();
	await expect(page.getByTestId('bout-time')).toHaveText('4:00');
	await page.clock.runFor(MIN);
	await expect(page.getByTestId('bout-time')).toHaveText('5:00');
	await page.getByTestId('pain-started').click();
	await expect(page.getByTestId('onset')).toHaveText('Pain started after 5\u00a0minutes');
});
