// Every screen a person meets, photographed in five ways, for a person to look at. No assertion
// beyond reaching each screen: this is for eyes, not for CI.
import { mkdirSync } from 'node:fs';
import { OUT, snap } from './snap';
import { passCheck, test } from '../e2e/fixtures';
import { answerSafety, onboard } from '../e2e/onboarding';
import { learnPages } from '../../src/lib/learn-list';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

test('every screen', async ({ page }) => {
	mkdirSync(OUT, { recursive: true });
	await page.clock.install({ time: T0 });
	await page.goto('/');
	await snap(page, 'today-welcome');
	for (const path of ['/learn', '/progress', '/history', '/settings', '/data']) {
		await page.goto(path);
		await snap(page, `empty${path.replace('/', '-')}`);
	}
	// Every Learn page, each with what it shows besides words.
	for (const { topic } of learnPages()) {
		await page.goto(`/learn/${topic}`);
		await snap(page, `learn-${topic}`);
	}

	// Onboarding, page by page.
	await page.goto('/start');
	await snap(page, 'onboarding-about');
	await page.getByRole('button', { name: 'Continue' }).click();
	await snap(page, 'onboarding-question');
	await page.getByRole('button', { name: 'Continue' }).click();
	await snap(page, 'onboarding-question-error');
	await page.goto('/start');
	await answerSafety(page, ['restPainOrSore', 'chestPain'], { chestPain: 'now' });
	await snap(page, 'onboarding-outcome');
	await page.goto('/start');
	await answerSafety(page);
	await snap(page, 'onboarding-legs');
	await page.getByLabel('Both legs').check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByLabel(/Poor circulation/).check();
	await snap(page, 'onboarding-diagnosis');
	await page.getByRole('button', { name: 'Continue' }).click();
	await snap(page, 'onboarding-days');
	await page.getByRole('button', { name: 'Continue' }).click();
	await snap(page, 'onboarding-contacts');
	await page.getByRole('button', { name: 'Continue' }).click();
	await snap(page, 'onboarding-baseline');
	await page.getByTestId('baseline-walk').click();
	await snap(page, 'walk-test-ready');
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.getByTestId('test-start').click();
	await page.clock.runFor(2 * MIN);
	await snap(page, 'walk-test-running');
	await page.getByTestId('test-onset').click();
	await page.clock.runFor(MIN);
	await page.getByTestId('test-stop').click();
	await snap(page, 'walk-test-result');
	await page.getByTestId('use-result').click();
	await snap(page, 'onboarding-ready');
	await page.getByTestId('go-today').click();
	await snap(page, 'today-planned');

	// A whole walk.
	await page.goto('/walk');
	await snap(page, 'walk-ready');
	await page.getByTestId('start-walk').click();
	await snap(page, 'walk-pre-walk-check');
	await passCheck(page);
	await snap(page, 'walk-warmup-step');
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(3 * MIN);
	await snap(page, 'walk-walking');
	await page.getByTestId('pain-started').click();
	await page.clock.runFor(2 * MIN);
	await snap(page, 'walk-walking-after-onset');
	await page.getByTestId('stop-rest').click();
	await snap(page, 'walk-pain-question');
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(3 * MIN);
	await snap(page, 'walk-resting');
	await page.getByTestId('end-early').click();
	await snap(page, 'walk-end-early-question');
	await page.getByRole('button', { name: 'No, keep going' }).click();
	await page.clock.runFor(9 * MIN);
	await snap(page, 'walk-long-rest');
	await page.getByTestId('pain-gone').click();
	await page.clock.runFor(MIN);
	await page.getByTestId('unwell').click();
	await snap(page, 'walk-unwell');
	await page.getByTestId('sign-dizziness').click();
	await snap(page, 'walk-unwell-dizzy');
	await page.getByRole('button', { name: /carry on/ }).click();
	await page.clock.runFor(12 * MIN);
	await snap(page, 'walk-target-reached');
	await page.getByTestId('finish-walking').click();
	await page.clock.runFor(1000);
	await page.getByTestId('skip-part').click();
	await snap(page, 'walk-finish');
	await page.getByTestId('save-finish').click();
	await snap(page, 'walk-saved');
	await page.goto('/');
	await snap(page, 'today-done');
	for (const path of ['/plan', '/progress', '/history', '/settings', '/data']) {
		await page.goto(path);
		await snap(page, `with-data${path.replace('/', '-')}`);
	}

	// A walk added by hand, a session, its edit, the report, and the next week's review.
	await page.clock.resume();
	await page.goto('/history/add');
	await snap(page, 'history-add');
	await page.getByTestId('manual-active').fill('lots');
	await page.getByTestId('save-manual').click();
	await snap(page, 'history-add-error');
	await page.getByTestId('manual-date').fill('2026-11-22');
	await page.getByTestId('manual-active').fill('18');
	await page.getByTestId('manual-onset').fill('3:30');
	await page.getByTestId('manual-rests').fill('2');
	await page.getByTestId('manual-restTime').fill('5');
	await page.getByTestId('save-manual').click();
	await page.getByTestId('session-active').waitFor();
	await snap(page, 'session-manual');
	await page.goto('/history');
	await snap(page, 'history-two');
	await page.getByTestId('history-item').first().getByRole('link').click();
	await page.getByTestId('session-active').waitFor();
	await snap(page, 'session');
	await page.getByTestId('edit-session').click();
	await snap(page, 'session-edit');
	await page.goto('/progress');
	await page.getByTestId('chart-walking').scrollIntoViewIfNeeded();
	await page.getByTestId('chart-walking').and(page.locator('[data-drawn="true"]')).waitFor();
	await page.evaluate(() => window.scrollTo(0, 0));
	await snap(page, 'progress-two-weeks');
	await page.goto('/report');
	await snap(page, 'report');
	await page.clock.fastForward(7 * 24 * 60 * MIN);
	await page.goto('/');
	await snap(page, 'today-review-prompt');
	await page.goto('/review');
	await snap(page, 'review');
	await onboard(page, 'vein');
	await snap(page, 'today-vein-day');
	await page.goto('/diary');
	await snap(page, 'diary');
	await page.getByTestId('heaviness-4').check();
	await page.getByTestId('diary-more').click();
	await page.getByTestId('swelling-mild').check();
	await page.getByTestId('swelling-side-left').check();
	await snap(page, 'diary-details');
	await page.getByTestId('save-diary').first().click();
	await page.getByTestId('diary-saved').waitFor();
	await page.evaluate(() => window.scrollTo(0, 0));
	await snap(page, 'diary-guidance');
	await page.goto('/raise');
	await snap(page, 'raise');
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await page.clock.runFor(2 * MIN);
	await snap(page, 'vein-walking');
});
