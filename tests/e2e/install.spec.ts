import { rmSync } from 'node:fs';
import { expect, persistentProfile, test, waitForServiceWorker } from './fixtures';

test('Chromium finds the app installable', async () => {
	// Installability needs a real profile: Chromium refuses it in an incognito-like context.
	const { dir, context, foreign } = await persistentProfile();
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await waitForServiceWorker(page);
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
	const manifest = await cdp.send('Page.getAppManifest');
	expect(manifest.errors).toEqual([]);
	await context.close();
	expect(foreign).toEqual([]);
	rmSync(dir, { recursive: true, force: true });
});

test('the Install button appears when the browser offers installation, and asks it', async ({
	page
}) => {
	await page.goto('/settings');
	await expect(page.getByTestId('install')).toBeHidden();
	// Without an offer (as on an iPhone), the Add to Home Screen steps are shown.
	await expect(page.getByRole('heading', { name: 'On iPhone or iPad' })).toBeVisible();
	await page.evaluate(() => {
		const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: async () => {
				(window as unknown as { prompted: boolean }).prompted = true;
			},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(offer);
	});
	await page.getByTestId('install').click();
	expect(await page.evaluate(() => (window as unknown as { prompted: boolean }).prompted)).toBe(
		true
	);
	// The offer is used once.
	await expect(page.getByTestId('install')).toBeHidden();
});
