// Shared test set-up: every test fails if the app sends any request outside its own origin.
import { test as base, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config, { BASE_URL, CHROMIUM_ARGS } from '../../playwright.config';

function isOwnOrigin(url: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:')) return true;
	return new URL(url).origin === BASE_URL;
}

/** Records every request a context makes that leaves the app's origin. */
export function watchOrigins(context: BrowserContext): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		if (!isOwnOrigin(request.url())) foreign.push(request.url());
	});
	return foreign;
}

export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ context }, use) => {
			const foreign = watchOrigins(context);
			await use(foreign);
			expect(foreign, 'requests that left the app’s origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** A browser profile on disk, to close the browser and open it again as a person would. */
export async function persistentProfile(dir = mkdtempSync(join(tmpdir(), 'legwork-profile-'))) {
	const use = config.use ?? {};
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: use.launchOptions?.executablePath,
		args: CHROMIUM_ARGS,
		baseURL: BASE_URL,
		viewport: use.viewport ?? undefined,
		hasTouch: true,
		serviceWorkers: 'allow'
	});
	const foreign = watchOrigins(context);
	return { dir, context, foreign };
}

/** Waits until the service worker controls the page, so everything is precached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page
		.waitForFunction(
			async () => {
				const reg = await navigator.serviceWorker.ready;
				return !!reg.active && !!navigator.serviceWorker.controller;
			},
			null,
			{ timeout: 30_000 }
		)
		.catch(async () => {
			// The first visit is not controlled until a reload (no clients.claim: a page keeps the
			// worker it started with, so an update never swaps code under a running walk).
			await page.reload();
			await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, {
				timeout: 30_000
			});
		});
}
