// A walk page really put into the browser's back-forward cache right after a tap: the tap is
// stored once, whether its write had ended before the page left or was cut short by it.
//
// Playwright starts Chromium with the back-forward cache turned off; these tests start their own
// with it on. Leaving for one of the app's own plain files and pressing Back is what puts the walk
// page in the cache (the app's other pages lead back to a walk under way).
import { chromium, type Browser, type Page } from '@playwright/test';
import config, { BASE_URL, CHROMIUM_ARGS } from '../../playwright.config';
import { eventTypes, expect, passCheck, readTable, test, watchOrigins } from './fixtures';

let browser: Browser;

test.beforeAll(async () => {
	browser = await chromium.launch({
		executablePath: config.use?.launchOptions?.executablePath,
		args: CHROMIUM_ARGS,
		ignoreDefaultArgs: ['--disable-back-forward-cache']
	});
});

test.afterAll(async () => {
	await browser.close();
});

/** A page that notes, in the tab's session storage, each time it is shown and how. */
async function cachingPage(): Promise<{ page: Page; foreign: string[] }> {
	const context = await browser.newContext({
		baseURL: BASE_URL,
		viewport: config.use?.viewport ?? undefined,
		locale: config.use?.locale,
		hasTouch: true
	});
	const foreign = watchOrigins(context);
	const page = await context.newPage();
	await page.addInitScript(() => {
		addEventListener('pageshow', (event) => {
			const shown = sessionStorage.getItem('shown') ?? '';
			sessionStorage.setItem('shown', shown + (event.persisted ? 'cache ' : 'load '));
		});
	});
	return { page, foreign };
}

/** How the tab's pages were shown: the walk loaded, the plain file loaded, then what came back. */
const shown = (page: Page) =>
	page.evaluate(() => sessionStorage.getItem('shown')).catch(() => 'reloading');

async function walking(page: Page): Promise<void> {
	await page.goto('/walk');
	await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await page.getByTestId('skip-part').click();
	await expect(page.getByTestId('pain-started')).toBeVisible();
	// Past the moment a control that has just appeared takes no tap.
	await page.waitForTimeout(500);
}

/** Away to another page of the same site, then Back. */
async function leaveAndComeBack(page: Page): Promise<void> {
	await page.goto('/robots.txt');
	await page.goBack({ waitUntil: 'commit' });
}

test('a tap stored, then the page put into the cache: it comes back as it was, the tap stored once', async () => {
	const { page, foreign } = await cachingPage();
	await walking(page);
	await page.evaluate(() => Object.assign(window, { beforeLeaving: true }));
	await page.getByTestId('pain-started').click();
	await expect.poll(() => eventTypes(page)).toContain('painOnset');
	await leaveAndComeBack(page);

	await expect.poll(() => shown(page)).toBe('load load cache ');
	// The very page that was left, not a new load of it.
	expect(await page.evaluate(() => 'beforeLeaving' in window)).toBe(true);
	await expect(page.getByTestId('onset')).toBeVisible();
	// It still takes taps and stores them.
	await page.getByTestId('stop-rest').click();
	await page.getByTestId('pain-3').click();
	await expect
		.poll(() => eventTypes(page))
		.toEqual(['started', 'phaseStarted', 'painOnset', 'stopped']);
	expect(foreign).toEqual([]);
});

test('a tap whose write is cut short as the page goes into the cache is stored once, on return', async () => {
	const { page, foreign } = await cachingPage();
	await walking(page);
	// A slow disk: a write on the walk's events is still under way when the page is left, and the
	// tap's write waits behind it.
	await page.evaluate(() => {
		const open = indexedDB.open('legwork');
		open.onsuccess = () => {
			const store = open.result.transaction('events', 'readwrite').objectStore('events');
			const again = () => (store.count().onsuccess = again);
			again();
		};
	});
	await page.getByTestId('pain-started').click();
	const tapped = await page.evaluate(() => Date.now());
	await leaveAndComeBack(page);

	// Shown from the cache, then read afresh: the writes that were under way had to be ended.
	await expect.poll(() => shown(page)).toBe('load load cache load ');
	await expect(page.getByTestId('onset')).toBeVisible();
	expect(await eventTypes(page)).toEqual(['started', 'phaseStarted', 'painOnset']);
	// Stored at the time it was tapped, and only once.
	const events = await readTable<{ type: string; at: number }>(page, 'events');
	const onset = events.find((e) => e.type === 'painOnset');
	expect(onset!.at).toBeLessThanOrEqual(tapped);
	await page.waitForTimeout(1000);
	expect(await eventTypes(page)).toEqual(['started', 'phaseStarted', 'painOnset']);
	expect(foreign).toEqual([]);
});
