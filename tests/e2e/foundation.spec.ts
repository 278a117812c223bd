import { rmSync } from 'node:fs';
import { expect, passCheck, persistentProfile, test, waitForServiceWorker } from './fixtures';
import { BASE_URL } from '../../playwright.config';

const PAGES = [
	{ path: '/', heading: 'Today' },
	{ path: '/walk', heading: 'Ready for a walk?' },
	{ path: '/progress', heading: 'Progress' },
	{ path: '/history', heading: 'History' },
	{ path: '/history/add', heading: 'Add a walk done without the app' },
	{ path: '/review', heading: 'Your week in review' },
	{ path: '/report', heading: 'Walking report' },
	{ path: '/diary', heading: 'Your legs today' },
	{ path: '/raise', heading: 'Raise your legs' },
	{ path: '/session?id=none', heading: 'Walk not found' },
	{ path: '/learn', heading: 'Learn' },
	{ path: '/settings', heading: 'Settings' },
	{ path: '/data', heading: 'Your data' },
	{ path: '/plan', heading: 'Your plan' },
	{ path: '/start', heading: 'What Legwork is' },
	{ path: '/test', heading: 'Walk test' }
];

test('after the first visit every page opens offline, on a reload and from a cold start', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await waitForServiceWorker(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	for (const { path, heading } of PAGES) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}
	// A cold start on a deep link: a new tab, offline, straight to a page.
	const cold = await context.newPage();
	await cold.goto('/settings?from=bookmark');
	await expect(cold.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	// The navigation works offline too.
	await cold.getByRole('navigation').getByRole('link', { name: 'Learn' }).click();
	await expect(cold.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
});

test('every page has its heading and the main places are reachable by keyboard', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	const labels = ['Today', 'Progress', 'History', 'Learn', 'Settings'];
	for (const label of labels) {
		await page.keyboard.press('Tab');
		await expect(page.getByRole('navigation').getByRole('link', { name: label })).toBeFocused();
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('the manifest has what an install needs and its icons load at their sizes', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel=manifest]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const manifest = await (await request.get(href as string)).json();
	expect(manifest).toMatchObject({
		name: expect.any(String),
		short_name: 'Legwork',
		description: expect.any(String),
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#/),
		background_color: expect.stringMatching(/^#/)
	});
	const purposes = manifest.icons.map((i: { purpose: string }) => i.purpose);
	expect(purposes).toContain('maskable');
	for (const size of ['192x192', '512x512']) {
		expect(
			manifest.icons.some(
				(i: { sizes: string; type: string }) => i.sizes === size && i.type === 'image/png'
			)
		).toBe(true);
	}
	for (const icon of manifest.icons as { src: string; sizes: string }[]) {
		const response = await request.get(icon.src);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('image/png');
		const body = await response.body();
		// PNG: width and height are the first fields of the IHDR chunk.
		expect(body.subarray(1, 4).toString()).toBe('PNG');
		expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`).toBe(icon.sizes);
	}
});

test('a saved record survives a reload and a new browser on the same profile', async () => {
	const first = await persistentProfile();
	const page = first.context.pages()[0] ?? (await first.context.newPage());
	await page.goto('/settings');
	const vibration = page.getByTestId('cue-vibration');
	await expect(vibration).toBeChecked();
	await vibration.uncheck();
	await expect(page.getByTestId('saved')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('cue-vibration')).not.toBeChecked();
	await first.context.close();
	expect(first.foreign).toEqual([]);

	const second = await persistentProfile(first.dir);
	const again = second.context.pages()[0] ?? (await second.context.newPage());
	await again.goto('/settings');
	await expect(again.getByTestId('cue-vibration')).not.toBeChecked();
	await expect(again.getByTestId('cue-speech')).toBeChecked();
	await second.context.close();
	expect(second.foreign).toEqual([]);
	rmSync(first.dir, { recursive: true, force: true });
});

test('Settings shows the storage used and whether it is kept', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByTestId('storage-used')).toContainText(
		/^(\d[\d,]*\s(kB|MB|GB)|less than 1\skB|nothing) used of about \d[\d,]*\s(kB|MB|GB)\.$/
	);
	await expect(page.getByTestId('persisted').or(page.getByTestId('not-persisted'))).toBeVisible();
});

test('with no IndexedDB the app says so kindly and stays readable', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('/');
	await expect(page.getByTestId('storage-problem')).toContainText('cannot save anything');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await page.goto('/learn');
	await expect(page.getByTestId('learn-how-walking-helps')).toBeVisible();
	await page.goto('/learn/how-walking-helps');
	await expect(page.getByRole('heading', { level: 1, name: 'How walking helps' })).toBeVisible();
});

test('a full disk is reported and nothing changes', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByTestId('cue-sound')).toBeChecked();
	// Make every IndexedDB write fail as a full disk does.
	await page.evaluate(() => {
		const original = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		(window as unknown as { restorePut: () => void }).restorePut = () => {
			IDBObjectStore.prototype.put = original;
		};
	});
	await page.getByTestId('cue-sound').uncheck();
	await expect(page.getByTestId('storage-problem')).toContainText('out of space');
	await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
	await page.reload();
	await expect(page.getByTestId('cue-sound')).toBeChecked();
});

test('persistent storage is asked for once something worth keeping is saved', async ({ page }) => {
	await page.addInitScript(() => {
		const asked = { count: 0 };
		Object.assign(window, { asked });
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persist', {
			value: async () => {
				asked.count++;
				return true;
			}
		});
	});
	const askedCount = () =>
		page.evaluate(() => (window as unknown as { asked: { count: number } }).asked.count);
	await page.goto('/walk');
	await expect(page.getByTestId('start-walk')).toBeVisible();
	expect(await askedCount()).toBe(0);
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await expect(page.getByTestId('step-name')).toBeVisible();
	await expect.poll(askedCount).toBe(1);
	await page.getByTestId('next').click();
	await expect(page.getByTestId('step-name')).toHaveText('Calf stretch, left leg');
	expect(await askedCount()).toBe(1);
});

test('a newer version opened in another tab: this one steps aside and says so', async ({
	page,
	context
}) => {
	await page.goto('/settings');
	await expect(page.getByTestId('cue-sound')).toBeChecked();
	const other = await context.newPage();
	await other.goto('/learn');
	// The other tab upgrades the database, as a newer Legwork would.
	const upgraded = await other.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('legwork', 99);
				request.onsuccess = () => resolve(request.result.version);
				request.onerror = () => reject(request.error);
			})
	);
	expect(upgraded).toBe(99);
	await expect(page.getByTestId('storage-problem')).toContainText('open in another tab');
});

test('an older version held open in another tab: this one says to close it, then carries on', async ({
	page,
	context
}) => {
	// The other tab holds the database at schema version 1 (Dexie's 10) and ignores requests to
	// let go, as an old copy of the app that never learned to would.
	const other = await context.newPage();
	// Not goto: that waits for the app to hydrate, and this page is a plain file of the origin.
	await other.evaluate((url) => (location.href = url), `${BASE_URL}/robots.txt`);
	await other.waitForURL('**/robots.txt');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('legwork', 10);
				request.onsuccess = () => {
					(window as unknown as { held: IDBDatabase }).held = request.result;
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	await page.goto('/');
	await expect(page.getByTestId('storage-problem')).toContainText(
		'open in another tab or window with an older version'
	);
	await expect(page.getByTestId('storage-problem')).toContainText('Close the other Legwork tabs');
	await other.close();
	await expect(page.getByTestId('storage-problem')).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Welcome to Legwork' })).toBeVisible();
});
