// A first visit on a slow phone network: the page is drawn from its own code, without waiting
// for the database code, which is fetched once the page has been painted. A returning person,
// with anything stored, never sees the first-visit welcome while their records load.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { expect, test } from './fixtures';

// Requests the service worker answers cannot be held by the test.
test.use({ serviceWorkers: 'block' });

/** The built file of the database code, read once the suite's build is there. */
function databaseCode(): string {
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	return manifest['src/lib/storage/db.ts']!.file;
}

/**
 * Holds the database code back until released, as a slow network would. The browser's own
 * storage is woken first, on a plain file of the site: its first answer in a new profile can
 * take longer than the app waits to learn whether anything is stored (1.5 s, storage/peek.ts)
 * on a busy machine, and the app then rightly reads storage instead of drawing "nothing yet".
 */
async function holdDatabaseCode(page: Page) {
	// (The frame's own goto: the page's waits for the app, which a plain file is not.)
	await page.mainFrame().goto(`${BASE_URL}/robots.txt`);
	await page.evaluate(() => indexedDB.databases());
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	let asked = 0;
	await page.route(`**/${databaseCode()}`, async (route) => {
		asked++;
		await released;
		await route.continue();
	});
	return { release, asked: () => asked };
}

test('a first visit draws Today and the walk before the database code is fetched', async ({
	page
}) => {
	const held = await holdDatabaseCode(page);
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Get started' })).toBeVisible();
	// Asked for once the welcome is on the screen, and not needed to draw it.
	await expect.poll(held.asked).toBe(1);

	await page.goto('/walk');
	await expect(page.getByTestId('start-walk')).toBeVisible();
	held.release();
	// Storage then opens as usual.
	await expect
		.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
		.toContain('legwork');
	await page.getByTestId('start-walk').click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Ready for a walk?');
});

for (const [path, empty] of [
	['/progress', 'Your progress will show here after your first walk.'],
	['/history', 'Your finished walks will be listed here.']
] as const) {
	test(`a first visit to ${path} draws its "nothing yet" before the database code is fetched, and asks for no charts`, async ({
		page
	}) => {
		const manifest = JSON.parse(
			readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
		) as Record<string, { file: string }>;
		const chartCode = manifest['src/lib/ui/charts/chart-setup.ts']!.file;
		let chartAsked = 0;
		await page.route(`**/${chartCode}`, async (route) => {
			chartAsked++;
			await route.continue();
		});
		const held = await holdDatabaseCode(page);
		await page.goto(path);
		await expect(page.getByText(empty)).toBeVisible();
		held.release();
		// Storage then opens as usual, and still no chart is asked for: there is none to draw.
		await expect
			.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
			.toContain('legwork');
		await expect(page.getByText(empty)).toBeVisible();
		expect(chartAsked).toBe(0);
	});
}

test('a first visit draws the report before the database code is fetched, and its details are kept', async ({
	page
}) => {
	const held = await holdDatabaseCode(page);
	await page.goto('/report');
	await expect(page.getByTestId('report-period')).toBeVisible();
	await expect(page.getByTestId('details-name')).toHaveValue('');
	await expect.poll(held.asked).toBe(1);
	held.release();
	// Details typed on a first visit are stored as on any other.
	await page.getByTestId('details-name').fill('Mary Jones');
	await page.getByTestId('save-details').click();
	await expect(page.getByTestId('details-saved')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('details-name')).toHaveValue('Mary Jones');
});

test('once anything is stored, Today waits for it instead of showing the welcome', async ({
	page
}) => {
	// Something stored, and no program yet: a colour chosen in Settings.
	await page.goto('/settings');
	await page.getByLabel('Dark', { exact: true }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	const held = await holdDatabaseCode(page);
	await page.goto('/');
	await expect.poll(held.asked).toBe(1);
	await expect(page.getByText('Loading…')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Get started' })).toHaveCount(0);
	held.release();
	await expect(page.getByRole('link', { name: 'Get started' })).toBeVisible();
});

test('Settings cannot be changed until what is stored is read, so a tap is never undone', async ({
	page
}) => {
	await page.goto('/settings');
	await page.getByLabel('Dark', { exact: true }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// On a slow phone the page is drawn, and awake, before the stored choices are read: a tap
	// then was undone when they came (or saved the defaults over them).
	const held = await holdDatabaseCode(page);
	await page.goto('/settings');
	await expect.poll(held.asked).toBe(1);
	for (const control of [
		page.getByTestId('cue-vibration'),
		page.getByLabel('Dark', { exact: true }),
		page.getByLabel('Miles'),
		page.locator('#emergency-number'),
		page.getByTestId('save-contacts')
	])
		await expect(control).toBeDisabled();
	held.release();
	await expect(page.getByTestId('cue-vibration')).toBeEnabled();
	await expect(page.getByLabel('Dark', { exact: true })).toBeChecked();
	await page.getByTestId('cue-vibration').uncheck();
	await expect(page.getByTestId('saved')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('cue-vibration')).not.toBeChecked();
	await expect(page.getByLabel('Dark', { exact: true })).toBeChecked();
});
