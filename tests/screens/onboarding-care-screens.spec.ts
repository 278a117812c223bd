// Before the start and at the check before a walk, photographed for eyes (npm run screens): a
// heart question with "which is closest?", the outcomes for a symptom now, in the past, and one
// that only asks for a mention; the check before a walk after a tick; the report's advice.
import { mkdirSync } from 'node:fs';
import { passCheck, test } from '../e2e/fixtures';
import { answerSafety, chooseLegsAndDays } from '../e2e/onboarding';
import { OUT, snap } from './snap';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

test('onboarding and check screens', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await page.goto('/start');
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByTestId('q-chestPain').getByLabel('Yes').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await snap(page, 'onboarding-heart-when-error');

	await page.goto('/start');
	await answerSafety(page, ['chestPain'], { chestPain: 'newOrWorse' });
	await snap(page, 'onboarding-outcome-heart-past');
	await page.goto('/start');
	await answerSafety(page, ['chestPain'], { chestPain: 'now' });
	await snap(page, 'onboarding-outcome-heart-now');
	await page.goto('/start');
	await answerSafety(page, ['routineChange']);
	await snap(page, 'onboarding-outcome-mention');
	await page.getByRole('button', { name: 'Continue' }).click();
	await chooseLegsAndDays(page);
	await page.getByTestId('baseline-skip').click();
	await page.getByTestId('go-today').click();
	await page.getByTestId('care').waitFor();
	await snap(page, 'today-after-onboarding-mention');

	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await page.getByTestId('check-chestOrBreath').check();
	await page.getByTestId('check-continue').click();
	await page.getByTestId('care').waitFor();
	await snap(page, 'walk-check-chest-since-last-walk');
	await page.getByTestId('checked-can-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(4 * MIN);
	await page.getByTestId('unwell').click();
	await page.getByTestId('sign-dizziness').click();
	await page.getByTestId('end-now').click();
	await page.getByTestId('save-finish').click();
	await page.getByTestId('care').waitFor();
	await page.goto('/report');
	await page.getByTestId('report-advice').scrollIntoViewIfNeeded();
	await snap(page, 'report-advice');
});
