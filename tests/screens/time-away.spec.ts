// The questions after time away (npm run screens): a clock two hours on while resting, and a
// clock gone back; and the message in a tab whose walk ended in another.
import { mkdirSync } from 'node:fs';
import { expect, passCheck, test } from '../e2e/fixtures';
import { onboard } from '../e2e/onboarding';
import { OUT, snap } from './snap';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

test('still resting? and the clock changed', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(3 * MIN);
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(4 * MIN);
	for (const [name, by] of [
		['away-still-resting', 120],
		['away-clock-back', -180]
	] as const) {
		const time = await page.evaluate(() => Date.now());
		await page.evaluate(() => window.location.replace('about:blank'));
		await page.waitForURL('about:blank');
		await page.clock.setSystemTime(new Date(time + by * MIN));
		await page.goto('/walk');
		await expect(page.getByTestId('away-carry-on')).toBeVisible();
		await snap(page, name);
	}
});

test('a walk ended in another tab', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	const other = await page.context().newPage();
	await other.goto('/walk');
	await other.getByTestId('unwell').click();
	await other.getByRole('button', { name: 'End the walk now' }).click();
	await other.getByTestId('save-finish').click();
	await expect(page.getByTestId('elsewhere')).toBeVisible();
	await snap(page, 'walk-ended-elsewhere');
});
