// The keyboard alone: a whole walk and a restore, reaching every control with Tab and using it
// with Enter or Space, as a person with a switch or a keyboard (and no pointer) would.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';
import { onboard } from './onboarding';

const T0 = new Date('2026-11-23T09:00:00');
const MIN = 60_000;

/** Tabs forward until the control is focused (never clicking), then presses the key. */
async function keyTo(page: Page, testId: string, key = 'Enter') {
	const target = page.getByTestId(testId).first();
	await expect(target).toBeVisible();
	for (let i = 0; i < 80; i++) {
		const focused = await page.evaluate(
			() => document.activeElement?.getAttribute('data-testid') ?? null
		);
		if (focused === testId) {
			await page.keyboard.press(key);
			return;
		}
		await page.keyboard.press('Tab');
	}
	throw new Error(`${testId} was not reached with Tab`);
}

test('a whole walk with the keyboard alone', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await onboard(page);
	await page.clock.pauseAt(new Date(T0.getTime() + MIN));
	await page.goto('/walk');
	await keyTo(page, 'start-walk');
	await keyTo(page, 'all-clear');
	await expect(page.getByRole('heading', { level: 1, name: 'Warm-up' })).toBeVisible();
	await keyTo(page, 'skip-part');
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
	await page.clock.runFor(3 * MIN);
	await keyTo(page, 'pain-started');
	await page.clock.runFor(3 * MIN);
	await keyTo(page, 'stop-rest');
	await keyTo(page, 'pain-4', 'Space');
	await page.clock.runFor(2 * MIN);
	await keyTo(page, 'pain-gone');
	await page.clock.runFor(10 * MIN);
	await keyTo(page, 'finish-walking');
	await expect(page.getByRole('heading', { level: 1, name: 'Cool-down' })).toBeVisible();
	await page.clock.runFor(1000);
	await keyTo(page, 'skip-part');
	await expect(page.getByRole('heading', { level: 1, name: 'Well done' })).toBeVisible();
	await keyTo(page, 'save-finish');
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	const sessions = await readTable<{ status: string; summary: { activeWalkingMs: number } }>(
		page,
		'sessions'
	);
	expect(sessions[0]).toMatchObject({ status: 'finished', summary: { activeWalkingMs: 16 * MIN } });
});

test('a backup restored with the keyboard alone', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.goto('/data');
	const chooser = page.waitForEvent('filechooser');
	await keyTo(page, 'backup-file', 'Space');
	await (await chooser).setFiles('docs/examples/backup-v4.json');
	await expect(page.getByTestId('backup-contents')).toContainText('This file holds 2 walks');
	await keyTo(page, 'replace');
	await expect(page.getByTestId('restored')).toBeVisible();
	const file = JSON.parse(readFileSync('docs/examples/backup-v4.json', 'utf8'));
	expect(await readTable(page, 'sessions')).toHaveLength(file.tables.sessions.length);
});
