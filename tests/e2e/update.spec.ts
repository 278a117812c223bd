// The "new version" prompt: shown when a new service worker waits, never during a walk.
// This test serves its own copy of the build (on another port) so it can publish a new version.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passCheck, waitForHydration } from './fixtures';

const PORT = 4186;
const ORIGIN = `http://127.0.0.1:${PORT}`;

const test = base.extend<{ site: { publish: () => void } }>({
	page: async ({ page }, use) => {
		await use(waitForHydration(page));
	},
	// Playwright reads fixture dependencies from the pattern, so an empty one is required here.
	// eslint-disable-next-line no-empty-pattern
	site: async ({}, use) => {
		const dir = mkdtempSync(join(tmpdir(), 'legwork-site-'));
		cpSync('build', dir, { recursive: true });
		// sirv itself, not through npx: killing npx would leave sirv holding the port. In dev mode,
		// as sirv otherwise keeps each file's size from start-up and would cut a new version short.
		const server: ChildProcess = spawn(
			process.execPath,
			['node_modules/sirv-cli/bin.js', dir, '--dev', '--port', String(PORT), '--host', '127.0.0.1'],
			{ stdio: 'ignore' }
		);
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(ORIGIN)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		let release = 0;
		const publish = () =>
			appendFileSync(join(dir, 'service-worker.js'), `\n// release ${++release}\n`);
		await use({ publish });
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
});

async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.ready.then((r) => !!r.active));
	await page.reload();
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** What the app does when it comes back to the foreground: look for an update. */
async function backToForeground(page: Page) {
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

async function waitingWorker(page: Page) {
	await page.waitForFunction(
		async () => !!(await navigator.serviceWorker.getRegistration())?.waiting
	);
}

test('a new version is offered with a Reload button, which brings it in', async ({
	page,
	site
}) => {
	await page.goto(`${ORIGIN}/`);
	await controlled(page);
	// Leftovers a new version must clean: an entry no longer in the build, in the precache, and a
	// precache of an older Workbox format.
	const current = await page.evaluate(async () => {
		const name = (await caches.keys()).find((k) => k.startsWith('workbox-precache-v2')) as string;
		await (await caches.open(name)).put('/gone.js?__WB_REVISION__=old', new Response('old'));
		await caches.open(name.replace('-v2', ''));
		return name;
	});
	site.publish();
	await backToForeground(page);
	await waitingWorker(page);
	await expect(page.getByTestId('update-ready')).toContainText('A new version of Legwork is ready');
	await page.getByRole('button', { name: 'Reload' }).click();
	await page.waitForLoadState('load');
	await expect(page.getByTestId('update-ready')).toBeHidden();
	await page.waitForFunction(
		async () => !(await navigator.serviceWorker.getRegistration())?.waiting
	);
	await expect
		.poll(() =>
			page.evaluate(async (name) => {
				const keys = await (await caches.open(name)).keys();
				return {
					caches: (await caches.keys()).filter((k) => k.startsWith('workbox-precache')),
					stale: keys.some((r) => r.url.includes('/gone.js'))
				};
			}, current)
		)
		.toEqual({ caches: [current], stale: false });
});

test('no update prompt appears while a walk is running, and it comes once the walk ends', async ({
	page,
	site
}) => {
	await page.goto(`${ORIGIN}/walk`);
	await controlled(page);
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Warm-up' })).toBeVisible();
	site.publish();
	await backToForeground(page);
	await waitingWorker(page);
	await expect(page.getByTestId('update-ready')).toBeHidden();
	// The walk goes on, on the old version.
	await expect(page.getByTestId('step-name')).toHaveText('Walk slowly');
	await page.getByTestId('unwell').click();
	await page.getByRole('button', { name: 'End the walk now' }).click();
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
	await expect(page.getByTestId('update-ready')).toContainText('A new version of Legwork is ready');
});
