// Two tabs on one walk: each follows the walk's state within a second, and a tap in a tab whose
// walk has ended stores nothing.
import type { Page } from '@playwright/test';
import { eventTypes, expect, passCheck, test } from './fixtures';

/** Taps of the same kind closer than a second count as one (a double tap): wait past it. */
async function tapAfterPause(page: Page, testId: string) {
	await page.waitForTimeout(1100);
	await page.getByTestId(testId).click();
}

async function twoTabsOnOneWalk(page: Page): Promise<Page> {
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await expect(page.getByTestId('pain-started')).toBeVisible();
	const other = await page.context().newPage();
	await other.goto('/walk');
	await expect(other.getByTestId('pain-started')).toBeVisible();
	return other;
}

test('a walk ended early and saved in one tab: the other follows within a second', async ({
	page
}) => {
	const other = await twoTabsOnOneWalk(page);
	await tapAfterPause(other, 'end-early');
	await other.getByTestId('end-early-yes').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible({
		timeout: 1000
	});
	await tapAfterPause(other, 'skip-part');
	await expect(other.getByTestId('save-finish')).toBeVisible();
	await expect(page.getByTestId('save-finish')).toBeVisible({ timeout: 1000 });
	await other.getByTestId('save-finish').click();
	await expect(other.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible({
		timeout: 1000
	});
	await expect(page.getByTestId('elsewhere')).toHaveText(
		'This walk was ended in another tab or window of Legwork.'
	);
	await expect(other.getByTestId('elsewhere')).toHaveCount(0);
});

test('a walk ended for feeling unwell in one tab: the other follows within a second', async ({
	page
}) => {
	const other = await twoTabsOnOneWalk(page);
	await other.getByTestId('unwell').click();
	await expect(page.getByRole('heading', { name: 'You said you feel unwell' })).toBeVisible({
		timeout: 1000
	});
	await other.getByRole('button', { name: 'End the walk now' }).click();
	await expect(other.getByTestId('save-finish')).toBeVisible();
	await expect(page.getByTestId('save-finish')).toBeVisible({ timeout: 1000 });
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await expect(other.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible({
		timeout: 1000
	});
	expect((await eventTypes(page)).filter((t) => t === 'finished')).toHaveLength(1);
});

test('a tap in a tab that missed the end of its walk is refused with a message and stores nothing', async ({
	page
}) => {
	// This tab hears nothing from the others, as a tab that was asleep when the walk ended.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
	});
	const other = await twoTabsOnOneWalk(page);
	await tapAfterPause(other, 'end-early');
	await other.getByTestId('end-early-yes').click();
	await tapAfterPause(other, 'skip-part');
	await other.getByTestId('save-finish').click();
	await expect(other.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	// Still the walking screen here: the tap is refused, said so, and the walk shown as it is.
	await expect(page.getByTestId('pain-started')).toBeVisible();
	await page.getByTestId('pain-started').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await expect(page.getByTestId('elsewhere')).toHaveText(
		'That tap was not recorded: this walk had already ended in another tab or window of Legwork.'
	);
	expect(await eventTypes(page)).not.toContain('painOnset');
});
