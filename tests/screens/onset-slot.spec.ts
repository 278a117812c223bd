// The walking screen once the pain has started (npm run screens): the pain's time in the place
// of "Leg pain started", and "Stop and rest" where it was.
import { mkdirSync } from 'node:fs';
import { passCheck, test } from '../e2e/fixtures';
import { onboard } from '../e2e/onboarding';
import { OUT, snap } from './snap';

const T0 = new Date('2026-11-23T09:00:00');

test('walking after the pain started', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(3 * 60_000);
	await page.getByTestId('pain-started').click();
	await page.getByTestId('onset').waitFor();
	await snap(page, 'walking-after-onset');
});
