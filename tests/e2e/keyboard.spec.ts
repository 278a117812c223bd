// The keyboard alone: onboarding, a whole walk and a restore, reaching every control with Tab
// (and a choice in a group with the arrow keys) and using it with Enter or Space, as a person
// with a switch or a keyboard (and no pointer) would.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { SAFETY_QUESTIONS } from '../../src/lib/safety/questions';
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

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Tabs forward until the control is focused, then presses the key (or nothing, for ''). */
async function tabTo(page: Page, target: Locator, key = 'Enter') {
	await expect(target).toBeVisible();
	for (let i = 0; i < 80; i++) {
		if (await isFocused(target)) {
			if (key) await page.keyboard.press(key);
			return;
		}
		await page.keyboard.press('Tab');
	}
	throw new Error(`${await target.textContent()} was not reached with Tab`);
}

/**
 * Picks one choice of a radio group: Tab into the group (one stop for the whole group), then
 * the arrow keys to the choice, as a screen-reader or keyboard user does.
 */
async function choose(page: Page, choice: Locator) {
	const name = await choice.getAttribute('name');
	const group = page.locator(`input[type=radio][name="${name}"]`);
	for (let i = 0; i < 80; i++) {
		const inGroup = await group.evaluateAll((els) =>
			els.some((el) => el === document.activeElement)
		);
		if (inGroup) break;
		await page.keyboard.press('Tab');
	}
	for (let i = 0; i < 10 && !(await isFocused(choice)); i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Space');
	await expect(choice).toBeChecked();
}

test('onboarding with the keyboard alone, a clinic walk test typed in', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.goto('/start');
	const next = page.getByRole('button', { name: 'Continue' });
	await tabTo(page, next);
	for (const { id } of SAFETY_QUESTIONS) {
		await choose(page, page.getByTestId(`q-${id}`).getByLabel('No'));
		await tabTo(page, next);
	}
	await choose(page, page.getByLabel('Both legs'));
	await tabTo(page, next);
	await choose(page, page.getByLabel(/Poor circulation in the leg arteries/));
	await tabTo(page, next);
	// The suggested days and the region's emergency number are kept.
	await tabTo(page, next);
	await expect(page.getByLabel('Emergency number')).toHaveValue('999');
	await tabTo(page, next);
	await tabTo(page, page.getByTestId('baseline-enter'));
	await tabTo(page, page.getByLabel('Minutes until the pain started'), '');
	await page.keyboard.type('3');
	await tabTo(page, page.getByLabel('Minutes until you had to stop'), '');
	await page.keyboard.type('6');
	await tabTo(page, page.getByTestId('use-entered'));
	await tabTo(page, page.getByTestId('go-today'));
	await expect(page.getByTestId('target')).toBeVisible();
	const [program] = await readTable<{ schedules: { days: number[] }[] }>(page, 'programs');
	expect(program?.schedules[0]?.days).toEqual([0, 2, 4]);
	const tests = await readTable<{ onsetMs: number; maxWalkMs: number }>(page, 'walkTests');
	expect(tests).toMatchObject([{ onsetMs: 3 * MIN, maxWalkMs: 6 * MIN }]);
});

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
	await (await chooser).setFiles('docs/examples/backup-v5.json');
	await expect(page.getByTestId('backup-contents')).toContainText('This file holds 2 walks');
	await keyTo(page, 'replace');
	await expect(page.getByTestId('restored')).toBeVisible();
	const file = JSON.parse(readFileSync('docs/examples/backup-v5.json', 'utf8'));
	expect(await readTable(page, 'sessions')).toHaveLength(file.tables.sessions.length);
});
