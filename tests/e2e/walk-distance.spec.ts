// Distance on an ordinary walk ("Measure distance outdoors"), fed positions by Playwright's
// geolocation emulation and timed by its clock: each bout's metres and the metres before "Leg pain
// started" are stored as the walk goes, never a position, and the walk's page, History, Progress,
// the CSVs and the report all show the same stored figures. Refused location leaves a timed walk.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, passCheck, readTable, skipToSave, test } from './fixtures';
import { onboard } from './onboarding';

const MONDAY = new Date('2026-11-23T09:00:00');
const S = 1000;
const MIN = 60 * S;
const LAT = 51.5;
const LON = -0.1;
/** Metres north of the start, as latitude. */
const north = (m: number) => LAT + m / 111_195;

async function turnOnDistance(page: Page) {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.goto('/settings');
	const box = page.getByTestId('measure-distance');
	await expect(box).toBeEnabled();
	// Off unless the person turns it on, and the page says what is kept.
	await expect(box).not.toBeChecked();
	await expect(page.getByText('Only the distance is kept, never where you were.')).toBeVisible();
	await box.check();
	await expect(box).toBeChecked();
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 10 * MIN));
}

async function startWalking(page: Page) {
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walking' })).toBeVisible();
}

/** Walks north at 1 m/s from `fromM` metres for `seconds`, a position every 5 s. */
async function walkNorth(page: Page, context: BrowserContext, fromM: number, seconds: number) {
	for (let s = 5; s <= seconds; s += 5) {
		await page.clock.runFor(5 * S);
		await context.setGeolocation({ latitude: north(fromM + s), longitude: LON, accuracy: 8 });
	}
}

async function finishWalk(page: Page) {
	await page.getByTestId('end-early').click();
	await page.getByTestId('end-early-yes').click();
	await skipToSave(page);
}

async function csv(page: Page, which: 'csv-sessions' | 'csv-bouts') {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(which).click()
	]);
	const text = readFileSync((await download.path())!, 'utf8');
	return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

test('a walk with distance on: metres before the pain per bout, the same on every page', async ({
	page,
	context
}) => {
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation({ latitude: north(0), longitude: LON, accuracy: 8 });
	await turnOnDistance(page);
	await startWalking(page);

	// Bout 1: pain after 90 m, a stop at 150 m; the distance grows on screen.
	await walkNorth(page, context, 0, 90);
	await expect(page.getByTestId('bout-distance')).toContainText('so far');
	await page.getByTestId('pain-started').click();
	await walkNorth(page, context, 90, 60);
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-4').click();
	await page.clock.runFor(2 * MIN);
	await page.getByTestId('pain-gone').click();
	// Bout 2: 120 m with no pain tapped, then the walk ends.
	await walkNorth(page, context, 150, 120);
	await finishWalk(page);

	const events = (
		await readTable<{ type: string; seq: number; metres?: number; poor?: boolean }>(page, 'events')
	).sort((a, b) => a.seq - b.seq);
	const distances = events.filter((e) => e.type === 'distance');
	const onset = events.find((e) => e.type === 'painOnset');
	expect(distances).toHaveLength(2);
	const [first, second] = distances.map((e) => e.metres as number);
	const painFree = onset?.metres as number;
	// The filter errs short, never long: within 15 m of what was walked.
	expect(painFree).toBeGreaterThanOrEqual(75);
	expect(painFree).toBeLessThanOrEqual(90);
	expect(first).toBeGreaterThanOrEqual(135);
	expect(first).toBeLessThanOrEqual(150);
	expect(second).toBeGreaterThanOrEqual(105);
	expect(second).toBeLessThanOrEqual(120);
	expect(distances.map((e) => e.poor)).toEqual([false, false]);
	// No position is stored, nor left behind in the browser.
	expect(JSON.stringify(events)).not.toContain(String(north(100)).slice(0, 8));
	expect(
		await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('walkTrack')))
	).toEqual([]);

	// History and the walk's page.
	await page.clock.resume();
	await page.goto('/history');
	await expect(page.getByTestId('history-distance')).toHaveText(
		`About ${painFree} m before the pain, longest about ${first} m`
	);
	await page.getByTestId('history-item').first().click();
	await expect(page.getByTestId('session-pain-free-distance')).toHaveText(`About ${painFree} m`);
	await expect(page.getByTestId('session-longest-distance')).toHaveText(`About ${first} m`);
	await expect(page.getByTestId('session-bouts').locator('li').first()).toContainText(
		`(about ${first} m), pain started after 1\u00a0min 30\u00a0s (about ${painFree} m)`
	);

	// Progress: the week's figures beside the times.
	await page.goto('/progress');
	await page.getByText('The same figures as a table').click();
	const table = page.getByTestId('figures-table');
	await expect(table.getByRole('columnheader', { name: 'Distance before pain' })).toBeVisible();
	await expect(table.getByRole('row').nth(1)).toContainText(`${painFree} m`);
	await expect(table.getByRole('row').nth(1)).toContainText(`${first} m`);

	// The report and its CSVs.
	await page.goto('/report');
	const weeks = page.getByTestId('report-weeks');
	await expect(weeks.getByRole('columnheader', { name: 'Dist. pain' })).toBeVisible();
	await expect(weeks).toContainText(`${painFree} m`);
	const [row] = await csv(page, 'csv-sessions');
	expect(row).toMatchObject({
		pain_free_distance_m: String(painFree),
		longest_distance_m: String(first),
		distance_quality: 'good'
	});
	const bouts = await csv(page, 'csv-bouts');
	expect(bouts.map((b) => [b.distance_m, b.pain_free_distance_m, b.distance_quality])).toEqual([
		[String(first), String(painFree), 'good'],
		[String(second), '', 'good']
	]);
});

test('distance on, location refused: the walk is timed as usual and says why there is no distance', async ({
	page
}) => {
	// No permission granted: the browser refuses.
	await turnOnDistance(page);
	await startWalking(page);
	await page.clock.runFor(5 * S);
	await expect(page.getByTestId('bout-distance')).toHaveText(
		'Distance is not measured: location is not allowed. Your walk is timed as usual.'
	);
	await page.clock.runFor(2 * MIN);
	await page.getByTestId('pain-started').click();
	await page.clock.runFor(MIN);
	await finishWalk(page);
	const events = await readTable<{ type: string; metres?: number }>(page, 'events');
	expect(events.filter((e) => e.type === 'distance' || e.metres !== undefined)).toEqual([]);
	await page.clock.resume();
	await page.goto('/history');
	await expect(page.getByTestId('history-item')).toContainText('3 min 5 s walking');
	await expect(page.getByTestId('history-distance')).toHaveCount(0);
});
