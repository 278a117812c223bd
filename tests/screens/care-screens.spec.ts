// The care status as a person meets it after worrying moments, photographed for eyes (npm run
// screens): a dizzy spell followed from the saved walk to Today, the walk's start and the next
// week; night cramps in the diary.
import { mkdirSync } from 'node:fs';
import { passCheck, test } from '../e2e/fixtures';
import { onboard } from '../e2e/onboarding';
import { OUT, snap } from './snap';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

test('care status screens', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/diary');
	await page.getByTestId('diary-more').click();
	await page.getByLabel('Cramps that woke me at night').check();
	await page.getByTestId('save-diary').first().click();
	await page.getByTestId('diary-guidance').waitFor();
	await snap(page, 'care-diary-mention');
	await page.goto('/');
	await snap(page, 'care-today-mention');

	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(4 * MIN);
	await page.getByTestId('unwell').click();
	await page.getByTestId('sign-dizziness').click();
	await page.getByTestId('end-now').click();
	await page.getByTestId('save-finish').click();
	await page.getByTestId('care').waitFor();
	await snap(page, 'care-walk-saved-talk-first');
	await page.goto('/');
	await page.getByTestId('care').waitFor();
	await snap(page, 'care-today-talk-first');
	await page.goto('/walk');
	await page.getByTestId('care').waitFor();
	await snap(page, 'care-walk-start-talk-first');
	await page.clock.fastForward(7 * 24 * 60 * MIN);
	await page.goto('/');
	await page.getByTestId('care').waitFor();
	await snap(page, 'care-today-next-week');
	await page.goto('/review');
	await page.getByTestId('review-ended-early').waitFor();
	await snap(page, 'care-review-after-warnings');
	await page.goto('/learn/get-help');
	await snap(page, 'care-learn-get-help');
});
