// Figures that say what they count (npm run screens): a walk added by hand, Progress this week
// so far, History's counts, the report's details form and its advice and counts.
import { mkdirSync } from 'node:fs';
import { test } from '../e2e/fixtures';
import { onboard } from '../e2e/onboarding';
import { OUT, snap } from './snap';

const T0 = new Date('2026-11-23T09:00:00');

test('figures screens', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.fastForward(3 * 24 * 60 * 60_000);
	await page.goto('/history/add');
	await page.getByTestId('manual-date').fill('2026-11-25');
	await page.getByTestId('manual-time').fill('08:00');
	await page.getByTestId('manual-active').fill('20');
	await page.getByTestId('manual-rests').fill('2');
	await page.getByTestId('manual-restTime').fill('4');
	await page.getByTestId('save-manual').click();
	await page.getByTestId('added-by-hand').waitFor();
	await snap(page, 'walk-added-by-hand');
	await page.goto('/progress');
	await page.getByTestId('stat-walking').waitFor();
	await snap(page, 'progress-so-far');
	await page.goto('/history');
	await page.getByTestId('history-counts').waitFor();
	await snap(page, 'history-counts');
	await page.goto('/report');
	await page.getByTestId('report-details-form').waitFor();
	await page.getByTestId('details-born').fill('2030-01-01');
	await page.getByTestId('save-details').click();
	await snap(page, 'report-details-error');
});
