// The program's rules as a person meets them: what counts, and what is said about their pain.
import type { Page } from '@playwright/test';
import { expect, passCheck, test } from './fixtures';
import { onboard } from './onboarding';

// A Monday morning.
const MONDAY = new Date('2026-11-23T09:00:00');
const DAY = 24 * 60 * 60_000;

/** The warm-up or cool-down skipped in one tap: the rules tested here count walking only. */
async function skipWarmUpOrCoolDown(page: Page) {
	await page.getByTestId('skip-part').click();
}

async function stopAt(page: Page, level: number) {
	await page.getByTestId('stop-rest').click();
	await page.getByTestId(`pain-${level}`).click();
}

async function startWalk(page: Page) {
	// The paused clock holds client-side navigation; open the walk page directly, as Start does.
	await page.goto('/');
	await expect(page.getByTestId('start')).toHaveAttribute('href', '/walk');
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await skipWarmUpOrCoolDown(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
}

/** From Today: three 9-minute bouts, each stopped at moderate pain, never tapping onset. */
async function walkWithoutOnsetTaps(page: Page) {
	await startWalk(page);
	for (let bout = 0; bout < 3; bout++) {
		await page.clock.runFor(9 * 60_000);
		await stopAt(page, 4);
		await page.clock.runFor(3 * 60_000);
		await page.getByTestId('pain-gone').click();
	}
	await page.clock.runFor(4 * 60_000);
	await page.getByTestId('finish-walking').click();
	await skipWarmUpOrCoolDown(page);
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { name: 'Walk saved' })).toBeVisible();
	await expect(page.getByTestId('summary-onset')).toHaveText('No pain recorded');
}

test('a PAD walker who never taps "Leg pain started" is told nothing about when pain comes, and the target still rises', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	// A 22-minute clinic walk starts the program at 30 minutes, where the hold rule can apply.
	await onboard(page, 'pad', { clinic: { onsetMin: '5', maxMin: '22' } });
	await expect(page.getByTestId('target')).toHaveText('30 minutes of walking');
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 60_000));

	await walkWithoutOnsetTaps(page);
	await page.clock.fastForward(2 * DAY);
	await walkWithoutOnsetTaps(page);
	await page.clock.fastForward(2 * DAY);
	await walkWithoutOnsetTaps(page);
	await page.goto('/');
	await expect(page.getByTestId('week-progress')).toHaveText('3 of 3 walks done this week');

	// The next Monday: week 2 adds 5 minutes; nothing is said about the pain coming later.
	await page.clock.fastForward(3 * DAY);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Week 2 of the program' })).toBeVisible();
	await expect(page.getByTestId('target')).toHaveText('35 minutes of walking');
	await expect(page.getByText('35 min this week: you did all 3 walks last week.')).toBeVisible();
	await expect(page.locator('main')).not.toContainText('comes later');
	await expect(page.locator('main')).not.toContainText('came late');
	await expect(page.locator('main')).not.toContainText('faster');
	await page.goto('/plan');
	await expect(page.getByTestId('plan-week').nth(2)).toContainText('40 min');
});

test('a walk ended early counts only if the person says so; one ended by "I feel unwell" is stopped early', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page, 'pad');
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 60_000));

	// Monday: 4 minutes of a 15-minute target, ended early and counted by the person.
	await startWalk(page);
	await page.clock.runFor(4 * 60_000);
	await page.getByTestId('end-early').click();
	await expect(
		page.getByText('End today’s walk now? What you have walked is saved.')
	).toBeVisible();
	await page.getByTestId('end-early-yes').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible();
	await skipWarmUpOrCoolDown(page);
	await page.getByTestId('did-session').check();
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { name: 'Walk saved' })).toBeVisible();
	await expect(page.getByTestId('counted')).toBeHidden();
	await page.goto('/');
	await expect(page.getByTestId('week-progress')).toHaveText('1 of 3 walks done this week');
	await expect(page.getByTestId('done-today')).toBeVisible();

	// Wednesday: 3 minutes, ended early and not counted: Wednesday's walk is still to do.
	await page.clock.fastForward(2 * DAY);
	await startWalk(page);
	await page.clock.runFor(3 * 60_000);
	await page.getByTestId('end-early').click();
	await page.getByTestId('end-early-yes').click();
	await skipWarmUpOrCoolDown(page);
	await page.getByTestId('save-finish').click();
	await expect(page.getByTestId('counted')).toContainText('does not count as today’s session');
	await page.goto('/');
	await expect(page.getByTestId('week-progress')).toHaveText('1 of 3 walks done this week');
	await expect(page.getByTestId('short-today')).toContainText('You walked 3 minutes today');
	await expect(page.getByTestId('start')).toBeVisible();

	// Then, later that day, 9 minutes and "I feel unwell", ended: stopped early, no more walking today.
	await startWalk(page);
	await page.clock.runFor(9 * 60_000);
	await page.getByTestId('unwell').click();
	await page.getByRole('button', { name: 'End the walk now' }).click();
	await page.getByTestId('save-finish').click();
	await expect(page.getByTestId('counted')).toContainText('saved as stopped early');
	await page.goto('/');
	await expect(page.getByTestId('week-progress')).toHaveText('1 of 3 walks done this week');
	await expect(page.getByTestId('attempted-today')).toBeVisible();
	await expect(page.getByTestId('start')).toHaveCount(0);
	await expect(page.locator('li[data-status="attempted"]')).toContainText('Stopped early');
	await page.goto('/progress');
	await expect(page.getByTestId('adherence-week')).toHaveText('This week: 1 of 3 sessions done');
});
