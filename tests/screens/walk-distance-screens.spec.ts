// Distance on an ordinary walk, screen by screen, for a person to look at: the switch in
// Settings, the distance under the bout's time, and where the figures are shown afterwards.
import { mkdirSync } from 'node:fs';
import { OUT, snap } from './snap';
import { skipToSave, test } from '../e2e/fixtures';
import { onboard } from '../e2e/onboarding';

const T0 = new Date('2026-11-23T09:00:00');
const S = 1000;
const north = (m: number) => 51.5 + m / 111_195;

test('distance on a walk', async ({ page, context }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.goto('/settings');
	await page.getByTestId('measure-distance').check();
	await page.getByTestId('measure-distance').scrollIntoViewIfNeeded();
	await snap(page, 'distance-setting');
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation({ latitude: north(0), longitude: -0.1, accuracy: 8 });
	await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60 * S));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	const clear = page.getByTestId('all-clear');
	if (await clear.isVisible()) await clear.click();
	await page.getByTestId('skip-part').click();
	for (let s = 5; s <= 100; s += 5) {
		await page.clock.runFor(5 * S);
		await context.setGeolocation({ latitude: north(s), longitude: -0.1, accuracy: 8 });
	}
	await page.getByTestId('pain-started').click();
	await page.clock.runFor(5 * S);
	await context.setGeolocation({ latitude: north(105), longitude: -0.1, accuracy: 8 });
	await snap(page, 'distance-walking');
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(60 * S);
	await page.getByTestId('pain-gone').click();
	await page.getByTestId('end-early').click();
	await page.getByTestId('end-early-yes').click();
	await skipToSave(page);
	await page.clock.resume();
	await page.goto('/history');
	await snap(page, 'distance-history');
	await page.getByTestId('history-item').first().click();
	await page.getByTestId('session-pain-free-distance').waitFor();
	await snap(page, 'distance-session');
	await page.goto('/progress');
	await page.getByText('The same figures as a table').click();
	await page.getByTestId('figures-table').scrollIntoViewIfNeeded();
	await snap(page, 'distance-progress');
});
